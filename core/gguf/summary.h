#pragma once
// What a person wants to know about a GGUF, derived from its header only:
// architecture, role, size, quantization mix, context and a memory estimate.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/gguf/gguf_file.h"

namespace md::gguf {

enum class Role { Model, Projector, Adapter, Shard, Part, Unknown };

// "model", "projector", "adapter", "shard", "part", "unknown".
const char* roleName(Role role);

struct SplitInfo {
  int number = 0;                // 1-based (split.no + 1)
  int count = 0;                 // split.count
  std::int64_t tensorsCount = 0; // split.tensors.count (over all shards)
};

struct TypeShare {
  std::uint32_t type = 0;
  std::string name; // "Q4_K"
  std::uint64_t bytes = 0;
  double fraction = 0; // of all tensor bytes
};

struct Summary {
  std::string architecture;
  std::string name;
  Role role = Role::Unknown;
  bool hasVision = false; // projectors
  bool hasAudio = false;
  std::optional<SplitInfo> split;
  std::uint64_t parameterCount = 0;
  std::uint64_t tensorBytes = 0;
  std::vector<TypeShare> typeMix; // largest first
  std::string fileType;           // from general.file_type: "Q4_K_M"
  std::optional<std::uint64_t> contextLength;
  std::optional<std::uint64_t> embeddingLength;
  std::optional<std::uint64_t> blockCount;
  std::optional<std::uint64_t> headCount;
  std::optional<std::uint64_t> headCountKv;
  std::optional<std::uint64_t> headDim; // key_length, or embedding / heads
  std::string chatTemplate;
  std::string bosToken;
  std::string eosToken;
  bool complete = true;
  std::uint64_t missingBytes = 0;
};

Summary summarize(const GgufFile& file);

// "1.5B", "7.6B", "135M".
std::string formatParameterCount(std::uint64_t count);

struct MemoryEstimate {
  std::uint64_t weights = 0;
  std::uint64_t kvCache = 0; // f16: 2 × layers × ctx × kv_heads × head_dim × 2
  std::uint64_t total() const { return weights + kvCache; }
};

MemoryEstimate estimateMemory(const Summary& summary, std::uint64_t contextLength);

} // namespace md::gguf
