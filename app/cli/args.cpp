#include "app/cli/args.h"

#include <cctype>

namespace md::cli {

bool Args::takeFlag(const std::string& name, const std::string& shortName) {
  for (auto it = raw_.begin(); it != raw_.end(); ++it) {
    if (*it == "--")
      break;
    if (*it == "--" + name || (!shortName.empty() && *it == "-" + shortName)) {
      raw_.erase(it);
      return true;
    }
  }
  return false;
}

std::optional<std::string> Args::takeOption(const std::string& name, const std::string& shortName) {
  const std::string longForm = "--" + name;
  for (auto it = raw_.begin(); it != raw_.end(); ++it) {
    if (*it == "--")
      break;
    if (it->rfind(longForm + "=", 0) == 0) {
      std::string value = it->substr(longForm.size() + 1);
      raw_.erase(it);
      return value;
    }
    if ((*it == longForm || (!shortName.empty() && *it == "-" + shortName)) && it + 1 != raw_.end()) {
      std::string value = *(it + 1);
      raw_.erase(it, it + 2);
      return value;
    }
  }
  return std::nullopt;
}

std::vector<std::string> Args::takeAll(const std::string& name) {
  std::vector<std::string> values;
  while (auto value = takeOption(name))
    values.push_back(*value);
  return values;
}

std::optional<std::string> Args::unknownOption() const {
  for (const auto& arg : raw_) {
    if (arg == "--")
      break;
    // "-3" and "-0.5" are values (a negative number), not options.
    const bool negativeNumber =
        arg.size() > 1 && (std::isdigit(static_cast<unsigned char>(arg[1])) || (arg[1] == '.' && arg.size() > 2));
    if (arg.size() > 1 && arg[0] == '-' && !negativeNumber)
      return arg;
  }
  return std::nullopt;
}

std::optional<std::string> Args::takeFirst() {
  if (raw_.empty())
    return std::nullopt;
  if (raw_.front() == "--")
    raw_.erase(raw_.begin());
  if (raw_.empty())
    return std::nullopt;
  std::string first = raw_.front();
  raw_.erase(raw_.begin());
  return first;
}

} // namespace md::cli
