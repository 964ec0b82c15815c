#pragma once
// "Copy to host…": copies a model to another Ollama server without a
// registry. The source model's manifest and blobs are read from the source
// server's store on disk (OLLAMA_MODELS); the source server itself is only
// asked its tags list, to check that the store's manifest is the one it
// serves (the /api/tags digest is the SHA-256 of the manifest file), and,
// when that folder lacks the model, whether the server has it (then the
// folder is not its store, and the error says so). Each GGUF
// layer (model, projector, adapter) is asked for on the target first (HEAD)
// and only missing blobs are uploaded, their bytes summed into one
// "uploading" phase; then the target's /api/create gets the same layers:
// the GGUFs as files (on targets older than 0.5.5, as Modelfile text),
// template, system, parameters, messages and license from the source.
// Nothing is changed at the source; copying a model onto itself (same
// server, same name; localhost, 127.0.0.1 and ::1 on one port are one
// server) is refused, and so is replacing a model the target already has
// unless replaceExisting is set (checked before anything is uploaded).
// Errors name what is missing: the model in the store, a blob file, the
// target ("Ollama is not running at …"), and say when the source does not
// answer.
// Cancelling stops an upload mid-way and no model is created.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include "core/ollama/client.h"
#include "core/util/progress.h"
#include "core/util/result.h"

namespace md::ollama {

struct CopyToHostOptions {
  std::string sourceModel;           // e.g. "llama3:8b"
  std::string targetModel;           // empty: same name
  std::filesystem::path sourceStore; // the source server's OLLAMA_MODELS folder
  // When the target already has targetModel: false refuses with
  // AlreadyExists ("\"<name>\" already exists on <target url>") before
  // anything is uploaded; true replaces it.
  bool replaceExisting = false;
};

struct CopyToHostResult {
  std::string targetModel;
  std::size_t blobsUploaded = 0, blobsAlreadyThere = 0;
  std::uint64_t bytesUploaded = 0;
};

Result<CopyToHostResult> copyModelToHost(const Client& source, const Client& target, const CopyToHostOptions& options,
                                         ProgressReporter& progress);

} // namespace md::ollama
