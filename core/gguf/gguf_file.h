#pragma once
// The parsed header of a GGUF file: metadata, tensor infos and the layout
// facts derived from them (data offset, expected size, completeness).

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/gguf/value.h"

namespace md::gguf {

inline constexpr std::uint32_t kDefaultAlignment = 32;

struct TensorInfo {
  std::string name;
  std::vector<std::int64_t> shape; // ne0 first (varies fastest)
  std::uint32_t type = 0;          // ggml type id
  std::uint64_t offset = 0;        // relative to the data section
  std::uint64_t size = 0;          // bytes, unpadded

  std::uint64_t elementCount() const;
};

struct GgufFile {
  std::filesystem::path path;
  std::uint64_t fileSize = 0;
  std::uint32_t version = 3;
  bool bigEndian = false;
  std::uint32_t alignment = kDefaultAlignment;
  std::vector<KeyValue> metadata;
  std::vector<TensorInfo> tensors;
  std::uint64_t headerSize = 0;       // end of the tensor infos
  std::uint64_t dataOffset = 0;       // PAD(headerSize, alignment)
  std::uint64_t expectedFileSize = 0; // dataOffset + Σ PAD(size, alignment)
  std::uint64_t dataEnd = 0;          // end of the last tensor's bytes (unpadded)
  bool complete = true;               // fileSize reaches dataEnd
  std::uint64_t missingBytes = 0;     // dataEnd - fileSize when incomplete

  const Value* find(std::string_view key) const { return findValue(metadata, key); }
  std::optional<std::string> getString(std::string_view key) const;
  std::optional<std::uint64_t> getUnsigned(std::string_view key) const;
  // "<architecture>.<suffix>", e.g. archKey("context_length").
  std::string archKey(std::string_view suffix) const;
  std::string architecture() const;
};

std::uint64_t padTo(std::uint64_t value, std::uint64_t alignment);

} // namespace md::gguf
