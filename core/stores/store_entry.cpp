#include "core/stores/store_entry.h"

#include <array>

namespace md::stores {

namespace {
constexpr std::array<const char*, 4> kSourceNames{"ollama", "huggingface", "modelscope", "folder"};
}

const char* sourceName(SourceKind source) {
  return kSourceNames[static_cast<std::size_t>(source)];
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
