#include "core/stores/ollama_store.h"

#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/gguf/reader.h"
#include "core/stores/file_walk.h"
#include "core/util/paths.h"

namespace fs = std::filesystem;

namespace md::stores {
namespace {

constexpr const char* kMediaPrefix = "application/vnd.ollama.image.";

struct Blob {
  fs::path path;
  FileStat stat;
  bool legacy = false;
  bool used = false;
};

std::string layerName(const std::string& mediaType) {
  const std::string prefix = kMediaPrefix;
  if (mediaType.rfind(prefix, 0) == 0)
    return mediaType.substr(prefix.size());
  if (mediaType.find("container.image") != std::string::npos || mediaType.find("config") != std::string::npos)
    return "config";
  return mediaType;
}

bool isGgufLayer(const std::string& layer) {
  return layer == "model" || layer == "projector" || layer == "adapter" || layer == "draft";
}

StoreEntry blobEntry(const fs::path& root, const fs::path& path, const FileStat& stat) {
  StoreEntry entry;
  entry.source = SourceKind::Ollama;
  entry.root = root;
  entry.path = path;
  entry.realPath = resolvedPath(path, stat);
  entry.size = stat.size;
  entry.mtimeNs = stat.mtimeNs;
  entry.physicalId = stat.identity;
  return entry;
}

// Lists blobs/: complete blobs by digest hex; partial downloads as entries.
std::map<std::string, Blob> listBlobs(const fs::path& root, DirectoryWalker& walker, SourceScan& scan) {
  std::map<std::string, Blob> blobs;
  const fs::path dir = root / "blobs";
  if (!fs::is_directory(dir))
    return blobs;
  for (const fs::path& path : walker.list(dir)) {
    const std::string name = pathToUtf8(path.filename());
    const FileStat stat = statFile(path);
    if (!stat.isRegular)
      continue;
    if (name.find("-partial") != std::string::npos) {
      StoreEntry entry = blobEntry(root, path, stat);
      entry.partial = true;
      entry.displayName = name;
      entry.model = "(partial downloads)";
      const std::string hex = name.substr(7, 64);
      if (name.rfind("sha256", 0) == 0 && isHexDigest(hex, 64))
        entry.sha256 = hex;
      scan.entries.push_back(std::move(entry));
      continue;
    }
    const bool legacy = name.rfind("sha256:", 0) == 0;
    if ((name.rfind("sha256-", 0) != 0 && !legacy) || !isHexDigest(name.substr(7), 64)) {
      scan.notes.push_back({path, "not an Ollama blob name"});
      continue;
    }
    blobs[name.substr(7)] = Blob{path, stat, legacy, false};
  }
  return blobs;
}

void addLayer(const fs::path& root, const std::string& model, const nlohmann::json& layer,
              std::map<std::string, Blob>& blobs, const fs::path& manifest, SourceScan& scan) {
  const std::string digest = layer.value("digest", std::string());
  const std::string name = layerName(layer.value("mediaType", std::string()));
  const std::string hex = digest.size() > 7 ? digest.substr(7) : std::string();
  auto blob = blobs.find(hex);
  if (digest.rfind("sha256:", 0) != 0 || blob == blobs.end()) {
    scan.notes.push_back({manifest, "missing blob " + digest + " (" + name + ")"});
    return;
  }
  blob->second.used = true;
  StoreEntry entry = blobEntry(root, blob->second.path, blob->second.stat);
  entry.displayName = model;
  entry.model = model;
  entry.layer = name;
  entry.sha256 = hex;
  entry.legacyName = blob->second.legacy;
  entry.gguf = isGgufLayer(name);
  scan.entries.push_back(std::move(entry));
}

void readManifest(const fs::path& root, const fs::path& manifest, std::map<std::string, Blob>& blobs,
                  SourceScan& scan) {
  std::ifstream in(manifest, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  const auto json = nlohmann::json::parse(text.str(), nullptr, false);
  if (!in || json.is_discarded() || !json.is_object() || !json.contains("layers") || !json["layers"].is_array()) {
    scan.notes.push_back({manifest, "not a readable manifest"});
    return;
  }
  const std::string model = ollamaModelName(manifest.lexically_relative(root / "manifests"));
  if (json.contains("config") && json["config"].is_object())
    addLayer(root, model, json["config"], blobs, manifest, scan);
  for (const auto& layer : json["layers"])
    if (layer.is_object())
      addLayer(root, model, layer, blobs, manifest, scan);
}

} // namespace

std::string ollamaModelName(const fs::path& manifestRelativePath) {
  std::vector<std::string> parts;
  for (const auto& part : manifestRelativePath)
    parts.push_back(pathToUtf8(part));
  if (parts.empty())
    return {};
  const std::string tag = parts.back();
  parts.pop_back();
  if (parts.size() >= 2 && parts[0] == "registry.ollama.ai") {
    parts.erase(parts.begin());
    if (parts.size() >= 2 && parts[0] == "library")
      parts.erase(parts.begin());
  }
  std::string name;
  for (const auto& part : parts)
    name += (name.empty() ? "" : "/") + part;
  return name + ":" + tag;
}

SourceScan scanOllamaStore(const fs::path& modelsDir, const CancelToken* cancel) {
  SourceScan scan;
  DirectoryWalker walker(scan.notes, cancel);
  if (!fs::is_directory(modelsDir / "manifests") && !fs::is_directory(modelsDir / "blobs")) {
    scan.notes.push_back({modelsDir, "no Ollama store here (no manifests or blobs folder)"});
    return scan;
  }
  auto blobs = listBlobs(modelsDir, walker, scan);
  if (fs::is_directory(modelsDir / "manifests"))
    walker.walk(
        modelsDir / "manifests",
        [&](const fs::path& manifest, const FileStat&) { readManifest(modelsDir, manifest, blobs, scan); }, 8);
  for (const auto& [hex, blob] : blobs) {
    if (blob.used)
      continue;
    StoreEntry entry = blobEntry(modelsDir, blob.path, blob.stat);
    entry.orphan = true;
    entry.legacyName = blob.legacy;
    entry.sha256 = hex;
    entry.displayName = pathToUtf8(blob.path.filename());
    entry.model = "(orphan blobs)";
    entry.gguf = gguf::hasGgufMagic(blob.path);
    scan.entries.push_back(std::move(entry));
  }
  return scan;
}

} // namespace md::stores
