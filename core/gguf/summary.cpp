#include "core/gguf/summary.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "core/gguf/split_names.h"
#include "core/util/paths.h"

namespace md::gguf {

const char* roleName(Role role) {
  switch (role) {
  case Role::Model: return "model";
  case Role::Projector: return "projector";
  case Role::Adapter: return "adapter";
  case Role::Shard: return "shard";
  case Role::Part: return "part";
  case Role::Unknown: return "unknown";
  }
  return "unknown";
}

namespace {

// A number, or the largest of an array of numbers (some models give
// head_count_kv per layer).
std::optional<std::uint64_t> numberOrMax(const Value* value) {
  if (!value)
    return std::nullopt;
  if (const auto* items = value->asArray()) {
    std::optional<std::uint64_t> best;
    for (const auto& item : *items)
      if (auto n = item.asUnsigned(); n && (!best || *n > *best))
        best = n;
    return best;
  }
  return value->asUnsigned();
}

std::string tokenText(const GgufFile& file, std::string_view idKey) {
  auto id = file.getUnsigned(idKey);
  const auto* tokens = file.find("tokenizer.ggml.tokens");
  const auto* items = tokens ? tokens->asArray() : nullptr;
  if (!id || !items || *id >= items->size())
    return {};
  const auto* text = (*items)[*id].asString();
  return text ? *text : std::string();
}

bool flag(const GgufFile& file, std::string_view key) {
  const auto* value = file.find(key);
  return value && value->asBool().value_or(false);
}

bool isProjector(const GgufFile& file, const std::string& generalType) {
  // Ollama's rule (server/create.go) plus llama.cpp's clip conventions.
  if (generalType == "projector" || generalType == "mmproj")
    return true;
  auto arch = file.architecture();
  if (arch == "clip")
    return true;
  auto blocks = file.getUnsigned(arch + ".block_count");
  auto visionBlocks = file.getUnsigned(arch + ".vision.block_count");
  return blocks && *blocks == 0 && visionBlocks && *visionBlocks > 0;
}

Role detectRole(const GgufFile& file, const Summary& summary) {
  if (summary.split && summary.split->count > 1)
    return Role::Shard;
  if (!file.complete && parsePartName(pathToUtf8(file.path.filename())))
    return Role::Part;
  auto generalType = file.getString("general.type").value_or("");
  if (generalType == "adapter")
    return Role::Adapter;
  if (isProjector(file, generalType))
    return Role::Projector;
  return file.tensors.empty() ? Role::Unknown : Role::Model;
}

void fillTypeMix(const GgufFile& file, Summary& summary) {
  std::map<std::uint32_t, std::uint64_t> bytesByType;
  for (const auto& tensor : file.tensors) {
    bytesByType[tensor.type] += tensor.size;
    summary.tensorBytes += tensor.size;
    summary.parameterCount += tensor.elementCount();
  }
  for (const auto& [type, bytes] : bytesByType) {
    double fraction = summary.tensorBytes ? static_cast<double>(bytes) / static_cast<double>(summary.tensorBytes) : 0;
    summary.typeMix.push_back({type, tensorTypeName(type), bytes, fraction});
  }
  std::stable_sort(summary.typeMix.begin(), summary.typeMix.end(),
                   [](const TypeShare& a, const TypeShare& b) { return a.bytes > b.bytes; });
}

} // namespace

Summary summarize(const GgufFile& file) {
  Summary summary;
  summary.architecture = file.architecture();
  summary.name = file.getString("general.name").value_or("");
  summary.complete = file.complete;
  summary.missingBytes = file.missingBytes;
  if (auto count = file.getUnsigned("split.count"); count && *count > 0) {
    SplitInfo split;
    split.count = static_cast<int>(std::min<std::uint64_t>(*count, 65535));
    split.number = static_cast<int>(std::min<std::uint64_t>(file.getUnsigned("split.no").value_or(0), 65534)) + 1;
    const auto* total = file.find("split.tensors.count");
    split.tensorsCount = total ? total->asSigned().value_or(0) : 0;
    summary.split = split;
  }
  fillTypeMix(file, summary);
  if (auto fileType = file.getUnsigned("general.file_type"))
    summary.fileType = fileTypeName(static_cast<std::uint32_t>(*fileType));
  summary.contextLength = numberOrMax(file.find(file.archKey("context_length")));
  summary.embeddingLength = numberOrMax(file.find(file.archKey("embedding_length")));
  summary.blockCount = numberOrMax(file.find(file.archKey("block_count")));
  summary.headCount = numberOrMax(file.find(file.archKey("attention.head_count")));
  summary.headCountKv = numberOrMax(file.find(file.archKey("attention.head_count_kv")));
  if (!summary.headCountKv)
    summary.headCountKv = summary.headCount;
  summary.headDim = numberOrMax(file.find(file.archKey("attention.key_length")));
  if (!summary.headDim && summary.embeddingLength && summary.headCount && *summary.headCount > 0)
    summary.headDim = *summary.embeddingLength / *summary.headCount;
  summary.chatTemplate = file.getString("tokenizer.chat_template").value_or("");
  summary.bosToken = tokenText(file, "tokenizer.ggml.bos_token_id");
  summary.eosToken = tokenText(file, "tokenizer.ggml.eos_token_id");
  summary.hasVision = flag(file, "clip.has_vision_encoder");
  summary.hasAudio = flag(file, "clip.has_audio_encoder");
  summary.role = detectRole(file, summary);
  if (summary.role == Role::Projector && !summary.hasAudio && !summary.hasVision)
    summary.hasVision = true; // older projectors carry no encoder flags and are all vision
  return summary;
}

std::string formatParameterCount(std::uint64_t count) {
  char text[32];
  if (count >= 1'000'000'000ull)
    std::snprintf(text, sizeof text, "%.1fB", static_cast<double>(count) / 1e9);
  else if (count >= 1'000'000ull)
    std::snprintf(text, sizeof text, "%.0fM", static_cast<double>(count) / 1e6);
  else if (count >= 1'000ull)
    std::snprintf(text, sizeof text, "%.0fK", static_cast<double>(count) / 1e3);
  else
    std::snprintf(text, sizeof text, "%llu", static_cast<unsigned long long>(count));
  return text;
}

MemoryEstimate estimateMemory(const Summary& summary, std::uint64_t contextLength) {
  MemoryEstimate estimate;
  estimate.weights = summary.tensorBytes;
  if (summary.blockCount && summary.headCountKv && summary.headDim)
    estimate.kvCache = 2ull * *summary.blockCount * contextLength * *summary.headCountKv * *summary.headDim * 2ull;
  return estimate;
}

} // namespace md::gguf
