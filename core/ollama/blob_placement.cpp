#include "core/ollama/blob_placement.h"

#include <system_error>

#include "core/io/file.h"
#include "core/io/file_hash.h"
#include "core/io/segment_copy.h"
#include "core/io/staged_output.h"
#include "core/ollama/digest.h"
#include "core/util/paths.h"

#ifndef _WIN32
#include <sys/stat.h>
#endif

namespace md::ollama {
namespace {

namespace fs = std::filesystem;

constexpr const char* kTempPrefix = "import-"; // temp files: ".import-<name>.modeldesk-partial-<pid>"

Error cannotPlace(const ImportBlob& blob, const std::string& why, const fs::path& where) {
  return makeError(ErrorCode::Io, Message(MessageId::CannotPlaceBlob, {blob.name, why}), atPath(where));
}

// A reporter whose one phase (`phase`, in bytes) follows `inner`'s bar.
ProgressReporter phaseOf(ProgressReporter& progress, std::string phase, std::uint64_t total,
                         const std::string& detail) {
  progress.beginPhase(std::move(phase), total, detail);
  return progress.nested([&progress](const Progress& inner) { progress.update(inner.done); });
}

// A clone of the whole of `source` at `temp`; false when the filesystem cannot.
Result<bool> cloneWhole(const fs::path& source, const fs::path& temp, std::uint64_t size) {
  auto input = io::File::openRead(source);
  if (!input)
    return input.error();
  auto output = io::File::createNew(temp);
  if (!output)
    return output.error();
  auto cloned = output->appendClone(*input, 0, size);
  bool whole = cloned && cloned->bytes == size;
  if (whole && !output->sync())
    whole = false;
  output->close();
  if (!whole) {
    std::error_code ec;
    fs::remove(temp, ec);
  }
  if (!cloned)
    return cloned.error();
  return whole;
}

} // namespace

const char* placementName(Placement placement) {
  switch (placement) {
  case Placement::Auto: return "auto";
  case Placement::Upload: return "upload";
  case Placement::Copy: return "copy";
  case Placement::Link: return "link";
  case Placement::Reflink: return "reflink";
  case Placement::Move: return "move";
  }
  return "auto";
}

std::optional<Placement> placementFromName(std::string_view name) {
  for (auto placement :
       {Placement::Auto, Placement::Upload, Placement::Copy, Placement::Link, Placement::Reflink, Placement::Move})
    if (name == placementName(placement))
      return placement;
  return std::nullopt;
}

BlobPlacer::BlobPlacer(fs::path store, PlacementOptions options)
    : store_(std::move(store)), options_(std::move(options)) {}

BlobPlacer::~BlobPlacer() {
  removePlaced();
}

Result<PlacedBlob> BlobPlacer::place(const ImportBlob& blob, Placement requested, ProgressReporter& progress) {
  if (progress.cancelled())
    return ProgressReporter::cancelledError();
  if (requested == Placement::Upload)
    return makeError(ErrorCode::Internal, "Upload is not a placement");
  if (blob.joined() || requested == Placement::Copy)
    return join(blob, requested, progress);
  std::error_code ec;
  const auto size = fs::file_size(blob.source, ec);
  if (ec)
    return io::ioError("Cannot read", blob.source, ec.value());
  if (size != blob.size)
    return makeError(ErrorCode::Io,
                     Message(MessageId::SizeChanged, {pathToUtf8(blob.source.filename()), MessageArg::bytes(size),
                                                      MessageArg::bytes(blob.size)}),
                     atPath(blob.source));
  if (requested == Placement::Move && !onSameFilesystem(blob.source, fs::exists(blobsDir()) ? blobsDir() : store_))
    return moveAcross(blob, progress);
  auto shared = shareOrMove(blob, requested, progress);
  if (!shared && requested == Placement::Move && shared.error().text.id == MessageId::PlacementNeedsOneFilesystem)
    return moveAcross(blob, progress); // one device, but two mounts: rename cannot cross them
  // Across filesystems, or where links are not allowed: copy (hashing in the same pass).
  const bool cannotShare = !shared && (shared.error().code == ErrorCode::Unsupported ||
                                       shared.error().text.id == MessageId::CannotPlaceBlob);
  if (cannotShare && requested == Placement::Auto)
    return join(blob, Placement::Auto, progress);
  return shared;
}

Result<PlacedBlob> BlobPlacer::join(const ImportBlob& blob, Placement method, ProgressReporter& progress) {
  auto staged =
      io::StagedOutput::create(blobsDir() / (kTempPrefix + blob.name), blob.size, {false, options_.freeSpace});
  if (!staged)
    return staged.error();
  if (blob.joined())
    progress.note(Message(MessageId::JoiningIntoStore, {blob.name, MessageArg::bytes(blob.size)}));
  auto inner = phaseOf(progress, blob.joined() ? "joining" : "placing", blob.size, blob.name);
  io::CopyOptions copyOptions;
  copyOptions.allowClone = method != Placement::Copy || blob.joined();
  auto copied = io::copySegments(blob.segments, staged->file(), inner, copyOptions);
  if (!copied)
    return copied.error();
  progress.finishPhase();
  if (copied->bytes != blob.size)
    return makeError(
        ErrorCode::Io,
        Message(MessageId::SizeChanged, {blob.name, MessageArg::bytes(copied->bytes), MessageArg::bytes(blob.size)}),
        atPath(blob.joined() ? fs::path() : blob.source));
  const std::string digest = digestFromHex(copied->sha256);
  if (auto checked = checkDigest(blob, digest); !checked)
    return checked.error();
  if (progress.cancelled())
    return ProgressReporter::cancelledError();
  PlacedBlob placed;
  placed.digest = digest;
  placed.path = blobsDir() / ("sha256-" + copied->sha256);
  placed.method = copied->clonedBytes == copied->bytes && copied->bytes > 0 ? Placement::Reflink : Placement::Copy;
  std::error_code ec;
  if (fs::exists(placed.path, ec)) {
    staged->abandon();
    placed.alreadyInStore = true;
    progress.note(Message(MessageId::BlobAlreadyInStore, {blob.name}));
    return placed;
  }
  if (auto committed = staged->commitAs(placed.path); !committed)
    return committed.error();
  placed_.push_back({placed.path, {}, {}});
  placed.bytesWritten = copied->bytes - copied->clonedBytes;
  if (!blob.joined())
    progress.note(placed.method == Placement::Reflink
                      ? Message(MessageId::PlacedByClone, {blob.name})
                      : Message(MessageId::PlacedByCopy, {blob.name, MessageArg::bytes(placed.bytesWritten)}));
  return placed;
}

Result<PlacedBlob> BlobPlacer::shareOrMove(const ImportBlob& blob, Placement method, ProgressReporter& progress) {
  const fs::path temp = io::partialPathFor(blobsDir() / (kTempPrefix + blob.name));
  std::error_code ec;
  fs::remove(temp, ec); // a leftover of this very process id is ours to replace
  PlacedBlob placed;
  progress.beginPhase("placing", blob.size, blob.name);
  if (method == Placement::Move) {
    // The only copy of the file moves: no temp name a cleanup could take for
    // litter. Its digest comes first, then it takes the blob's name at once.
    placed.method = Placement::Move;
    return commitTemp(blob, blob.source, placed, progress);
  }
  if (method == Placement::Auto || method == Placement::Reflink) {
    auto cloned = cloneWhole(blob.source, temp, blob.size);
    if (cloned && *cloned) {
      placed.method = Placement::Reflink;
      return commitTemp(blob, temp, placed, progress);
    }
    if (method == Placement::Reflink)
      return makeError(ErrorCode::Unsupported, Message(MessageId::CannotClone, {pathToUtf8(blob.source)}),
                       atPath(blob.source));
  }
  fs::create_hard_link(blob.source, temp, ec);
  if (ec) {
    if (ec == std::errc::cross_device_link)
      return makeError(ErrorCode::Unsupported,
                       Message(MessageId::PlacementNeedsOneFilesystem,
                               {pathToUtf8(blob.source), pathToUtf8(store_), placementName(Placement::Link)}),
                       atPath(blob.source));
    return cannotPlace(blob, ec.message(), blob.source);
  }
  placed.method = Placement::Link;
  return commitTemp(blob, temp, placed, progress);
}

// The copy is complete and named by its digest before anything happens to
// the source; the source goes only in keep(), once the model uses the blob.
Result<PlacedBlob> BlobPlacer::moveAcross(const ImportBlob& blob, ProgressReporter& progress) {
  progress.note(Message(MessageId::MovingAcrossFilesystems, {blob.name}));
  auto copied = join(blob, Placement::Copy, progress);
  if (!copied || copied->alreadyInStore)
    return copied;
  copied->method = Placement::Move;
  placed_.back().removeOnKeep = blob.source;
  return copied;
}

Result<PlacedBlob> BlobPlacer::commitTemp(const ImportBlob& blob, const fs::path& temp, PlacedBlob placed,
                                          ProgressReporter& progress) {
  const bool moving = placed.method == Placement::Move;
  std::error_code ec;
  auto dropTemp = [&] {
    if (!moving)
      fs::remove(temp, ec);
  };
  progress.update(blob.size);
  progress.finishPhase();
  std::string digest = blob.knownDigest;
  const bool trusted =
      blob.hint == DigestHint::Sidecar || (blob.hint == DigestHint::HuggingFaceCache && options_.trustCacheDigest);
  if (!trusted || digest.empty()) {
    if (blob.hint == DigestHint::None)
      progress.note(Message(MessageId::HashingFile, {blob.name}));
    auto hashed = io::sha256OfFile(temp, progress);
    if (!hashed) {
      dropTemp();
      return hashed.error();
    }
    digest = digestFromHex(*hashed);
    if (auto checked = checkDigest(blob, digest); !checked) {
      dropTemp();
      return checked.error();
    }
  } else if (blob.hint == DigestHint::HuggingFaceCache) {
    progress.note(Message(MessageId::UsingCacheDigest, {blob.name}));
  }
  if (progress.cancelled()) {
    dropTemp();
    return ProgressReporter::cancelledError();
  }
  placed.digest = digest;
  placed.path = blobsDir() / ("sha256-" + digest.substr(7));
  if (fs::exists(placed.path, ec)) {
    dropTemp();
    placed.alreadyInStore = true;
    progress.note(Message(MessageId::BlobAlreadyInStore, {blob.name}));
    return placed;
  }
  fs::rename(temp, placed.path, ec);
  if (ec) {
    dropTemp();
    if (moving && ec == std::errc::cross_device_link)
      return makeError(ErrorCode::Unsupported,
                       Message(MessageId::PlacementNeedsOneFilesystem,
                               {pathToUtf8(blob.source), pathToUtf8(store_), placementName(Placement::Move)}),
                       atPath(blob.source));
    return cannotPlace(blob, ec.message(), placed.path);
  }
  placed_.push_back({placed.path, moving ? blob.source : fs::path(), {}});
  progress.note(placed.method == Placement::Reflink ? Message(MessageId::PlacedByClone, {blob.name})
                : placed.method == Placement::Link  ? Message(MessageId::PlacedByHardLink, {blob.name})
                                                    : Message(MessageId::PlacedByMove, {blob.name}));
  return placed;
}

Status BlobPlacer::checkDigest(const ImportBlob& blob, const std::string& digest) const {
  if (blob.knownDigest.empty() || blob.knownDigest == digest)
    return {};
  if (blob.hint == DigestHint::HuggingFaceCache)
    return makeError(ErrorCode::Malformed, Message(MessageId::CacheDigestDiffers, {pathToUtf8(blob.source), digest}),
                     atPath(blob.source));
  return makeError(ErrorCode::Io,
                   "The SHA-256 of " + blob.name + " is " + digest + ", not the " + blob.knownDigest +
                       " its checksum file says",
                   atPath(blob.source));
}

void BlobPlacer::keep(const ProgressReporter* progress) {
  for (const auto& placed : placed_) {
    if (placed.removeOnKeep.empty())
      continue;
    std::error_code ec;
    const bool removed = fs::remove(placed.removeOnKeep, ec) && !ec;
    if (progress != nullptr)
      progress->note(removed ? Message(MessageId::RemovedMovedSource, {pathToUtf8(placed.removeOnKeep)})
                             : Message(MessageId::CannotRemoveMovedSource,
                                       {pathToUtf8(placed.removeOnKeep), ec ? ec.message() : "it was already gone"}));
  }
  placed_.clear();
}

void BlobPlacer::removePlaced(const ProgressReporter* progress) {
  for (auto it = placed_.rbegin(); it != placed_.rend(); ++it) {
    std::error_code ec;
    if (!it->movedFrom.empty())
      fs::rename(it->blob, it->movedFrom, ec);
    else
      fs::remove(it->blob, ec);
    if (progress != nullptr)
      progress->note(Message(MessageId::RemovedPlacedBlob, {pathToUtf8(it->blob.filename())}));
  }
  placed_.clear();
}

bool onSameFilesystem(const fs::path& a, const fs::path& b) {
#ifndef _WIN32
  struct stat first {};
  struct stat second {};
  return ::stat(a.c_str(), &first) == 0 && ::stat(b.c_str(), &second) == 0 && first.st_dev == second.st_dev;
#else
  std::error_code ec;
  return fs::absolute(a, ec).root_name() == fs::absolute(b, ec).root_name();
#endif
}

std::size_t removeLeftoverImportTemps(const fs::path& store, const ProgressReporter& progress) {
  std::size_t removed = 0;
  for (const auto& leftover : io::findLeftoverPartials(store / "blobs")) {
    if (leftover.ownerRunning || pathToUtf8(leftover.finalName).rfind(kTempPrefix, 0) != 0)
      continue;
    std::error_code ec;
    if (fs::remove(leftover.path, ec)) {
      ++removed;
      progress.note(Message(MessageId::RemovedLeftoverTemp, {pathToUtf8(leftover.path.filename())}));
    }
  }
  return removed;
}

} // namespace md::ollama
