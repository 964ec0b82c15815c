// Runs a reclaim plan item by item, each checked again right before it is
// touched (see reclaim_run.h for the rules of each kind).

#include "core/stores/reclaim_run.h"

#include <system_error>
#include <variant>

#include "core/io/file.h"
#include "core/io/file_hash.h"
#include "core/io/replace_file.h"
#include "core/io/staged_output.h"
#include "core/stores/blobs_in_use.h"
#include "core/stores/file_walk.h"
#include "core/util/paths.h"

namespace fs = std::filesystem;

namespace md::stores {
namespace {

using Skip = std::optional<Message>;

MessageArg pathArg(const fs::path& path) {
  return MessageArg(pathToUtf8(path));
}

// Gone, or not the file the plan saw (size or time changed).
Skip changedSincePlan(const ReclaimItem& item) {
  const FileStat now = statFile(item.path);
  if (!now.exists)
    return Message(MessageId::ReclaimGone, {pathArg(item.path)});
  if (now.size != item.size || now.mtimeNs != item.mtimeNs)
    return Message(MessageId::ReclaimChangedSincePlan, {pathArg(item.path)});
  return std::nullopt;
}

// Why the orphan must stay: a manifest of its store names it now, or one
// cannot be read (it may need any blob), or the manifests cannot be listed.
Skip blobInUse(const ReclaimItem& item) {
  auto use = findBlobsInUse(item.store);
  if (!use)
    return Message(MessageId::ReclaimCannotCheck, {pathArg(item.path), MessageArg(use.error().text)});
  if (const ManifestBlobs* unreadable = use->firstUnreadable())
    return Message(MessageId::ReclaimManifestUnreadable, {pathArg(item.store / unreadable->relative)});
  if (!use->uses(item.sha256))
    return std::nullopt;
  for (const ManifestBlobs& manifest : use->manifests)
    for (const std::string& hex : manifest.hexes)
      if (hex == item.sha256)
        return Message(MessageId::ReclaimBlobInUse, {pathArg(item.path), MessageArg(manifest.model)});
  return Message(MessageId::ReclaimBlobInUse, {pathArg(item.path), MessageArg("?")});
}

Skip removeFile(const fs::path& path) {
  std::error_code ec;
  if (fs::remove(path, ec) && !ec)
    return std::nullopt;
  return Message(MessageId::ReclaimCannotDelete, {pathArg(path), MessageArg(ec ? ec.message() : "it is gone")});
}

class Runner {
public:
  Runner(const ReclaimRunOptions& options, ProgressReporter& progress) : options_(options), progress_(progress) {}

  // "deleted"/"reflink"/"hardlink", or why it was kept.
  std::variant<std::string, Message> apply(const ReclaimItem& item) {
    switch (item.kind) {
    case ReclaimKind::Orphan: return orNamed(deleteOrphan(item), "deleted");
    case ReclaimKind::Partial: return orNamed(deletePartial(item), "deleted");
    case ReclaimKind::Leftover: return orNamed(deleteLeftover(item), "deleted");
    case ReclaimKind::Duplicate: return linkDuplicate(item);
    }
    return std::string("deleted");
  }

private:
  static std::variant<std::string, Message> orNamed(const Skip& skip, const char* how) {
    if (skip)
      return *skip;
    return std::string(how);
  }

  ReclaimPlanOptions timing() const {
    ReclaimPlanOptions timing = options_.timing;
    if (!options_.fixedNow)
      timing.now = std::chrono::system_clock::now();
    return timing;
  }

  Skip oldAndUnchanged(const ReclaimItem& item) const {
    if (Skip changed = changedSincePlan(item))
      return changed;
    if (changedRecently(item.mtimeNs, timing()))
      return Message(MessageId::ReclaimChangedRecently,
                     {pathArg(item.path), MessageArg::number(std::uint64_t(timing().grace.count() / 60))});
    return std::nullopt;
  }

  Skip deleteOrphan(const ReclaimItem& item) {
    if (Skip skip = oldAndUnchanged(item))
      return skip;
    if (Skip used = blobInUse(item))
      return used;
    if (options_.beforeDelete)
      if (Skip refused = options_.beforeDelete(item))
        return refused;
    // Aside under a hidden temp name, then the manifests once more: one
    // written meanwhile gets its blob back.
    const fs::path aside = io::partialPathFor(item.path);
    std::error_code ec;
    fs::rename(item.path, aside, ec);
    if (ec)
      return Message(MessageId::ReclaimCannotDelete, {pathArg(item.path), MessageArg(ec.message())});
    Skip kept = blobInUse(item);
    if (!kept)
      kept = removeFile(aside);
    if (kept)
      fs::rename(aside, item.path, ec); // back under its own name
    return kept;
  }

  Skip deletePartial(const ReclaimItem& item) {
    if (Skip skip = oldAndUnchanged(item))
      return skip;
    return removeFile(item.path);
  }

