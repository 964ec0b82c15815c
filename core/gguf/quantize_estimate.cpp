// estimateQuantized (quantize_estimate.h): the result of llama-quantize,
// tensor by tensor, from the header alone.
#include "core/gguf/quantize_estimate.h"

#include <string>

#include "core/gguf/types.h"

namespace md::gguf {
namespace {

// ggml tensor type ids (DESIGN.md §2).
constexpr std::uint32_t kF32 = 0, kF16 = 1, kQ8_0 = 8, kQ4_K = 12, kQ6_K = 14, kBF16 = 30;

struct TargetRule {
  std::string_view name;
  std::uint32_t fileType; // general.file_type of the result
  std::uint32_t main;     // most weights
  std::uint32_t output;   // output.weight
  bool moreBits;          // attn_v and ffn_down get Q6_K in some layers
};

constexpr TargetRule kRules[] = {
    {"Q4_K_M", 15, kQ4_K, kQ6_K, true}, {"Q4_K_S", 14, kQ4_K, kQ6_K, false}, {"Q8_0", 7, kQ8_0, kQ8_0, false},
    {"F16", 1, kF16, kF16, false},      {"BF16", 32, kBF16, kBF16, false},   {"F32", 0, kF32, kF32, false},
};

// llama.cpp's use_more_bits(i_layer, n_layers).
bool usesMoreBits(std::int64_t layer, std::int64_t layers) {
  return layer < layers / 8 || layer >= 7 * layers / 8 || (layer - layers / 8) % 3 == 2;
}

// The layer number of "blk.N.…", or -1.
std::int64_t layerOf(const std::string& name) {
  if (name.rfind("blk.", 0) != 0)
    return -1;
  std::int64_t layer = 0;
  std::size_t i = 4;
  for (; i < name.size() && name[i] >= '0' && name[i] <= '9'; ++i)
    layer = layer * 10 + (name[i] - '0');
  return i > 4 ? layer : -1;
}

bool endsWith(const std::string& text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::uint32_t typeFor(const TensorInfo& tensor, const TargetRule& rule, std::int64_t layers) {
  if (tensor.name == "output.weight")
    return rule.output;
  const bool moreBitsTensor = endsWith(tensor.name, "attn_v.weight") || endsWith(tensor.name, "ffn_down.weight");
  if (rule.moreBits && moreBitsTensor && layers > 0 && usesMoreBits(layerOf(tensor.name), layers))
    return kQ6_K;
  return rule.main;
}

std::uint64_t bytesAs(const TensorInfo& tensor, std::uint32_t type) {
  const auto rowLength = tensor.shape.empty() ? 0 : std::uint64_t(tensor.shape.front());
  for (std::uint32_t candidate : {type, kQ8_0, kF16}) {
    const auto* info = tensorTypeInfo(candidate);
    if (info && info->blockSize > 0 && rowLength % info->blockSize == 0)
      return tensor.elementCount() / info->blockSize * info->bytesPerBlock;
  }
  return tensor.size;
}

} // namespace

std::optional<QuantizeEstimate> estimateQuantized(const GgufFile& file, std::string_view target) {
  const TargetRule* rule = nullptr;
  for (const auto& each : kRules)
    if (each.name == target)
      rule = &each;
  if (!rule)
    return std::nullopt;
  QuantizeEstimate estimate;
  estimate.summary = summarize(file);
  const auto layers = std::int64_t(estimate.summary.blockCount.value_or(0));
  std::uint64_t total = 0;
  for (const auto& tensor : file.tensors) {
    const bool weight = tensor.shape.size() >= 2 && endsWith(tensor.name, "weight");
    total += weight ? bytesAs(tensor, typeFor(tensor, *rule, layers)) : tensor.size;
  }
  estimate.summary.tensorBytes = total;
  estimate.summary.fileType = fileTypeName(rule->fileType);
  estimate.fileBytes = file.dataOffset + total;
  return estimate;
}

} // namespace md::gguf
