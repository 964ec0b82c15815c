#pragma once
// A hardened GGUF header reader (v1–v3, little- and big-endian). It reads
// only the header, through a buffer, never the tensor data. Every count and
// length is checked against the bytes left before anything is allocated, and
// every malformed input yields a Malformed error with the byte offset.
// A file cut short inside the tensor data is not an error: it is reported
// with complete == false and missingBytes.

#include <cstddef>
#include <filesystem>
#include <span>

#include "core/gguf/gguf_file.h"
#include "core/util/result.h"

namespace md::gguf {

inline constexpr int kMaxArrayDepth = 4;
inline constexpr std::size_t kMaxTensorNameBytes = 63;
inline constexpr std::uint32_t kMaxDimensions = 4;

Result<GgufFile> readGguf(const std::filesystem::path& path);

// Parses bytes in memory (fuzzing, tests). `fileSize` is the size of the whole
// file when `bytes` holds only its beginning; 0 means bytes.size().
Result<GgufFile> parseGguf(std::span<const std::byte> bytes, std::uint64_t fileSize = 0,
                           const std::filesystem::path& path = {});

// True when the file starts with the GGUF magic (reads 4 bytes).
bool hasGgufMagic(const std::filesystem::path& path);

} // namespace md::gguf