  Skip deleteLeftover(const ReclaimItem& item) {
    const auto now = io::leftoverPartialAt(item.path);
    if (!now || !fs::exists(item.path))
      return Message(MessageId::ReclaimGone, {pathArg(item.path)});
    if (now->ownerRunning)
      return Message(MessageId::ReclaimOwnerRunning, {pathArg(item.path), MessageArg::number(std::uint64_t(now->pid))});
    return removeFile(item.path);
  }

  // The SHA-256 of `path`, or why it is not `expected`.
  Skip verifyHash(const fs::path& path, const std::string& expected) {
    auto inner = progress_.nested([](const Progress&) {});
    auto digest = io::sha256OfFile(path, inner);
    if (progress_.cancelled())
      return Message(MessageId::ReclaimCancelled, {pathArg(path)});
    if (!digest)
      return Message(MessageId::ReclaimCannotCheck, {pathArg(path), MessageArg(digest.error().text)});
    if (*digest != expected)
      return Message(MessageId::ReclaimHashDiffers, {pathArg(path), MessageArg(expected)});
    return std::nullopt;
  }

  // A clone of `kept` at `temp` when the filesystem can; else a hard link.
  std::variant<std::string, Message> makeLink(const fs::path& kept, const fs::path& temp, std::uint64_t size) {
    std::error_code ec;
    fs::remove(temp, ec);
    if (auto input = io::File::openRead(kept)) {
      if (auto output = io::File::createNew(temp)) {
        auto cloned = output->appendClone(*input, 0, size);
        const bool whole = cloned && cloned->bytes == size && output->sync();
        output->close();
        if (whole)
          return std::string("reflink");
        fs::remove(temp, ec);
      }
    }
    fs::create_hard_link(kept, temp, ec);
    if (ec)
      return Message(MessageId::ReclaimCannotLink, {pathArg(temp), pathArg(kept), MessageArg(ec.message())});
    return std::string("hardlink");
  }

  std::variant<std::string, Message> linkDuplicate(const ReclaimItem& item) {
    if (Skip changed = changedSincePlan(item))
      return *changed;
    const FileStat kept = statFile(item.kept);
    if (!kept.exists || kept.size != item.size)
      return Message(MessageId::ReclaimKeptChanged, {pathArg(item.kept)});
    if (kept.identity == statFile(item.path).identity)
      return Message(MessageId::ReclaimAlreadyLinked, {pathArg(item.path), pathArg(item.kept)});
    if (filesystemOf(item.kept) != filesystemOf(item.path))
      return Message(MessageId::ReclaimOtherFilesystem, {pathArg(item.path), pathArg(item.kept)});
    for (const fs::path& path : {item.kept, item.path})
      if (Skip differs = verifyHash(path, item.sha256))
        return *differs;
    const fs::path temp = io::partialPathFor(item.path);
    auto how = makeLink(item.kept, temp, item.size);
    if (std::holds_alternative<Message>(how))
      return how;
    std::error_code ec;
    if (std::get<std::string>(how) == "reflink")
      fs::permissions(temp, fs::status(item.path, ec).permissions(), ec);
    if (auto replaced = io::replaceFile(temp, item.path); !replaced) {
      fs::remove(temp, ec);
      return Message(MessageId::ReclaimCannotLink,
                     {pathArg(item.path), pathArg(item.kept), MessageArg(replaced.error().text)});
    }
    return how;
  }

  const ReclaimRunOptions& options_;
  ProgressReporter& progress_;
};

Message doneNote(const ReclaimDone& done) {
  const ReclaimItem& item = done.item;
  if (done.how == "reflink")
    return Message(MessageId::ReclaimClonedNote,
                   {pathArg(item.path), pathArg(item.kept), MessageArg::bytes(item.size)});
  if (done.how == "hardlink")
    return Message(MessageId::ReclaimHardLinkedNote,
                   {pathArg(item.path), pathArg(item.kept), MessageArg::bytes(item.size)});
  return Message(MessageId::ReclaimDeletedNote, {pathArg(item.path), MessageArg::bytes(item.size)});
}

} // namespace

ReclaimResult runReclaim(const ReclaimPlan& plan, const ReclaimRunOptions& options, ProgressReporter& progress) {
  ReclaimResult result;
  result.dryRun = options.dryRun;
  std::vector<const ReclaimItem*> chosen;
  for (const ReclaimItem& item : plan.items)
    if (options.only.empty() || options.only.count(item.kind))
      chosen.push_back(&item);
  if (options.dryRun)
    return result;
  Runner runner(options, progress);
  progress.beginPhase("reclaiming", chosen.size());
  for (const ReclaimItem* item : chosen) {
    if (progress.cancelled()) {
      result.cancelled = true;
      break;
    }
    progress.setDetail(pathToUtf8(item->path.filename()));
    auto outcome = runner.apply(*item);
    if (auto* reason = std::get_if<Message>(&outcome)) {
      progress.note(*reason);
      result.skipped.push_back({*item, *reason});
    } else {
      ReclaimDone done{*item, std::get<std::string>(outcome)};
      progress.note(doneNote(done));
      result.freedBytes += item->size;
      result.done.push_back(std::move(done));
    }
    progress.advance(1);
  }
  result.cancelled = result.cancelled || progress.cancelled();
  progress.finishPhase();
  return result;
}

} // namespace md::stores
