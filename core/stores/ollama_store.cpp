#include "core/stores/ollama_store.h"

#include <fstream>
#include <map>
#include <sstream>

#include "core/gguf/reader.h"
#include "core/stores/blobs_in_use.h"
#include "core/stores/file_walk.h"
#include "core/stores/leftovers.h"
#include "core/stores/ollama_manifest.h"
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
  return fileEntry(SourceKind::Ollama, root, path, stat);
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
    if (isModelDeskTemp(path)) { // an import's or a probe's temp blob: listed once its process is gone
      if (auto leftover = leftoverEntry(SourceKind::Ollama, root, path, stat))
        scan.entries.push_back(std::move(*leftover));
      continue;
    }
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
      scan.notes.emplace_back(path, Message(MessageId::NotABlobName));
      continue;
    }
    blobs[name.substr(7)] = Blob{path, stat, legacy, false};
  }
  return blobs;
}

void addLayer(const fs::path& root, const std::string& model, const ManifestLayerRef& layer,
              std::map<std::string, Blob>& blobs, const fs::path& manifest, SourceScan& scan) {
  const std::string& digest = layer.digest;
  const std::string name = layerName(layer.mediaType);
  if (!layer.wellFormed) {
    scan.notes.emplace_back(manifest, name.empty() ? Message(MessageId::LayerWithoutDigest)
                                                   : Message(MessageId::LayerWithoutDigestOf, {name}));
    return;
  }
  const std::string hex = digest.size() > 7 ? digest.substr(7) : std::string();
  auto blob = blobs.find(hex);
  if (digest.rfind("sha256:", 0) != 0 || blob == blobs.end()) {
    scan.notes.emplace_back(manifest, Message(MessageId::MissingBlob, {digest, name}));
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

fs::path ollamaManifestPath(const fs::path& modelsDir, const std::string& modelName) {
  std::string rest = modelName;
  std::string tag = "latest";
  if (const auto colon = rest.rfind(':'); colon != std::string::npos && rest.find('/', colon) == std::string::npos) {
    tag = rest.substr(colon + 1);
    rest.resize(colon);
  }
  std::vector<std::string> parts;
  for (std::size_t start = 0;;) {
    const auto slash = rest.find('/', start);
    parts.push_back(rest.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
    if (slash == std::string::npos)
      break;
    start = slash + 1;
  }
  if (parts.size() > 3 || tag.empty() || tag == "." || tag == "..")
    return {};
  for (const auto& part : parts)
    if (part.empty() || part == "." || part == "..")
      return {};
  if (parts.size() == 1)
    parts.insert(parts.begin(), "library");
  if (parts.size() == 2)
    parts.insert(parts.begin(), "registry.ollama.ai");
  fs::path path = modelsDir / "manifests";
  for (const auto& part : parts)
    path /= pathFromUtf8(part);
  return path / pathFromUtf8(tag);
}

Result<OllamaManifest> readOllamaManifest(const fs::path& modelsDir, const std::string& modelName) {
  const fs::path path = ollamaManifestPath(modelsDir, modelName);
  std::error_code ec;
  if (path.empty() || !fs::is_regular_file(path, ec))
    return makeError(ErrorCode::NotFound, Message(MessageId::NotInStore, {modelName, pathToUtf8(modelsDir)}),
                     atPath(path.empty() ? modelsDir : path));
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  const auto parsed = parseOllamaManifest(text.str());
  if (!in || !parsed || !parsed->hasLayers)
    return makeError(ErrorCode::Malformed, Message(MessageId::ManifestUnreadable, {modelName}), atPath(path));
  auto layerOf = [&](const ManifestLayerRef& layer) -> Result<OllamaLayer> {
    if (!layer.object)
      return makeError(ErrorCode::Malformed, Message(MessageId::ManifestLayerNotObject, {modelName}), atPath(path));
    if (!layer.wellFormed)
      return makeError(ErrorCode::Malformed, Message(MessageId::ManifestLayerWithoutDigest, {modelName}), atPath(path));
    OllamaLayer out;
    out.mediaType = layer.mediaType;
    out.kind = layerName(out.mediaType);
    out.digest = layer.digest;
    out.size = layer.size;
    const std::string hex = out.digest.size() > 7 ? out.digest.substr(7) : std::string();
    if (out.digest.rfind("sha256:", 0) != 0 || !isHexDigest(hex, 64))
      return makeError(ErrorCode::Malformed, Message(MessageId::ManifestDigestNotSha256, {modelName, out.digest}),
                       atPath(path));
    for (const std::string& name : {"sha256-" + hex, "sha256:" + hex})
      if (const fs::path blob = modelsDir / "blobs" / name; out.blob.empty() && fs::is_regular_file(blob, ec))
        out.blob = blob;
    return out;
  };
  OllamaManifest manifest;
  manifest.model = ollamaModelName(path.lexically_relative(modelsDir / "manifests"));
  manifest.path = path;
  if (parsed->config) {
    auto config = layerOf(*parsed->config);
    if (!config)
      return config.error();
    manifest.config = std::move(*config);
  }
  for (const auto& layer : parsed->layers) {
    auto read = layerOf(layer);
    if (!read)
      return read.error();
    manifest.layers.push_back(std::move(*read));
  }
  return manifest;
}

SourceScan scanOllamaStore(const fs::path& modelsDir, const CancelToken* cancel) {
  SourceScan scan;
  DirectoryWalker walker(scan.notes, cancel);
  if (!fs::is_directory(modelsDir / "manifests") && !fs::is_directory(modelsDir / "blobs")) {
    scan.notes.emplace_back(modelsDir, Message(MessageId::NoOllamaStoreHere));
    return scan;
  }
  auto blobs = listBlobs(modelsDir, walker, scan);
  auto use = findBlobsInUse(modelsDir);
  if (!use) {
    scan.notes.emplace_back(modelsDir / "manifests", use.error().text);
    return scan; // with no manifests to go by, no blob is called an orphan
  }
  for (const auto& manifest : use->manifests) {
    const fs::path path = modelsDir / manifest.relative;
    if (!manifest.readable) {
      scan.notes.emplace_back(path, Message(MessageId::NotAReadableManifest));
    } else {
      if (manifest.parsed.config)
        addLayer(modelsDir, manifest.model, *manifest.parsed.config, blobs, path, scan);
      for (const auto& layer : manifest.parsed.layers)
        if (layer.object)
          addLayer(modelsDir, manifest.model, layer, blobs, path, scan);
    }
  }
  // What a damaged manifest names is no orphan either; and while a manifest
  // cannot be read at all, no blob is called one (it may need any of them).
  const bool allReadable = use->firstUnreadable() == nullptr;
  for (auto& [hex, blob] : blobs)
    blob.used = blob.used || use->uses(hex) || !allReadable;
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
