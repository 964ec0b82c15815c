// Planning a model store move: what the source holds, what the target
// already has (the journal of an earlier, interrupted move), and the
// refusals. Nothing is written except a probe file that tests writability.

#include <algorithm>
#include <set>
#include <system_error>

#include "core/env/model_store_move.h"
#include "core/env/model_store_move_internal.h"
#include "core/io/atomic_write.h"
#include "core/io/file.h"
#include "core/io/staged_output.h"
#include "core/ollama/digest.h"
#include "core/stores/blobs_in_use.h"
#include "core/stores/ollama_store.h"
#include "core/util/paths.h"

namespace md::env {
namespace fs = std::filesystem;

namespace {

Error refusal(ErrorCode code, const std::string& message, const fs::path& where) {
  return makeError(code, message, atPath(where));
}

bool isInside(const fs::path& inner, const fs::path& outer) {
  const fs::path relative = inner.lexically_relative(outer);
  return !relative.empty() && *relative.begin() != ".." && relative != ".";
}

fs::path nearestExisting(fs::path path) {
  std::error_code ec;
  while (!fs::exists(path, ec) && path.has_relative_path())
    path = path.parent_path();
  return path;
}

void addDamaged(std::vector<DamagedBlob>& damaged, const std::string& name, const std::string& problem,
                const std::string& model) {
  for (auto& entry : damaged)
    if (entry.name == name) {
      entry.models.push_back(model);
      return;
    }
  damaged.push_back({name, problem, {model}});
}

// Where a blob sits in the source: the modern name, or the legacy
// "sha256:<hex>" one older Ollama versions wrote.
std::string sourceBlobName(const fs::path& blobsDir, const std::string& modern) {
  std::error_code ec;
  if (fs::is_regular_file(blobsDir / modern, ec))
    return modern;
  const std::string legacy = "sha256:" + modern.substr(7);
#ifndef _WIN32
  if (fs::is_regular_file(blobsDir / legacy, ec))
    return legacy;
#endif
  return {};
}

Status checkWritable(const fs::path& target, bool serviceUser) {
  const fs::path existing = nearestExisting(target);
  std::error_code ec;
  const auto hint = [&] {
    return serviceUser ? " Ollama's system service runs as the `ollama` user, which must own the folder: "
                         "sudo mkdir -p '" +
                             pathToUtf8(target) + "' && sudo chown -R ollama:ollama '" + pathToUtf8(target) + "'"
                       : std::string();
  };
  if (!fs::is_directory(existing, ec))
    return refusal(ErrorCode::Invalid, pathToUtf8(existing) + " is not a folder.", existing);
  const fs::path probe = existing / pathFromUtf8(".modeldesk-write-test-" + std::to_string(moveinternal::processId()));
  fs::remove(probe, ec);
  auto file = io::File::createNew(probe);
  if (!file)
    return refusal(ErrorCode::Invalid, "Cannot write in " + pathToUtf8(existing) + "." + hint(), existing);
  file->close();
  fs::remove(probe, ec);
  return {};
}

} // namespace

bool storeHoldsModels(const fs::path& folder) {
  std::error_code ec;
  for (fs::recursive_directory_iterator it(folder / "manifests", ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file(ec) && !pathToUtf8(it->path().filename()).starts_with("."))
      return true;
  return false;
}

std::string describeWarning(MoveWarning warning, const StoreMovePlan& plan) {
  switch (warning) {
  case MoveWarning::QuitOllama:
    return "Quit Ollama before the move, and start it again only once OLLAMA_MODELS points at the new folder: at "
           "start-up Ollama deletes blobs that no manifest uses, and a model being copied has such blobs.";
  case MoveWarning::DesktopAppLocation:
    return "If you use the Ollama desktop app, its Settings > \"Model location\" overrides OLLAMA_MODELS: set it "
           "to the new folder there too.";
  case MoveWarning::LeftBehind:
    return std::to_string(plan.leftBehind) +
           " file(s) in blobs/ that no model uses (partial downloads, leftovers) stay in the old folder.";
  case MoveWarning::ServiceUserOwns:
    return "Ollama's system service runs as the `ollama` user, which must own the new folder: sudo chown -R "
           "ollama:ollama '" +
           pathToUtf8(plan.target) + "'. The service also needs OLLAMA_MODELS in its systemd override.";
  }
  return {};
}

namespace {

// The two folders, canonical, and the refusals that need no reading of the
// store: the same folder, one inside the other, a source with no models.
Status resolveFolders(const fs::path& sourceIn, const fs::path& targetIn, StoreMovePlan& plan) {
  std::error_code ec;
  if (!sourceIn.is_absolute() || !targetIn.is_absolute())
    return refusal(ErrorCode::Invalid, "Both folders must be absolute paths.", targetIn);
  plan.source = fs::weakly_canonical(sourceIn, ec).lexically_normal();
  if (ec)
    plan.source = sourceIn.lexically_normal();
  plan.target = fs::weakly_canonical(targetIn, ec).lexically_normal();
  if (ec)
    plan.target = targetIn.lexically_normal();
  for (fs::path* path : {&plan.source, &plan.target})
    if (!path->has_filename() && path->has_relative_path())
      *path = path->parent_path(); // drop a trailing separator

  if (plan.source == plan.target)
    return refusal(ErrorCode::Invalid, "The new folder is the store itself: " + pathToUtf8(plan.target), plan.target);
  if (isInside(plan.target, plan.source))
    return refusal(ErrorCode::Invalid,
                   "The new folder " + pathToUtf8(plan.target) + " is inside the store " + pathToUtf8(plan.source) +
                       "; choose a folder outside it.",
                   plan.target);
  if (isInside(plan.source, plan.target / "blobs") || isInside(plan.source, plan.target / "manifests") ||
      plan.source == plan.target / "blobs" || plan.source == plan.target / "manifests")
    return refusal(ErrorCode::Invalid,
                   "The store " + pathToUtf8(plan.source) + " lies inside the new folder's blobs/ or manifests/.",
                   plan.target);
  if (!storeHoldsModels(plan.source))
    return refusal(ErrorCode::NotFound, pathToUtf8(plan.source) + " holds no Ollama models (no manifests).",
                   plan.source);

  return {};
}

// The manifests that move whole and the blobs they use; the damaged ones
// and what they miss are listed, not moved.
Status planManifests(StoreMovePlan& plan) {
  std::error_code ec;
  const fs::path sourceBlobs = plan.source / "blobs";
  auto use = stores::findBlobsInUse(plan.source);
  if (!use)
    return use.error();
  for (const stores::ManifestBlobs& listed : use->manifests) {
    const fs::path& relative = listed.relative;
    StoreManifest manifest;
    manifest.relative = relative;
    manifest.model = listed.model;
    if (!listed.problem.empty()) {
      addDamaged(plan.damaged, pathToUtf8(relative), listed.problem, manifest.model);
      continue;
    }
    std::vector<std::string> modern;
    for (const auto& hex : listed.hexes)
      modern.push_back("sha256-" + hex);
    bool whole = true;
    for (const auto& name : modern) {
      const std::string found = sourceBlobName(sourceBlobs, name);
      if (found.empty()) {
        addDamaged(plan.damaged, name, "missing from the store", manifest.model);
        whole = false;
        continue;
      }
      manifest.blobs.push_back(found);
      if (plan.blobs.count(found) == 0) {
        StoreBlob blob;
        blob.digest = name.substr(7);
        blob.size = fs::file_size(sourceBlobs / found, ec);
        plan.blobs.emplace(found, blob);
      }
    }
    // A manifest at the target that says something else is another model.
    auto there = io::readSmallFile(plan.target / relative);
    if (there && there->has_value() && **there != listed.text)
      return refusal(ErrorCode::AlreadyExists,
                     "The new folder already has a different " + manifest.model +
                         "; remove it there (ollama rm) or choose another folder.",
                     plan.target / relative);
    if (whole)
      plan.manifests.push_back(std::move(manifest));
  }

  return {};
}

// What an earlier, interrupted move already left verified at the target,
// what is left to copy or verify, and what no model uses.
void planTargetState(StoreMovePlan& plan) {
  std::error_code ec;
  const fs::path sourceBlobs = plan.source / "blobs";
  const auto journal = moveinternal::readJournal(plan.target);
  for (auto& [name, blob] : plan.blobs) {
    plan.totalBytes += blob.size;
    const fs::path there = plan.target / "blobs" / pathFromUtf8(name);
    if (fs::is_regular_file(there, ec) && fs::file_size(there, ec) == blob.size) {
      const auto it = journal.find(name);
      blob.verifiedAtTarget = it != journal.end() && it->second == blob.size;
      blob.presentAtTarget = !blob.verifiedAtTarget;
      if (blob.presentAtTarget)
        plan.bytesToVerify += blob.size;
    } else {
      plan.bytesToCopy += blob.size;
    }
  }
  for (fs::directory_iterator it(sourceBlobs, ec), end; !ec && it != end; it.increment(ec))
    if (plan.blobs.count(pathToUtf8(it->path().filename())) == 0)
      ++plan.leftBehind;
}

} // namespace

Result<StoreMovePlan> planStoreMove(const fs::path& sourceIn, const fs::path& targetIn,
                                    const StoreMoveOptions& options) {
  StoreMovePlan plan;
  if (auto folders = resolveFolders(sourceIn, targetIn, plan); !folders)
    return folders.error();
  if (auto manifests = planManifests(plan); !manifests)
    return manifests.error();
  planTargetState(plan);
  if (auto writable = checkWritable(plan.target, options.serviceUser); !writable)
    return writable.error();
  if (auto space = io::checkFreeSpace(nearestExisting(plan.target), plan.bytesToCopy, options.freeSpace); !space)
    return space.error();

  plan.warnings = {MoveWarning::QuitOllama, MoveWarning::DesktopAppLocation};
  if (plan.leftBehind > 0)
    plan.warnings.push_back(MoveWarning::LeftBehind);
  if (options.serviceUser)
    plan.warnings.push_back(MoveWarning::ServiceUserOwns);
  return plan;
}

} // namespace md::env
