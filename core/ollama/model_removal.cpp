#include "core/ollama/model_removal.h"

#include <set>

#include "core/ollama/store_probe.h"
#include "core/stores/blobs_in_use.h"
#include "core/stores/ollama_store.h"
#include "core/util/paths.h"

namespace md::ollama {

namespace fs = std::filesystem;
using stores::OllamaLayer;
using stores::readOllamaManifest;

namespace {

// Removes the now empty folders between the manifest and manifests/.
void removeEmptyParents(fs::path folder, const fs::path& stop) {
  std::error_code error;
  while (folder != stop && folder.has_parent_path() && fs::is_empty(folder, error) && !error) {
    if (!fs::remove(folder, error))
      break;
    folder = folder.parent_path();
  }
}

// Why a removal through `server` was refused: the store is not the
// server's, or it could not be checked (not writable, not there).
Error refusedRemoval(const Client& server, const fs::path& modelsDir, const std::string& model,
                     const StoreProbe& probed) {
  Location where{modelsDir, {}, {}, {}};
  where.url = server.baseUrl();
  const std::string store = pathToUtf8(modelsDir);
  if (probed.writableCandidate)
    return makeError(ErrorCode::Invalid,
                     Message(MessageId::RemovalStoreNotTheServers, {model, server.baseUrl(), store}), where);
  const Message why = probed.notes.empty() ? Message(MessageId::NoSuchFile, {store}) : probed.notes.front();
  return makeError(ErrorCode::Invalid, Message(MessageId::RemovalStoreUnproven, {model, server.baseUrl(), store, why}),
                   where);
}

} // namespace

Result<OllamaRemoval> removeOllamaModelFiles(const fs::path& modelsDir, const std::string& model) {
  auto manifest = readOllamaManifest(modelsDir, model);
  if (!manifest)
    return manifest.error();
  auto used = stores::findBlobsInUse(modelsDir, manifest->path);
  if (!used)
    return used.error();
  if (const auto* unreadable = used->firstUnreadable())
    // It may need any blob: keep them all rather than risk one.
    return makeError(ErrorCode::Malformed,
                     "Another manifest in the store cannot be read, so no blob was removed: " + unreadable->model +
                         ": " + unreadable->problem,
                     atPath(modelsDir / unreadable->relative));
  std::error_code error;
  if (!fs::remove(manifest->path, error) || error)
    return makeError(ErrorCode::Io, "Cannot delete the manifest of " + model + ": " + error.message(),
                     atPath(manifest->path));
  removeEmptyParents(manifest->path.parent_path(), modelsDir / "manifests");

  OllamaRemoval removal;
  removal.via = OllamaRemoval::Via::Files;
  std::vector<OllamaLayer> layers = manifest->layers;
  layers.push_back(manifest->config);
  std::set<std::string> done;
  for (const auto& layer : layers) {
    if (layer.blob.empty() || used->uses(stores::digestHex(layer.digest)) || !done.insert(layer.digest).second)
      continue;
    const std::uint64_t size = fs::file_size(layer.blob, error);
    if (fs::remove(layer.blob, error) && !error) {
      ++removal.blobsRemoved;
      removal.bytesFreed += size;
    } else {
      removal.blobsKept.emplace_back(layer.blob, error ? error.message() : "it was already gone");
    }
  }
  return removal;
}

Result<OllamaRemoval> removeOllamaModel(const Client& server, const fs::path& modelsDir, const std::string& model,
                                        ProgressReporter& progress) {
  ProgressReporter quiet({}, progress.cancelToken()); // the probe's notes speak of placing blobs
  auto probed = probeServerStore(server, {modelsDir}, quiet);
  if (!probed && isNotRunning(probed.error()))
    return removeOllamaModelFiles(modelsDir, model);
  if (!probed)
    return probed.error();
  if (!probed->store) {
    if (!probed->writableCandidate) { // no probe was asked for: is the server there at all?
      auto running = server.version(progress.cancelToken());
      if (!running && isNotRunning(running.error()))
        return removeOllamaModelFiles(modelsDir, model);
    }
    return refusedRemoval(server, modelsDir, model, *probed);
  }
  auto deleted = server.deleteModel(model, progress.cancelToken());
  if (deleted)
    return OllamaRemoval{};
  if (!isNotRunning(deleted.error()))
    return deleted.error();
  return removeOllamaModelFiles(modelsDir, model); // it stopped since the probe
}

} // namespace md::ollama
