#pragma once
// A small argument list: positionals, --flags and --options with values.

#include <optional>
#include <string>
#include <vector>

namespace md::cli {

class Args {
public:
  Args() = default;
  explicit Args(std::vector<std::string> raw) : raw_(std::move(raw)) {}

  // Removes and returns whether --name (or -short) was present.
  bool takeFlag(const std::string& name, const std::string& shortName = {});
  // Removes and returns the value of --name VALUE / --name=VALUE / -s VALUE.
  std::optional<std::string> takeOption(const std::string& name, const std::string& shortName = {});
  // Every value of a repeatable option, in order.
  std::vector<std::string> takeAll(const std::string& name);
  // What is left: positionals, plus any unknown --option (see unknownOption).
  const std::vector<std::string>& rest() const { return raw_; }
  std::optional<std::string> unknownOption() const;
  std::optional<std::string> takeFirst();
  bool empty() const { return raw_.empty(); }

private:
  std::vector<std::string> raw_;
};

} // namespace md::cli
