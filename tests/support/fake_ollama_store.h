#pragma once
// The fake server's model store, in Ollama's on-disk layout under
// OLLAMA_MODELS: manifests/<host>/<namespace>/<model>/<tag> (JSON) and
// blobs/sha256-<hex>.

#include <filesystem>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace md::testing {

inline constexpr const char* kLayerPrefix = "application/vnd.ollama.image.";

struct ModelName {
  std::string host = "registry.ollama.ai";
  std::string ns = "library";
  std::string model;
  std::string tag = "latest";

  // "qwen2", "qwen2:7b", "user/m:tag", "hf.co/user/repo:Q4_K_M".
  static std::optional<ModelName> parse(std::string_view text);
  // What /api/tags shows: "qwen2:latest", or the full name off the default registry.
  std::string display() const;
  std::filesystem::path manifestPath(const std::filesystem::path& root) const;
};

class FakeStore {
public:
  explicit FakeStore(std::filesystem::path root);

  const std::filesystem::path& root() const { return root_; }
  // "sha256:<hex>" -> blobs/sha256-<hex>; empty for a malformed digest.
  std::filesystem::path blobPath(const std::string& digest) const;
  bool hasBlob(const std::string& digest) const;
  // Ollama's manifest.BlobsPath for a digest from a URL: "sha256:" or
  // "sha256-" and 64 hex digits of either case, used as written (so an
  // upper-case digest names another file); nullopt when malformed.
  std::optional<std::filesystem::path> blobPathAsOllama(const std::string& digest) const;
  // Stores bytes as a blob and returns the layer {mediaType, digest, size}.
  nlohmann::json putLayer(const std::string& kind, const std::string& bytes);
  // A layer for an existing blob.
  nlohmann::json layerFor(const std::string& kind, const std::string& digest) const;

  std::optional<nlohmann::json> readManifest(const ModelName& name) const;
  void writeManifest(const ModelName& name, const nlohmann::json& manifest);
  bool removeManifest(const ModelName& name);
  std::vector<std::pair<ModelName, std::filesystem::path>> listManifests() const;
  // Removes those of `digests` that no manifest references any more, as
  // Ollama does after a delete.
  void pruneBlobs(const std::set<std::string>& digests);
  // What a starting Ollama does (unless OLLAMA_NOPRUNE): every blob no manifest uses goes.
  void pruneUnusedBlobs();

  std::mutex& mutex() { return mutex_; }

private:
  std::filesystem::path root_;
  std::mutex mutex_;
};

std::string sha256Hex(std::string_view bytes);
std::string readFile(const std::filesystem::path& path);
std::string layerKind(const nlohmann::json& layer); // "model", "projector"…
// The layers of a model in a store on disk, in the manifest's order, as
// "kind digest" strings (none when the manifest is missing).
std::vector<std::string> manifestLayers(const std::filesystem::path& store, const std::string& model);

} // namespace md::testing
