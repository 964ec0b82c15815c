#pragma once
// Split fixtures for merge tests: byte-split parts in every naming style and
// llama.cpp shards, made from a GgufBuilder's file.

#include <filesystem>
#include <string>
#include <vector>

#include "tests/support/gguf_builder.h"

namespace md::testing {

// Cuts the builder's file into suffixes.size() near-equal parts named
// joined + suffix; part k (in name order) holds the k-th piece. Returns the
// paths in the order of `suffixes`.
std::vector<std::filesystem::path> writeParts(const GgufBuilder& builder, const std::filesystem::path& joined,
                                              const std::vector<std::string>& suffixes);

// stem-chunk-001-of-00N.gguf parts.
std::vector<std::filesystem::path> writeChunks(const GgufBuilder& builder, const std::filesystem::path& folder,
                                               const std::string& stem, int count);

// llama.cpp shards prefix-0000k-of-0000N.gguf (through core's split).
std::vector<std::filesystem::path> writeShards(const GgufBuilder& builder, const std::filesystem::path& folder,
                                               const std::string& prefix, int count);

// A 1 GiB model in two byte-split parts (joined + ".a" and ".b"), mostly
// sparse, so that joining it takes long enough to be killed in the middle.
std::vector<std::filesystem::path> writeLargeParts(const std::filesystem::path& joined);

// Cuts `bytes` into `count` near-equal pieces.
std::vector<std::vector<std::byte>> cutInto(const std::vector<std::byte>& bytes, std::size_t count);

} // namespace md::testing
