#pragma once
// Which folder on this machine is the store (OLLAMA_MODELS) of a running
// Ollama server, proven rather than assumed: for each candidate, a tiny blob
// of unique content is placed in its blobs/ folder and asked for through
// the server (HEAD /api/blobs/sha256:…, which only looks for that file in the
// server's own store), then removed. A candidate that does not exist is
// skipped; one that cannot be written or whose probe the server does not see
// is explained in a note. Nothing stays behind (a blobs/ folder made for the
// probe is removed again).

#include <filesystem>
#include <optional>
#include <vector>

#include "core/ollama/client.h"
#include "core/util/message.h"
#include "core/util/progress.h"
#include "core/util/result.h"

namespace md::ollama {

struct StoreProbe {
  std::optional<std::filesystem::path> store; // the server's store, when a candidate proved to be it
  std::vector<Message> notes;                 // why the others are not (not writable, not the server's)
  bool writableCandidate = false;             // some candidate could be written
};

// Phase "probing". Fails only when the server does not answer or on cancel.
Result<StoreProbe> probeServerStore(const Client& client, const std::vector<std::filesystem::path>& candidates,
                                    ProgressReporter& progress);

} // namespace md::ollama
