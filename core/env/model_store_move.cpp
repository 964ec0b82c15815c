// Moving an Ollama model store: copy and verify blob by blob, manifest by
// manifest, with a journal for resuming; and, later, removing the moved
// source files. See model_store_move.h for the guarantees.

#include "core/env/model_store_move.h"

#include <set>
#include <system_error>

#include <nlohmann/json.hpp>

#include "core/env/model_store_move_internal.h"
#include "core/io/atomic_write.h"
#include "core/io/file_hash.h"
#include "core/io/segment_copy.h"
#include "core/io/staged_output.h"
#include "core/stores/blobs_in_use.h"
#include "core/util/paths.h"

#ifdef _WIN32
#include <process.h>
#else
#include <unistd.h>
#endif

namespace md::env {
namespace fs = std::filesystem;
using nlohmann::json;

namespace moveinternal {

long processId() {
#ifdef _WIN32
  return long(_getpid());
#else
  return long(::getpid());
#endif
}

Journal readJournal(const fs::path& target) {
  Journal journal;
  auto text = io::readSmallFile(target / kMoveJournalName);
  if (!text || !text->has_value())
    return journal;
  const json parsed = json::parse(**text, nullptr, false);
  if (!parsed.is_object() || !parsed.contains("verified") || !parsed["verified"].is_object())
    return journal;
  for (const auto& [name, size] : parsed["verified"].items())
    if (size.is_number_unsigned())
      journal[name] = size.get<std::uint64_t>();
  return journal;
}

Status writeJournal(const fs::path& target, const Journal& journal) {
  json verified = json::object();
  for (const auto& [name, size] : journal)
    verified[name] = size;
  return io::writeFileAtomically(target / kMoveJournalName, json{{"verified", verified}}.dump(1) + "\n");
}

} // namespace moveinternal

namespace {

// Hidden temp files a killed run left: blob partials (StagedOutput) and
// manifest temps (writeFileAtomically). A live owner's files are kept.
void removeLeftovers(const fs::path& target) {
  std::error_code ec;
  for (const auto& leftover : io::findLeftoverPartials(target / "blobs"))
    if (!leftover.ownerRunning)
      fs::remove(leftover.path, ec);
  std::vector<fs::path> temps;
  for (fs::recursive_directory_iterator it(target / "manifests", ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = pathToUtf8(it->path().filename());
    if (name.starts_with(".") && name.find(".modeldesk-tmp-") != std::string::npos)
      temps.push_back(it->path());
  }
  for (const auto& temp : temps)
    fs::remove(temp, ec);
}

class MoveRun {
public:
  MoveRun(const StoreMovePlan& plan, ProgressReporter& progress, const StoreMoveOptions& options)
      : plan_(plan), progress_(progress), options_(options), journal_(moveinternal::readJournal(plan.target)) {}

  Result<StoreMoveReport> run() {
    std::error_code ec;
    fs::create_directories(plan_.target / "blobs", ec);
    fs::create_directories(plan_.target / "manifests", ec);
    if (ec)
      return makeError(ErrorCode::Io, "Cannot create " + pathToUtf8(plan_.target) + ": " + ec.message(),
                       atPath(plan_.target));
    removeLeftovers(plan_.target);
    report_.damaged = plan_.damaged;
    progress_.beginPhase("moving", plan_.bytesToCopy + plan_.bytesToVerify, pathToUtf8(plan_.target));
    for (const auto& manifest : plan_.manifests) {
      bool whole = true;
      for (const auto& name : manifest.blobs) {
        auto ready = ensureBlob(name);
        if (!ready)
          return ready.error();
        whole = whole && *ready;
      }
      if (!whole)
        continue; // its damaged blob is reported; the model stays in the source
      if (auto copied = copyManifest(manifest.relative); !copied)
        return copied.error();
      report_.movedManifests.push_back(manifest.relative);
    }
    progress_.finishPhase();
    if (report_.complete())
      fs::remove(plan_.target / kMoveJournalName, ec);
    return report_;
  }

private:
  // True when the blob is verified at the target; false when it is damaged.
  Result<bool> ensureBlob(const std::string& name) {
    if (const auto it = outcome_.find(name); it != outcome_.end())
      return it->second;
    const StoreBlob& blob = plan_.blobs.at(name);
    Result<bool> result = true;
    if (blob.verifiedAtTarget && journal_.count(name) != 0) {
      ++report_.blobsAlreadyVerified;
    } else {
      result = blob.presentAtTarget ? verifyInPlace(name, blob) : copyBlob(name, blob);
      if (!result)
        return result;
      if (*result) {
        journal_[name] = blob.size;
        if (auto saved = moveinternal::writeJournal(plan_.target, journal_); !saved)
          return saved.error();
      }
    }
    if (*result)
      report_.verifiedBlobs.push_back(name);
    outcome_[name] = *result;
    return result;
  }

  // A file of the right size from an earlier run, not in the journal (killed
  // between the rename and the journal write): hash it; copy again if wrong.
  Result<bool> verifyInPlace(const std::string& name, const StoreBlob& blob) {
    const fs::path there = plan_.target / "blobs" / pathFromUtf8(name);
    const std::uint64_t base = done_;
    auto part = progress_.nested([&](const Progress& p) { progress_.update(base + p.done); });
    auto digest = io::sha256OfFile(there, part);
    if (!digest)
      return digest.error();
    if (*digest == blob.digest) {
      done_ = base + blob.size;
      ++report_.blobsVerifiedInPlace;
      return true;
    }
    return copyBlob(name, blob); // a wrong file: replaced by a verified copy
  }

  Result<bool> copyBlob(const std::string& name, const StoreBlob& blob) {
    const fs::path from = plan_.source / "blobs" / pathFromUtf8(name);
    const fs::path to = plan_.target / "blobs" / pathFromUtf8(name);
    std::error_code ec;
    const std::uint64_t size = fs::file_size(from, ec);
    if (ec)
      return damaged(name, "cannot be read: " + ec.message());
    io::StagedOutputOptions staging;
    staging.overwrite = fs::exists(to, ec); // a wrong copy from an earlier run
    staging.freeSpace = options_.freeSpace;
    auto out = io::StagedOutput::create(to, size, staging);
    if (!out)
      return out.error();
    progress_.setDetail(name);
    // Half of the blob's share for the copy, half for reading it back.
    const std::uint64_t base = done_;
    auto copying = progress_.nested([&](const Progress& p) { progress_.update(base + p.done / 2); });
    io::CopyOptions copyOptions;
    copyOptions.computeSha256 = false; // the target itself is verified below
    auto copied = io::copySegments({io::Segment::fileRange(from, 0, size)}, out->file(), copying, copyOptions);
    if (!copied)
      return copied.error();
    auto reading = progress_.nested([&](const Progress& p) { progress_.update(base + size / 2 + p.done / 2); });
    auto digest = io::sha256OfFile(out->tempPath(), reading);
    if (!digest)
      return digest.error();
    done_ = base + size;
    if (*digest != blob.digest) {
      out->abandon();
      auto quiet = progress_.nested({});
      auto original = io::sha256OfFile(from, quiet);
      if (!original)
        return original.error();
      if (*original != blob.digest)
        return damaged(name, "its bytes do not match its name (they hash to " + original->substr(0, 12) + "…)");
      return makeError(ErrorCode::Io,
                       "The copy of " + name + " does not match the original; the new disk may be failing", atPath(to));
    }
    if (auto committed = out->commit(); !committed)
      return committed.error();
    ++report_.blobsCopied;
    report_.bytesCopied += size;
    return true;
  }

  Result<bool> damaged(const std::string& name, const std::string& problem) {
    DamagedBlob entry{name, problem, {}};
    for (const auto& manifest : plan_.manifests)
      for (const auto& used : manifest.blobs)
        if (used == name)
          entry.models.push_back(manifest.model);
    report_.damaged.push_back(std::move(entry));
    return false;
  }

  Status copyManifest(const fs::path& relative) {
    auto bytes = io::readSmallFile(plan_.source / relative);
    if (!bytes)
      return bytes.error();
    if (!bytes->has_value())
      return makeError(ErrorCode::NotFound, "The manifest disappeared during the move",
                       atPath(plan_.source / relative));
    auto there = io::readSmallFile(plan_.target / relative);
    if (!there || !there->has_value() || **there != **bytes)
      if (auto written = io::writeFileAtomically(plan_.target / relative, **bytes); !written)
        return written;
    std::error_code ec;
    const auto modified = fs::last_write_time(plan_.source / relative, ec);
    if (!ec)
      fs::last_write_time(plan_.target / relative, modified, ec); // Ollama shows it as "modified"
    return {};
  }

  const StoreMovePlan& plan_;
  ProgressReporter& progress_;
  const StoreMoveOptions& options_;
  moveinternal::Journal journal_;
  std::map<std::string, bool> outcome_;
  std::uint64_t done_ = 0;
  StoreMoveReport report_;
};

// Every blob the manifests still in the source use, by its modern and its
// legacy name (the damaged ones keep all they name).
std::set<std::string> blobsStillUsed(const fs::path& source) {
  std::set<std::string> used;
  auto use = stores::findBlobsInUse(source);
  if (!use)
    return used;
  for (const auto& hex : use->hexes) {
    used.insert("sha256-" + hex);
    used.insert("sha256:" + hex);
  }
  return used;
}

void removeEmptyFolders(const fs::path& folder) {
  std::error_code ec;
  std::vector<fs::path> folders;
  for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_directory(ec))
      folders.push_back(it->path());
  for (auto it = folders.rbegin(); it != folders.rend(); ++it)
    if (fs::is_empty(*it, ec))
      fs::remove(*it, ec);
  if (fs::is_empty(folder, ec))
    fs::remove(folder, ec);
}

} // namespace

Result<StoreMoveReport> moveStore(const StoreMovePlan& plan, ProgressReporter& progress,
                                  const StoreMoveOptions& options) {
  return MoveRun(plan, progress, options).run();
}

Result<SourceCleanup> deleteMovedSource(const StoreMovePlan& plan, const StoreMoveReport& report) {
  SourceCleanup cleanup;
  std::error_code ec;
  // Manifests first: a model never points at a blob that is gone.
  for (const auto& relative : report.movedManifests) {
    auto here = io::readSmallFile(plan.source / relative);
    auto there = io::readSmallFile(plan.target / relative);
    if (!here || !there || !here->has_value() || !there->has_value() || **here != **there) {
      cleanup.kept.push_back(pathToUtf8(relative) + ": not the same at the new folder");
      continue;
    }
    if (fs::remove(plan.source / relative, ec)) {
      ++cleanup.filesRemoved;
      cleanup.bytesFreed += (*here)->size();
    } else {
      cleanup.kept.push_back(pathToUtf8(relative) + ": " + ec.message());
    }
  }
  const std::set<std::string> stillUsed = blobsStillUsed(plan.source);
  for (const auto& name : report.verifiedBlobs) {
    const fs::path here = plan.source / "blobs" / pathFromUtf8(name);
    const fs::path there = plan.target / "blobs" / pathFromUtf8(name);
    if (stillUsed.count(name) != 0) {
      cleanup.kept.push_back(name + ": a model left in the old folder uses it");
      continue;
    }
    const std::uint64_t size = fs::file_size(here, ec);
    if (ec || fs::file_size(there, ec) != size || ec) {
      cleanup.kept.push_back(name + ": not the same size at the new folder");
      continue;
    }
    if (fs::remove(here, ec)) {
      ++cleanup.filesRemoved;
      cleanup.bytesFreed += size;
    } else {
      cleanup.kept.push_back(name + ": " + ec.message());
    }
  }
  for (const auto& blob : report.damaged)
    cleanup.kept.push_back(blob.name + ": " + blob.problem);
  removeEmptyFolders(plan.source / "manifests");
  if (fs::is_empty(plan.source / "blobs", ec))
    fs::remove(plan.source / "blobs", ec);
  if (fs::is_empty(plan.source, ec))
    fs::remove(plan.source, ec);
  return cleanup;
}

} // namespace md::env
