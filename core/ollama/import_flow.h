#pragma once
// Import: files → a model in Ollama, one flow for the GUI and the CLI, in
// steps that can be called one by one (the GUI shows the plan and the
// preflight before it runs):
//   1. planImport (import_plan.h): what blobs the files become;
//   2. preflightImport: the plan can be imported, the name is valid and
//      free (or replaced when asked), a quantize type suits the server and
//      the model (quantize.h), the server's store is found and proven by a
//      probe (local server) or the flow uploads and says why, and each
//      volume that will be written has room for what will be written. The
//      store half (findImportStore) does not depend on the name: a dialog
//      finds it once and checks each name typed against it;
//   3. runImport: places each blob in the store right before create (join
//      or merge written once, single files cloned, linked, copied or moved)
//      or uploads it (skipping blobs the server has), creates the model
//      (TEMPLATE/stop only when the template plan says so), and verifies it
//      with /api/show.
// Phases: "probing", "joining", "placing", "hashing", "uploading",
// "creating", "verifying"; the notes say what happened to each blob. A
// failure or a cancel at any step removes what this import placed, the temp
// files, and a model it created.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/ollama/blob_placement.h"
#include "core/ollama/client.h"
#include "core/ollama/import_plan.h"
#include "core/util/progress.h"
#include "core/util/result.h"

namespace md::ollama {

struct ImportOptions {
  std::string name; // the new model's name (suggestedName is the plan's default)
  Placement placement = Placement::Auto;
  std::vector<std::filesystem::path> stores; // where the server's store may be; empty: stores::ollamaStoreCandidates()
  bool storesGiven = false;                  // the user named the store: probe it even for a server not on loopback
  bool replaceExisting = false;              // --force: an existing model of that name is replaced
  bool trustCacheDigest = false;             // a Hugging Face cache name is the digest, not verified
  bool probe = true;                         // false (a dry run): write nothing, guess the store from the candidates
  std::string quantize;                      // Ollama's quantize type for the model ("Q4_K_M"), or empty
  // Free bytes at a folder (tests); default: the filesystem's.
  std::function<std::uint64_t(const std::filesystem::path&)> freeSpace;
};

struct ImportPreflight {
  Version server;
  bool localServer = false;                   // the server is on this machine (loopback) or the store was given
  std::optional<std::filesystem::path> store; // the server's store (proven, unless a dry run)
  Placement placement = Placement::Upload;    // Upload, or the requested placement (Auto is decided per blob)
  bool nameTaken = false;                     // the name exists and will be replaced
  std::uint64_t bytesToWrite = 0;             // on the store's volume (placement) or by the server (upload), at most
  std::vector<Message> notes;                 // why it uploads, which candidates were not the store
};

// Where the blobs go: the server's store (proven by a probe on a local
// server) and the placement, or an upload and why (notes). Writes and
// removes a probe blob; independent of the name.
struct ImportStore {
  bool localServer = false;
  std::optional<std::filesystem::path> store;
  Placement placement = Placement::Upload;
  std::vector<Message> notes;
};

Result<ImportStore> findImportStore(const Client& client, const ImportOptions& options, ProgressReporter& progress);

// The whole preflight: the plan, the name and quantize, findImportStore, the space.
Result<ImportPreflight> preflightImport(const Client& client, const ImportPlan& plan, const ImportOptions& options,
                                        ProgressReporter& progress);
// The same with the store found before (by findImportStore with the same
// host, stores and placement): nothing is probed again.
Result<ImportPreflight> preflightImport(const Client& client, const ImportPlan& plan, const ImportOptions& options,
                                        const ImportStore& store, ProgressReporter& progress);

struct ImportedBlob {
  std::string name; // the key in create's files
  BlobRole role = BlobRole::Model;
  std::string digest; // "sha256:<hex>"
  std::uint64_t size = 0;
  std::string placement;          // "reflink", "link", "copy", "move", "upload" or "existing" (already there)
  std::uint64_t bytesWritten = 0; // by this import (an upload: what the server writes)
  std::filesystem::path path;     // the blob in the store when placed; else the source file (empty for a join)
};

struct ImportResult {
  std::string name;
  Version server;
  std::string placement; // what was used: the largest blob's placement
  std::uint64_t bytesWritten = 0;
  std::uint64_t bytesUploaded = 0;
  std::vector<ImportedBlob> blobs;
  std::vector<std::string> capabilities; // /api/show's, after create
  bool visionMissing = false;            // a projector was given but "vision" is not listed
  bool hardLinked = false;               // a blob shares its source's blocks: editing the source changes the model
  std::optional<std::filesystem::path> store;
  std::string modelfile; // the Modelfile, FROM lines naming the blobs' files
  double seconds = 0;
};

Result<ImportResult> runImport(const Client& client, const ImportPlan& plan, const ImportPreflight& preflight,
                               const ImportOptions& options, ProgressReporter& progress);

// Digests of the plan's blobs without writing anything (a dry run's plan):
// trusted hints, else hashed (phase "hashing"). In the plan's blob order.
Result<std::vector<std::string>> digestsOf(const ImportPlan& plan, const ImportOptions& options,
                                           ProgressReporter& progress);

// planImport → preflightImport → runImport, asking the server its version.
Result<ImportResult> importFiles(const Client& client, const std::vector<std::filesystem::path>& inputs,
                                 const ImportOptions& options, ProgressReporter& progress);

} // namespace md::ollama
