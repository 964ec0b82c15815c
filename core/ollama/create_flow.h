#pragma once
// "Create in Ollama" from a Modelfile, shared by the GUI and the CLI:
//   1. check the model name against Ollama's rules, parse and validate the
//      Modelfile (errors carry the line), ask the server's version (a dead
//      server fails here, before any file is read);
//   2. for each FROM/ADAPTER file: its role (model, projector, adapter, and
//      a projector concatenated after a model), then its SHA-256, from the
//      merge's "<file>.sha256" sidecar when it can be trusted (phase
//      "hashing" otherwise);
//   2b. with `quantize`, Ollama's rules for it (quantize.h): the server's
//      version, the type, the model's file type (F16, BF16, F32), before
//      anything is hashed or sent;
//   3. HEAD each blob and upload the ones the server lacks (phase
//      "uploading", bytes);
//   4. /api/create, version-aware, relaying the server's status lines
//      (phase "creating");
//   5. when a projector was included, /api/show: is "vision" a capability?
// The cancel token of the ProgressReporter is polled at every step.

#include <filesystem>
#include <string>
#include <vector>

#include "core/ollama/client.h"
#include "core/ollama/version.h"
#include "core/util/progress.h"
#include "core/util/result.h"

namespace md::ollama {

enum class DigestSource { Hashed, Sidecar };
enum class VisionCheck { NoProjector, Vision, Missing };

struct CreateFlowFile {
  std::filesystem::path path;
  std::string name;     // the key in create's `files`
  std::string role;     // "model", "projector", "adapter", "shard" or "unknown"
  bool adapter = false; // an ADAPTER line
  // A second GGUF (a projector) follows the first in this file: the legacy
  // concatenation that only Ollama < 0.7.1 reads.
  bool concatenatedProjector = false;
  std::string digest;
  DigestSource digestSource = DigestSource::Hashed;
  std::string sidecarIgnoredWhy; // a sidecar existed but was not trusted
  bool alreadyOnServer = false;  // HEAD said yes: not uploaded
};

struct CreateFlowResult {
  std::string model;
  Version server;
  std::vector<CreateFlowFile> files;
  std::vector<std::string> warnings; // from the Modelfile (deprecated parameters…)
  std::vector<std::string> capabilities;
  VisionCheck vision = VisionCheck::NoProjector;
  std::string quantize; // the type asked of Ollama ("Q4_K_M"), or empty

  // The projector is only inside a concatenated file and this server reads
  // just the first GGUF of a file.
  bool projectorDroppedByServer() const;
  // The file that brought the projector, for messages.
  const CreateFlowFile* projectorFile() const;
};

// The flow's own notes ("model.gguf is already on the server") and the
// server's status lines go to progress.note().
// `quantize`: Ollama's quantize type ("q4_k_m" is fine), or empty.
Result<CreateFlowResult> runCreateFlow(const Client& client, const std::string& modelName,
                                       const std::filesystem::path& modelfile, ProgressReporter& progress,
                                       const std::string& quantize = {});

// The vision warning in English, empty unless vision == Missing.
std::string visionWarningText(const CreateFlowResult& result);

} // namespace md::ollama
