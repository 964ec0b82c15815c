#pragma once
// Tiny but well-formed GGUF v3 files for the Ollama tests: a few metadata
// keys and one small F32 tensor, enough for the fake server's header scan.

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace md::testing {

using TinyValue = std::variant<std::string, std::uint32_t, bool>;

struct TinyGguf {
  std::vector<std::pair<std::string, TinyValue>> metadata;
  std::uint64_t tensorFloats = 16; // one F32 tensor "t" of this many values

  TinyGguf& set(std::string key, TinyValue value);
  std::string bytes() const;
  void write(const std::filesystem::path& path) const;
};

// A llama-like model, a clip projector, a LoRA adapter, and a split shard.
TinyGguf tinyModel(const std::string& arch = "llama");
TinyGguf tinyClipProjector();
TinyGguf tinyAdapter();
TinyGguf tinyShard(std::uint16_t index, std::uint16_t count);

} // namespace md::testing
