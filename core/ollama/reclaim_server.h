#pragma once
// The server's side of deleting orphan blobs while Ollama may run. Ollama
// has no API that deletes one blob (/api/blobs only answers HEAD and POST;
// it prunes unused blobs itself when it starts and when a model is deleted),
// so the reclaim deletes orphans on disk; this check, passed as the run's
// `beforeDelete`, asks the server first:
// - the server not running, or not seeing the blob (HEAD /api/blobs: it
//   serves another store): nothing to ask, the on-disk check stands;
// - the server serving this store: every model it lists (/api/tags) must
//   have its manifest in the store with the same digest, else the blob is
//   kept (the server knows a model the disk does not show, or a manifest is
//   being rewritten). It notes once that the delete happens on disk.

#include <optional>

#include "core/ollama/client.h"
#include "core/stores/reclaim_plan.h"
#include "core/util/message.h"
#include "core/util/progress.h"

namespace md::ollama {

class ServerReclaimCheck {
public:
  ServerReclaimCheck(const Client& server, const ProgressReporter& progress) : server_(server), progress_(progress) {}

  // A reason to keep the orphan `item`, or nothing.
  std::optional<Message> operator()(const stores::ReclaimItem& item);

private:
  std::optional<Message> modelsMatchStore(const stores::ReclaimItem& item) const;

  const Client& server_;
  const ProgressReporter& progress_;
  bool noted_ = false;
};

} // namespace md::ollama
