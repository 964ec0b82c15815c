#pragma once
// Writes a GGUF header (metadata and tensor infos) for a set of tensors and
// lays out their data: offsets are the running sum of sizes padded to the
// alignment, and the header is padded to the data offset. Merge and split
// write their outputs through this; tests build fixtures with it.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/gguf/gguf_file.h"
#include "core/util/result.h"

namespace md::gguf {

struct TensorDescription {
  std::string name;
  std::vector<std::int64_t> shape;
  std::uint32_t type = 0; // ggml type id
};

struct WriteOptions {
  std::uint32_t version = 3;
  bool bigEndian = false;
};

struct HeaderLayout {
  std::vector<std::byte> bytes; // the header, padded to dataOffset
  std::uint32_t alignment = kDefaultAlignment;
  std::uint64_t dataOffset = 0;
  std::vector<std::uint64_t> offsets; // per tensor, relative to dataOffset
  std::vector<std::uint64_t> sizes;   // per tensor, unpadded bytes
  std::uint64_t fileSize = 0;         // dataOffset + Σ PAD(size)
};

// Fails (Invalid) on an unknown tensor type, a bad shape, a duplicate name or
// key, or a general.alignment that is not a power of two.
Result<HeaderLayout> layoutGguf(const std::vector<KeyValue>& metadata, const std::vector<TensorDescription>& tensors,
                                const WriteOptions& options = {});

// Byte size of a tensor of this type and shape (unpadded), or an error.
Result<std::uint64_t> tensorByteSize(std::uint32_t type, const std::vector<std::int64_t>& shape);

} // namespace md::gguf
