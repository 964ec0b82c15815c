// Asks a running Ollama server before an orphan blob of its store is deleted
// on disk (see reclaim_server.h).

#include "core/ollama/reclaim_server.h"

#include <map>

#include "core/stores/blobs_in_use.h"
#include "core/util/paths.h"
#include "core/util/sha256.h"

namespace md::ollama {

namespace {

std::string bareHex(const std::string& digest) {
  const std::string hex = stores::digestHex(digest);
  return hex.empty() ? digest : hex;
}

} // namespace

std::optional<Message> ServerReclaimCheck::operator()(const stores::ReclaimItem& item) {
  if (item.kind != stores::ReclaimKind::Orphan || item.source != stores::SourceKind::Ollama)
    return std::nullopt;
  auto seen = server_.hasBlob("sha256:" + item.sha256, progress_.cancelToken());
  if (!seen && isNotRunning(seen.error()))
    return std::nullopt; // no server: the manifests on disk are all there is
  if (!seen)
    return Message(MessageId::ReclaimServerUnsure,
                   {pathToUtf8(item.path), server_.baseUrl(), MessageArg(seen.error().text)});
  if (!*seen)
    return std::nullopt; // the server uses another store
  if (!noted_) {
    progress_.note(Message(MessageId::ReclaimNoBlobApi));
    noted_ = true;
  }
  return modelsMatchStore(item);
}

std::optional<Message> ServerReclaimCheck::modelsMatchStore(const stores::ReclaimItem& item) const {
  auto models = server_.listModels(progress_.cancelToken());
  if (!models)
    return Message(MessageId::ReclaimServerUnsure,
                   {pathToUtf8(item.path), server_.baseUrl(), MessageArg(models.error().text)});
  auto use = stores::findBlobsInUse(item.store);
  if (!use)
    return Message(MessageId::ReclaimCannotCheck, {pathToUtf8(item.path), MessageArg(use.error().text)});
  std::map<std::string, std::string> manifestDigests; // model -> SHA-256 of its manifest's bytes
  for (const auto& manifest : use->manifests) {
    Sha256 hasher;
    hasher.update(manifest.text.data(), manifest.text.size());
    manifestDigests[manifest.model] = hasher.finishHex();
  }
  for (const ModelSummary& model : *models) {
    const std::string name = model.name.find(':') == std::string::npos ? model.name + ":latest" : model.name;
    const auto found = manifestDigests.find(name);
    if (found == manifestDigests.end() || (!model.digest.empty() && bareHex(model.digest) != found->second))
      return Message(MessageId::ReclaimServerDisagrees, {pathToUtf8(item.path), server_.baseUrl(), model.name});
  }
  return std::nullopt;
}

} // namespace md::ollama
