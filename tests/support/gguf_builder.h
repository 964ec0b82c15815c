#pragma once
// Builds real GGUF files for tests and benchmarks through core's writer:
// metadata, tensor infos, and deterministic tensor bytes (or given bytes).

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/gguf/writer.h"

namespace md::testing {

struct FixtureTensor {
  gguf::TensorDescription description;
  std::vector<std::byte> data; // empty: deterministic bytes from the name
};

class GgufBuilder {
public:
  GgufBuilder& set(std::string key, gguf::Value value);
  GgufBuilder& setString(std::string key, std::string value);
  GgufBuilder& setU32(std::string key, std::uint32_t value);
  GgufBuilder& setF32(std::string key, float value);
  GgufBuilder& tensor(std::string name, std::vector<std::int64_t> shape, std::uint32_t type = 0,
                      std::vector<std::byte> data = {});
  GgufBuilder& options(gguf::WriteOptions options);

  std::vector<gguf::KeyValue>& metadata() { return metadata_; }
  std::vector<FixtureTensor>& tensors() { return tensors_; }

  gguf::HeaderLayout layout() const;
  // The whole file in memory (small fixtures only).
  std::vector<std::byte> bytes() const;
  // Writes the file; `keepBytes` < size truncates it (an interrupted download).
  void write(const std::filesystem::path& path, std::uint64_t keepBytes = UINT64_MAX) const;

private:
  std::vector<gguf::KeyValue> metadata_;
  std::vector<FixtureTensor> tensors_;
  gguf::WriteOptions options_;
};

// The bytes a tensor holds when no data was given: a pattern seeded by its name.
std::vector<std::byte> patternBytes(const std::string& seed, std::uint64_t size);

// A tiny but real llama model (2 layers, 64 wide, F32) that llama.cpp loads:
// byte-level tokenizer with all 256 <0xNN> tokens plus a few pieces.
GgufBuilder tinyLlama(const std::string& name = "tiny-llama");

// A vision projector (clip) with a few v.* tensors.
GgufBuilder tinyProjector();

// A header like a modern 7B model's: `vocabulary` tokenizer strings (plus
// scores and types) and `tensorCount` small tensors.
GgufBuilder bigVocabulary(std::size_t vocabulary, std::size_t tensorCount);

// Reads a whole file (small files only).
std::vector<std::byte> readAll(const std::filesystem::path& path);
void writeAll(const std::filesystem::path& path, const std::vector<std::byte>& bytes);

} // namespace md::testing
