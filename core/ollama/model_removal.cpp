#include "core/ollama/model_removal.h"

#include <set>

#include "core/stores/ollama_store.h"
#include "core/util/paths.h"

namespace md::ollama {

namespace fs = std::filesystem;
using stores::OllamaLayer;
using stores::readOllamaManifest;

namespace {

// Every digest the manifests under `modelsDir` use, except `skip`'s.
Result<std::set<std::string>> digestsInUse(const fs::path& modelsDir, const fs::path& skip) {
  std::set<std::string> used;
  std::error_code error;
  const fs::path manifests = modelsDir / "manifests";
  for (fs::recursive_directory_iterator it(manifests, error), end; !error && it != end; it.increment(error)) {
    std::error_code ignored;                               // the listing's own error ends the loop, not these
    if (it->path().filename().string().starts_with('.')) { // .DS_Store and the like are not manifests
      it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ignored) || fs::equivalent(it->path(), skip, ignored))
      continue;
    auto manifest = readOllamaManifest(modelsDir, stores::ollamaModelName(it->path().lexically_relative(manifests)));
    if (!manifest)
      // Unreadable: keep every blob rather than risk one it needs.
      return makeError(ErrorCode::Malformed,
                       "Another manifest in the store cannot be read, so no blob was removed: " +
                           manifest.error().message,
                       Location{it->path(), {}, {}, {}});
    used.insert(manifest->config.digest);
    for (const auto& layer : manifest->layers)
      used.insert(layer.digest);
  }
  if (error && error != std::errc::no_such_file_or_directory)
    return makeError(ErrorCode::Io, "Cannot list the manifests: " + error.message(), Location{manifests, {}, {}, {}});
  return used;
}

// Removes the now empty folders between the manifest and manifests/.
void removeEmptyParents(fs::path folder, const fs::path& stop) {
  std::error_code error;
  while (folder != stop && folder.has_parent_path() && fs::is_empty(folder, error) && !error) {
    if (!fs::remove(folder, error))
      break;
    folder = folder.parent_path();
  }
}

} // namespace

Result<OllamaRemoval> removeOllamaModelFiles(const fs::path& modelsDir, const std::string& model) {
  auto manifest = readOllamaManifest(modelsDir, model);
  if (!manifest)
    return manifest.error();
  auto used = digestsInUse(modelsDir, manifest->path);
  if (!used)
    return used.error();
  std::error_code error;
  if (!fs::remove(manifest->path, error) || error)
    return makeError(ErrorCode::Io, "Cannot delete the manifest of " + model + ": " + error.message(),
                     Location{manifest->path, {}, {}, {}});
  removeEmptyParents(manifest->path.parent_path(), modelsDir / "manifests");

  OllamaRemoval removal;
  removal.via = OllamaRemoval::Via::Files;
  std::vector<OllamaLayer> layers = manifest->layers;
  layers.push_back(manifest->config);
  std::set<std::string> done;
  for (const auto& layer : layers) {
    if (layer.blob.empty() || used->count(layer.digest) != 0 || !done.insert(layer.digest).second)
      continue;
    const std::uint64_t size = fs::file_size(layer.blob, error);
    if (fs::remove(layer.blob, error) && !error) {
      ++removal.blobsRemoved;
      removal.bytesFreed += size;
    }
  }
  return removal;
}

Result<OllamaRemoval> removeOllamaModel(const Client& server, const fs::path& modelsDir, const std::string& model,
                                        const CancelToken* cancel) {
  auto deleted = server.deleteModel(model, cancel);
  if (deleted)
    return OllamaRemoval{};
  if (!isNotRunning(deleted.error()))
    return deleted.error();
  return removeOllamaModelFiles(modelsDir, model);
}

} // namespace md::ollama
