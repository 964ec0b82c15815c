#include "core/gguf/gguf_file.h"

namespace md::gguf {

std::uint64_t TensorInfo::elementCount() const {
  std::uint64_t count = 1;
  for (auto dim : shape)
    count *= static_cast<std::uint64_t>(dim);
  return count;
}

std::optional<std::string> GgufFile::getString(std::string_view key) const {
  const auto* value = find(key);
  if (const auto* text = value ? value->asString() : nullptr)
    return *text;
  return std::nullopt;
}

std::optional<std::uint64_t> GgufFile::getUnsigned(std::string_view key) const {
  const auto* value = find(key);
  return value ? value->asUnsigned() : std::nullopt;
}

std::string GgufFile::architecture() const {
  return getString("general.architecture").value_or(std::string());
}

std::string GgufFile::archKey(std::string_view suffix) const {
  return architecture() + "." + std::string(suffix);
}

std::uint64_t padTo(std::uint64_t value, std::uint64_t alignment) {
  return alignment == 0 ? value : (value + alignment - 1) / alignment * alignment;
}

} // namespace md::gguf
