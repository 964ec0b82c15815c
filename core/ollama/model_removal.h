#pragma once
// Removes a model from Ollama: through the server's API when it answers, and
// when it is not running, on disk as `ollama rm` does: the manifest first,
// then only the blobs that no other manifest uses (a blob shared with another
// model stays). A crash between the two steps leaves orphan blobs, never a
// manifest without its blobs. Through the API only after proving that the
// server serves this very store.

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/ollama/client.h"
#include "core/util/progress.h"
#include "core/util/result.h"

namespace md::ollama {

struct OllamaRemoval {
  enum class Via { Api, Files };
  Via via = Via::Api;
  std::size_t blobsRemoved = 0; // Files only
  std::uint64_t bytesFreed = 0; // Files only
  // Blobs that could not be deleted (Files only): the path and why. The
  // model is gone either way; these are left for a later cleanup.
  std::vector<std::pair<std::filesystem::path, std::string>> blobsKept;
};

// On disk only; the server must not be running on this store.
Result<OllamaRemoval> removeOllamaModelFiles(const std::filesystem::path& modelsDir, const std::string& model);

// Through `server` (DELETE /api/delete), but only when `modelsDir` is proven
// to be the store that server uses: a probe blob placed there must be seen
// through the server (core/ollama/store_probe). Ollama deletes by name, so a
// server running on another store (the Linux service's /usr/share/ollama
// while ~/.ollama/models was scanned) would remove a model of the same name
// there: that is refused (Invalid, RemovalStoreNotTheServers), and so is a
// store that cannot be checked (not writable: RemovalStoreUnproven). When
// the server is not running, the model is removed from the store on disk.
Result<OllamaRemoval> removeOllamaModel(const Client& server, const std::filesystem::path& modelsDir,
                                        const std::string& model, ProgressReporter& progress);

} // namespace md::ollama
