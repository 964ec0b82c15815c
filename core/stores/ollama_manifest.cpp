#include "core/stores/ollama_manifest.h"

#include <nlohmann/json.hpp>

#include "core/util/json_text.h"

namespace md::stores {
namespace {

ManifestLayerRef layerRef(const nlohmann::json& layer) {
  ManifestLayerRef ref;
  ref.object = layer.is_object();
  if (!ref.object)
    return ref;
  ref.mediaType = stringOr(layer, "mediaType");
  ref.digest = stringOr(layer, "digest");
  ref.size = unsignedOr(layer, "size");
  const auto isString = [&](const char* key) { return layer.contains(key) && layer[key].is_string(); };
  const bool sizeOk = !layer.contains("size") || layer["size"].is_number_unsigned();
  ref.wellFormed = isString("mediaType") && isString("digest") && sizeOk;
  return ref;
}

} // namespace

Result<ParsedManifest> parseOllamaManifest(std::string_view text) {
  const auto json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object())
    return makeError(ErrorCode::Malformed, "not a JSON object");
  ParsedManifest manifest;
  if (const auto config = json.find("config"); config != json.end() && config->is_object())
    manifest.config = layerRef(*config);
  if (const auto layers = json.find("layers"); layers != json.end() && layers->is_array()) {
    manifest.hasLayers = true;
    for (const auto& layer : *layers)
      manifest.layers.push_back(layerRef(layer));
  }
  return manifest;
}

} // namespace md::stores
