#pragma once
// Ollama server versions and the behaviour thresholds of DESIGN.md §3.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace md::ollama {

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

inline constexpr Version kCreateWithFiles{0, 5, 5};       // JSON files instead of a Modelfile
inline constexpr Version kProjectorSeparateFile{0, 7, 1}; // only the first GGUF of a blob is read
inline constexpr Version kSplitShardImport{0, 30, 0};     // llama.cpp shards import directly

} // namespace md::ollama
