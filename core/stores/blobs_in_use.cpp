#include "core/stores/blobs_in_use.h"

#include <algorithm>
#include <cctype>

#include "core/io/atomic_write.h"
#include "core/stores/ollama_store.h"
#include "core/util/paths.h"

namespace md::stores {
namespace fs = std::filesystem;

namespace {

// Every blob the manifest names, even after a bad layer; `problem` says what
// was wrong first.
void nameBlobs(ManifestBlobs& manifest) {
  std::vector<const ManifestLayerRef*> layers;
  if (manifest.parsed.config)
    layers.push_back(&*manifest.parsed.config);
  for (const auto& layer : manifest.parsed.layers)
    layers.push_back(&layer);
  if (!manifest.parsed.hasLayers)
    manifest.problem = "the manifest has no list of layers";
  for (const auto* layer : layers) {
    if (!layer->object) {
      if (manifest.problem.empty())
        manifest.problem = "the manifest has a layer that is not an object";
      continue;
    }
    const std::string hex = digestHex(layer->digest);
    if (hex.empty()) {
      if (manifest.problem.empty())
        manifest.problem = layer->digest.empty()
                               ? "the manifest has a layer without a digest"
                               : "the manifest names a blob that is not a SHA-256 digest: " + layer->digest;
      continue;
    }
    if (std::find(manifest.hexes.begin(), manifest.hexes.end(), hex) == manifest.hexes.end())
      manifest.hexes.push_back(hex);
  }
}

} // namespace

const ManifestBlobs* BlobsInUse::firstUnreadable() const {
  for (const auto& manifest : manifests)
    if (!manifest.readable)
      return &manifest;
  return nullptr;
}

std::string digestHex(std::string_view digest) {
  constexpr std::size_t kHexLength = 64;
  if (digest.size() != 7 + kHexLength || (digest[6] != ':' && digest[6] != '-'))
    return {};
  std::string prefix;
  for (char c : digest.substr(0, 6))
    prefix += char(std::tolower(static_cast<unsigned char>(c)));
  if (prefix != "sha256")
    return {};
  std::string hex;
  for (char c : digest.substr(7)) {
    if (!std::isxdigit(static_cast<unsigned char>(c)))
      return {};
    hex += char(std::tolower(static_cast<unsigned char>(c)));
  }
  return hex;
}

Result<BlobsInUse> findBlobsInUse(const fs::path& modelsDir, const fs::path& skip) {
  BlobsInUse use;
  const fs::path folder = modelsDir / "manifests";
  std::vector<fs::path> paths;
  std::error_code error;
  for (fs::recursive_directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
    std::error_code ignored; // the listing's own error ends the loop, not these
    if (pathToUtf8(it->path().filename()).starts_with(".")) {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ignored) && !(!skip.empty() && fs::equivalent(it->path(), skip, ignored)))
      paths.push_back(it->path());
  }
  if (error && error != std::errc::no_such_file_or_directory)
    return makeError(ErrorCode::Io, Message(MessageId::CannotListManifests, {error.message()}), atPath(folder));
  std::sort(paths.begin(), paths.end());
  for (const fs::path& path : paths) {
    ManifestBlobs manifest;
    manifest.relative = path.lexically_relative(modelsDir);
    manifest.model = ollamaModelName(path.lexically_relative(folder));
    auto text = io::readSmallFile(path);
    if (text && *text)
      manifest.text = **text;
    auto parsed = text && *text ? parseOllamaManifest(**text) : Result<ParsedManifest>(makeError(ErrorCode::Io, ""));
    if (!parsed) {
      manifest.problem = text && *text ? "the manifest is not JSON" : "the manifest cannot be read";
    } else {
      // Without a list of layers nobody can tell what it needs: unreadable,
      // though the config it names is kept too.
      manifest.readable = parsed->hasLayers;
      manifest.parsed = std::move(*parsed);
      nameBlobs(manifest);
      use.hexes.insert(manifest.hexes.begin(), manifest.hexes.end());
    }
    use.manifests.push_back(std::move(manifest));
  }
  return use;
}

} // namespace md::stores
