#include "core/stores/ollama_manifest.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/util/paths.h"

namespace fs = std::filesystem;

namespace md::stores {
namespace {

ManifestLayer layerFrom(const nlohmann::json& entry, const fs::path& modelsDir, bool config) {
  ManifestLayer layer;
  layer.config = config;
  if (!entry.is_object())
    return layer;
  if (const auto it = entry.find("mediaType"); it != entry.end() && it->is_string())
    layer.mediaType = it->get<std::string>();
  if (const auto it = entry.find("digest"); it != entry.end() && it->is_string())
    layer.digest = it->get<std::string>();
  if (const auto it = entry.find("size"); it != entry.end() && it->is_number_unsigned())
    layer.size = it->get<std::uint64_t>();
  if (layer.digest.rfind("sha256:", 0) == 0) {
    std::error_code ignored;
    const std::string hex = layer.digest.substr(7);
    layer.blobPresent = fs::is_regular_file(modelsDir / "blobs" / ("sha256-" + hex), ignored) ||
                        fs::is_regular_file(modelsDir / "blobs" / ("sha256:" + hex), ignored);
  }
  return layer;
}

} // namespace

std::optional<fs::path> ollamaManifestPath(const fs::path& modelsDir, std::string_view name) {
  std::string text(name);
  std::string tag = "latest";
  const auto slash = text.rfind('/');
  const auto colon = text.rfind(':');
  if (colon != std::string::npos && (slash == std::string::npos || colon > slash)) {
    tag = text.substr(colon + 1);
    text.resize(colon);
  }
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const auto next = text.find('/', start);
    parts.push_back(text.substr(start, next == std::string::npos ? std::string::npos : next - start));
    if (next == std::string::npos)
      break;
    start = next + 1;
  }
  if (parts.size() > 3 || tag.empty())
    return std::nullopt;
  for (const auto& part : parts)
    if (part.empty() || part == "." || part == "..")
      return std::nullopt;
  if (parts.size() == 1)
    parts.insert(parts.begin(), "library");
  if (parts.size() == 2)
    parts.insert(parts.begin(), "registry.ollama.ai");
  fs::path path = modelsDir / "manifests";
  for (const auto& part : parts)
    path /= pathFromUtf8(part);
  return path / pathFromUtf8(tag);
}

Result<OllamaManifest> readOllamaManifest(const fs::path& modelsDir, std::string_view name) {
  const auto path = ollamaManifestPath(modelsDir, name);
  if (!path)
    return makeError(ErrorCode::Invalid, "“" + std::string(name) + "” is not a model name");
  Location where;
  where.path = *path;
  std::ifstream in(*path, std::ios::binary);
  if (!in)
    return makeError(ErrorCode::NotFound, "No manifest for " + std::string(name) + " in this store", where);
  std::ostringstream text;
  text << in.rdbuf();
  const auto manifest = nlohmann::json::parse(text.str(), nullptr, false);
  if (!manifest.is_object())
    return makeError(ErrorCode::Malformed, "The manifest is not JSON", where);
  OllamaManifest result;
  result.path = *path;
  if (const auto it = manifest.find("config"); it != manifest.end() && it->is_object())
    result.layers.push_back(layerFrom(*it, modelsDir, true));
  if (const auto it = manifest.find("layers"); it != manifest.end() && it->is_array())
    for (const auto& layer : *it)
      result.layers.push_back(layerFrom(layer, modelsDir, false));
  return result;
}

} // namespace md::stores
