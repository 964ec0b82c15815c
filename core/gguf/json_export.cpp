#include "core/gguf/json_export.h"

#include "core/gguf/summary.h"
#include "core/util/paths.h"

namespace md::gguf {

nlohmann::json valueToJson(const Value& value) {
  if (const auto* items = value.asArray()) {
    auto array = nlohmann::json::array();
    for (const auto& item : *items)
      array.push_back(valueToJson(item));
    return array;
  }
  if (const auto* text = value.asString())
    return *text;
  if (const auto* b = std::get_if<bool>(&value.data))
    return *b;
  if (const auto* d = std::get_if<double>(&value.data))
    return *d;
  if (const auto* u = std::get_if<std::uint64_t>(&value.data))
    return *u;
  if (const auto* i = std::get_if<std::int64_t>(&value.data))
    return *i;
  return nullptr;
}

namespace {

nlohmann::json metadataEntry(const Value& value) {
  nlohmann::json entry = {{"type", valueTypeName(value.type)}};
  if (value.isArray()) {
    entry["element_type"] = valueTypeName(value.elementType);
    entry["count"] = value.asArray() ? value.asArray()->size() : 0;
  }
  entry["value"] = valueToJson(value);
  return entry;
}

// A key the file does not have is null, not "".
nlohmann::json textOrNull(const std::string& text) {
  return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

nlohmann::json summaryJson(const GgufFile& file) {
  auto summary = summarize(file);
  nlohmann::json split = nullptr;
  if (summary.split)
    split = {{"no", summary.split->number - 1},
             {"count", summary.split->count},
             {"tensors_count", summary.split->tensorsCount}};
  return {{"architecture", textOrNull(summary.architecture)},
          {"name", textOrNull(summary.name)},
          {"role", roleName(summary.role)},
          {"parameter_count", summary.parameterCount},
          {"split", split}};
}

} // namespace

nlohmann::json ggufToJson(const GgufFile& file) {
  auto metadata = nlohmann::json::object();
  for (const auto& kv : file.metadata)
    metadata[kv.key] = metadataEntry(kv.value);
  auto tensors = nlohmann::json::array();
  for (const auto& tensor : file.tensors)
    tensors.push_back({{"name", tensor.name},
                       {"type", tensorTypeName(tensor.type)},
                       {"shape", tensor.shape},
                       {"offset", tensor.offset},
                       {"size", tensor.size}});
  return {{"path", pathToUtf8(file.path)},
          {"file_size", file.fileSize},
          {"version", file.version},
          {"endianness", file.bigEndian ? "big" : "little"},
          {"alignment", file.alignment},
          {"tensor_count", file.tensors.size()},
          {"kv_count", file.metadata.size()},
          {"data_offset", file.dataOffset},
          {"expected_file_size", file.expectedFileSize},
          {"complete", file.complete},
          {"metadata", std::move(metadata)},
          {"tensors", std::move(tensors)},
          {"summary", summaryJson(file)}};
}

nlohmann::json errorToJson(const Error& error) {
  nlohmann::json offset = nullptr;
  if (error.where.offset)
    offset = *error.where.offset;
  return {{"error", {{"message", error.message}, {"offset", offset}}}};
}

} // namespace md::gguf
