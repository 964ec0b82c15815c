#pragma once
// The import plan: which blobs a set of dropped or named files becomes, and
// how Ollama will be asked to create the model from them. Reads headers
// only. The files are sorted as classify sees them (core/merge): byte-split
// parts are joined into one blob, llama.cpp shards stay one blob each on a
// server that imports them (>= 0.30) and are merged into one otherwise, a
// single GGUF is used as it is; a projector and an adapter beside the model
// are blobs of their own. The Modelfile is generated in memory (FROM lines
// by blob name, ADAPTER, and TEMPLATE/stop only when the template plan says
// nothing would render chats). Nothing is written here.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/io/segment_copy.h"
#include "core/merge/merge_plan.h"
#include "core/templates/template_plan.h"
#include "core/util/message.h"
#include "core/util/version.h"

namespace md::ollama {

enum class BlobRole { Model, Projector, Adapter };
// "model", "projector", "adapter" (the layer's media type suffix).
const char* blobRoleName(BlobRole role);

// Where a blob's digest is known from before reading it.
enum class DigestHint {
  None,             // hashed (in the same pass as a copy where there is one)
  Sidecar,          // "<file>.sha256" written by a merge (trusted by its rules)
  HuggingFaceCache, // a Hugging Face cache blob, named by the SHA-256 of its content
};

struct ImportBlob {
  BlobRole role = BlobRole::Model;
  std::string name;                  // the key in create's `files`: "model.gguf", "x-00001-of-00003.gguf"
  std::filesystem::path source;      // the one input used as it is (resolved); empty for a join or merge
  std::vector<io::Segment> segments; // the blob's bytes, in order (one range of `source`, or the parts)
  std::uint64_t size = 0;            // its exact size (from the header, checked before any byte is written)
  std::string knownDigest;           // "sha256:<hex>" when `hint` gives it
  DigestHint hint = DigestHint::None;

  bool joined() const { return source.empty(); }
};

struct ImportPlanOptions {
  Version server;             // decides shards vs merge and what renders chats
  bool goTemplateEnv = false; // OLLAMA_GO_TEMPLATE in the server's environment
};

struct ImportPlan {
  std::vector<std::filesystem::path> inputs;
  merge::MergePlan model;        // the model's own files (parts, shards or one GGUF), as classify sees them
  std::vector<ImportBlob> blobs; // model blob(s) first, then projector, then adapter
  std::vector<Message> problems; // why it cannot be imported; empty when it can
  std::vector<Message> notes;    // advice that does not block
  templates::TemplatePlan templatePlan;
  std::optional<std::string> templateText; // the TEMPLATE create will add (only when needed)
  std::vector<std::string> stop;           // and its stop values
  std::string modelfile;                   // the generated Modelfile (FROM ./<blob name> lines)
  std::string suggestedName;               // a valid Ollama name from general.name or the file name
  Version server;

  bool ok() const { return problems.empty() && !blobs.empty(); }
  std::uint64_t totalSize() const;
  bool hasProjector() const;
};

ImportPlan planImport(const std::vector<std::filesystem::path>& inputs, const ImportPlanOptions& options);

// The Modelfile for people: FROM lines name `paths` (one per blob, in the
// plan's order; a blob without a file of its own is named by its key with a
// comment listing its parts) instead of the blob keys.
std::string modelfileWithPaths(const ImportPlan& plan, const std::vector<std::filesystem::path>& paths);

} // namespace md::ollama
