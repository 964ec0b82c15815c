#pragma once
// Split, the reverse of a shard merge: one GGUF into llama.cpp-compatible
// shards PREFIX-0000k-of-0000N.gguf, by a maximum size or tensor count.
// Shard 1 carries all metadata; every shard carries split.no (u16),
// split.count (u16) and split.tensors.count (i32). All shards are staged and
// only renamed into place when every one is written and verified.

#include <filesystem>
#include <string>
#include <vector>

#include "core/merge/merge_engine.h"

namespace md::merge {

struct SplitOptions {
  std::uint64_t maxBytes = 0; // per shard (tensor data); 0 = no limit
  std::size_t maxTensors = 0; // per shard; 0 = no limit
  MergeOptions output;        // overwrite, staging, copy
};

struct SplitResult {
  std::vector<std::filesystem::path> shards;
  std::vector<std::string> sha256;
  std::uint64_t bytes = 0;
  double seconds = 0;
};

// Groups of tensor indexes, one per shard.
std::vector<std::vector<std::size_t>> planSplit(const gguf::GgufFile& input, std::uint64_t maxBytes,
                                                std::size_t maxTensors);

Result<SplitResult> splitModel(const std::filesystem::path& input, const std::filesystem::path& outputPrefix,
                               const SplitOptions& options, ProgressReporter& progress);

// "2G", "500M", "1024" (bytes) → bytes.
std::optional<std::uint64_t> parseSize(const std::string& text);

} // namespace md::merge
