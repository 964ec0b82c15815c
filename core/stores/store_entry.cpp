#include "core/stores/store_entry.h"

#include <array>

namespace md::stores {

namespace {
constexpr std::array<const char*, 4> kSourceNames{"ollama", "huggingface", "modelscope", "folder"};
}

const char* sourceName(SourceKind source) {
  return kSourceNames[static_cast<std::size_t>(source)];
}

std::optional<SourceKind> sourceFromName(const std::string& name) {
  for (std::size_t i = 0; i < kSourceNames.size(); ++i)
    if (name == kSourceNames[i])
      return static_cast<SourceKind>(i);
  return std::nullopt;
}

HeaderFacts headerFactsFrom(const gguf::Summary& summary) {
  HeaderFacts facts;
  facts.role = summary.role;
  facts.architecture = summary.architecture;
  facts.name = summary.name;
  facts.fileType = summary.fileType;
  facts.parameterCount = summary.parameterCount;
  if (summary.split) {
    facts.splitNumber = summary.split->number;
    facts.splitCount = summary.split->count;
  }
  facts.complete = summary.complete;
  facts.missingBytes = summary.missingBytes;
  return facts;
}

} // namespace md::stores
