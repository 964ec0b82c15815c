#pragma once
// Moving an Ollama model store (OLLAMA_MODELS) to a new folder with no
// possible loss:
//  - planStoreMove() reads the source's manifests and refuses a target inside
//    the source, without enough free space, or not writable (on Linux with
//    Ollama's system service: the `ollama` user must own it);
//  - moveStore() copies model by model: a manifest's blobs first, each into a
//    temp name, verified against its name (sha256-<hex>) and renamed, then
//    the manifest. So the target never has a manifest without its blobs, and
//    at most one model's blobs wait for their manifest (Ollama deletes blobs
//    no manifest uses when it starts). A journal in the target records the
//    verified blobs, so a killed move resumes and skips them;
//  - a blob whose bytes do not match its name (or that is missing) is
//    reported with the models using it; it and its models stay in the source;
//  - deleteMovedSource(), called only after the caller switched the
//    variable and the user agreed, removes what was moved: manifests first,
//    then blobs no remaining manifest uses. Never a damaged blob.
// The source is only read until deleteMovedSource().

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/env/linux_backend.h"
#include "core/util/progress.h"
#include "core/util/result.h"

namespace md::env {

struct StoreManifest {
  std::filesystem::path relative; // manifests/<host>/<namespace>/<model>/<tag>
  std::string model;              // "qwen2:latest"
  std::vector<std::string> blobs; // blob file names it uses ("sha256-<hex>")
};

struct StoreBlob {
  std::string digest; // 64 lowercase hex digits, from the name
  std::uint64_t size = 0;
  bool verifiedAtTarget = false; // the journal vouches for the target's copy
  bool presentAtTarget = false;  // a file of that name is there (checked by hashing)
};

// A blob that cannot be moved: missing from the source, or its bytes do not
// match its name. Reported; never deleted.
struct DamagedBlob {
  std::string name;
  std::string problem;
  std::vector<std::string> models;
};

// What the user must know before a move. Codes, so the UI can translate them.
enum class MoveWarning {
  QuitOllama,         // Ollama prunes blobs without manifests at start-up
  DesktopAppLocation, // the desktop app's "Model location" overrides the variable
  LeftBehind,         // orphan blobs and partial downloads stay in the old folder
  ServiceUserOwns,    // Linux: the `ollama` user must own the new folder
};

struct StoreMovePlan {
  std::filesystem::path source;
  std::filesystem::path target;
  std::vector<StoreManifest> manifests;
  std::map<std::string, StoreBlob> blobs; // by file name, every blob a manifest uses
  std::vector<DamagedBlob> damaged;       // found while planning (missing blobs, unreadable manifests)
  std::uint64_t totalBytes = 0;           // of the blobs the manifests use
  std::uint64_t bytesToCopy = 0;          // not yet at the target
  std::uint64_t bytesToVerify = 0;        // at the target, but not in the journal
  std::size_t leftBehind = 0;             // blobs no manifest uses, partial downloads
  std::vector<MoveWarning> warnings;
};

// In English, for the CLI; the UI words them itself.
std::string describeWarning(MoveWarning warning, const StoreMovePlan& plan);

struct StoreMoveOptions {
  // Free bytes at a folder; tests inject a small number. Default: filesystem.
  std::function<std::uint64_t(const std::filesystem::path&)> freeSpace;
  // Linux: Ollama runs as the `ollama` system user (default: detected).
  bool serviceUser = ollamaServiceUserExists();
};

struct StoreMoveReport {
  std::size_t blobsCopied = 0;
  std::size_t blobsVerifiedInPlace = 0; // found at the target, hashed, kept
  std::size_t blobsAlreadyVerified = 0; // skipped thanks to the journal
  std::uint64_t bytesCopied = 0;
  std::vector<std::filesystem::path> movedManifests; // relative
  std::vector<std::string> verifiedBlobs;            // at the target, checked against their names
  std::vector<DamagedBlob> damaged;
  bool complete() const { return damaged.empty(); }
};

struct SourceCleanup {
  std::size_t filesRemoved = 0;
  std::uint64_t bytesFreed = 0;
  std::vector<std::string> kept; // what stays, and why
};

// True when `folder` has at least one manifest (it holds models).
bool storeHoldsModels(const std::filesystem::path& folder);

// The journal's file name inside the target.
inline constexpr const char* kMoveJournalName = ".modeldesk-move.json";

Result<StoreMovePlan> planStoreMove(const std::filesystem::path& source, const std::filesystem::path& target,
                                    const StoreMoveOptions& options = {});

// Phase "moving", in bytes of blobs done (copied and verified). Cancel leaves
// no temp file; what was verified stays and counts on the next run.
Result<StoreMoveReport> moveStore(const StoreMovePlan& plan, ProgressReporter& progress,
                                  const StoreMoveOptions& options = {});

// Removes from the source what moveStore() put, verified, at the target.
Result<SourceCleanup> deleteMovedSource(const StoreMovePlan& plan, const StoreMoveReport& report);

} // namespace md::env
