#pragma once
// A server version (major.minor.patch), parsed from what Ollama reports. It
// lives in util so modules below ollama (modelfile, templates) can compare
// versions; core/ollama/version.h adds the create and import thresholds.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace md {

struct Version {
  int major = 0;
  int minor = 0;
  int patch = 0;
  auto operator<=>(const Version&) const = default;
  std::string toString() const;
};

// "0.5.5", "v0.7.1", "0.30.0-rc2" (the suffix is ignored). Empty when the
// text does not start with a version.
std::optional<Version> parseVersion(std::string_view text);

} // namespace md
