#pragma once
// A tiny GGUF header scan for the fake Ollama server, until it can use
// core/gguf: little-endian v2/v3, scalar and string metadata only (arrays
// are skipped and recorded by their length), plus the file's end, so that
// concatenated GGUFs can be walked as Ollama < 0.7.1 did.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace md::testing {

struct ScannedGguf {
  nlohmann::json metadata = nlohmann::json::object(); // key -> value; arrays as {"array": length}
  std::uint64_t tensorCount = 0;
  std::uint64_t start = 0; // where this GGUF starts in the blob
  std::uint64_t end = 0;   // data offset plus every padded tensor

  std::string architecture() const;
  std::string type() const;                          // general.type
  std::uint64_t count(const std::string& key) const; // 0 when absent
  bool flag(const std::string& key) const;
  // Ollama's rule (server/create.go) for a projector.
  bool isProjector() const;
  bool isAdapter() const { return type() == "adapter"; }
};

// Scans the GGUF at `offset`. Returns an empty optional-like result with
// `error` set on failure.
struct ScanResult {
  std::vector<ScannedGguf> files;
  std::string error;
};

// Reads the first GGUF, or every concatenated one when `all` is set.
ScanResult scanGguf(const std::filesystem::path& path, bool all);

} // namespace md::testing
