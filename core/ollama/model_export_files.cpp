// The files of one export under hidden temp names, renamed all at once
// (see model_export_files.h).

#include "core/ollama/model_export_files.h"

#include <span>
#include <system_error>

#include "core/io/file.h"
#include "core/io/file_hash.h"
#include "core/io/segment_copy.h"
#include "core/util/paths.h"
#include "core/util/sha256.h"

namespace md::ollama {
namespace {

namespace fs = std::filesystem;

// A reporter whose one phase (`phase`, in bytes) follows `inner`'s bar.
ProgressReporter phaseFor(ProgressReporter& progress, const char* phase, std::uint64_t total,
                          const std::string& detail) {
  progress.beginPhase(phase, total, detail);
  return progress.nested([&progress](const Progress& inner) { progress.update(inner.done); });
}

Error damaged(const std::string& relative, const std::string& digest, const std::string& actualHex,
              const fs::path& blob) {
  return makeError(ErrorCode::Malformed, Message(MessageId::ExportBlobDamaged, {relative, digest, actualHex}),
                   atPath(blob));
}

} // namespace

Status verifyBlobCopy(const fs::path& path, const fs::path& blob, const std::string& digest,
                      const std::string& relative, ProgressReporter& progress) {
  std::error_code ec;
  auto inner = phaseFor(progress, "verifying", fs::file_size(path, ec), relative);
  auto hashed = io::sha256OfFile(path, inner);
  if (!hashed)
    return hashed.error();
  progress.finishPhase();
  if ("sha256:" + *hashed != digest)
    return damaged(relative, digest, *hashed, blob);
  return {};
}

ExportFiles::ExportFiles(fs::path folder, const ExportOptions& options)
    : folder_(std::move(folder)), options_(options) {}

ExportFiles::~ExportFiles() {
  if (!done_)
    removeAll();
}

Status ExportFiles::makeFolder() {
  std::vector<fs::path> missing;
  std::error_code ec;
  for (fs::path step = folder_; !step.empty() && !fs::exists(step, ec); step = step.parent_path()) {
    missing.push_back(step);
    if (step == step.parent_path())
      break;
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    if (!fs::create_directory(*it, ec) && ec)
      return io::ioError("Cannot create the folder", *it, ec.value());
    madeFolders_.push_back(*it);
  }
  if (!fs::is_directory(folder_, ec))
    return makeError(ErrorCode::Invalid, Message(MessageId::ExportFolderNotFolder, {pathToUtf8(folder_)}),
                     atPath(folder_));
  return {};
}

Status ExportFiles::checkFree(const std::vector<std::string>& names) const {
  std::error_code ec;
  for (const auto& name : names)
    if (const fs::path path = folder_ / pathFromUtf8(name); fs::exists(path, ec))
      return makeError(ErrorCode::AlreadyExists, Message(MessageId::OutputExists, {pathToUtf8(path)}), atPath(path));
  return {};
}

Result<ExportedFile> ExportFiles::addBlob(const fs::path& blob, const std::string& digest, std::uint64_t size,
                                          const std::string& relative, const std::string& role,
                                          ProgressReporter& progress) {
  if (progress.cancelled())
    return ProgressReporter::cancelledError();
  ExportedFile file;
  file.path = folder_ / pathFromUtf8(relative);
  file.relative = relative;
  file.role = role;
  file.size = size;
  file.sha256 = digest.substr(7);
  if (options_.allowClone) {
    auto cloned = tryClone(blob, digest, file, progress);
    if (!cloned || *cloned)
      return cloned ? Result<ExportedFile>(**cloned) : Result<ExportedFile>(cloned.error());
  }
  if (options_.allowLink) {
    auto linked = tryLink(blob, digest, file, progress);
    if (!linked || *linked)
      return linked ? Result<ExportedFile>(**linked) : Result<ExportedFile>(linked.error());
  }
  return copy(blob, digest, std::move(file), progress);
}

Result<std::optional<ExportedFile>> ExportFiles::tryClone(const fs::path& blob, const std::string& digest,
                                                          const ExportedFile& file, ProgressReporter& progress) {
  auto staged = io::StagedOutput::create(file.path, 0, {false, options_.freeSpace});
  if (!staged)
    return staged.error();
  auto input = io::File::openRead(blob);
  if (!input)
    return input.error();
  auto cloned = staged->file().appendClone(*input, 0, file.size);
  if (!cloned || cloned->bytes != file.size || file.size == 0)
    return std::optional<ExportedFile>(); // the filesystem cannot: abandoned
  if (auto verified = verifyBlobCopy(staged->tempPath(), blob, digest, file.relative, progress); !verified)
    return verified.error();
  ExportedFile done = file;
  done.placement = "reflink";
  progress.note(Message(MessageId::ExportedByClone, {file.relative}));
  pending_.push_back({std::move(*staged), {}, file.path});
  return std::optional<ExportedFile>(done);
}

Result<std::optional<ExportedFile>> ExportFiles::tryLink(const fs::path& blob, const std::string& digest,
                                                         const ExportedFile& file, ProgressReporter& progress) {
  const fs::path temp = io::partialPathFor(file.path);
  std::error_code ec;
  fs::remove(temp, ec); // a leftover of this very process id is ours to replace
  fs::create_hard_link(blob, temp, ec);
  if (ec)
    return std::optional<ExportedFile>(); // across filesystems, or not allowed: copy
  pending_.push_back({std::nullopt, temp, file.path});
  if (auto verified = verifyBlobCopy(temp, blob, digest, file.relative, progress); !verified)
    return verified.error();
  ExportedFile done = file;
  done.placement = "hardlink";
  progress.note(Message(MessageId::ExportedByHardLink, {file.relative}));
  return std::optional<ExportedFile>(done);
}

Result<ExportedFile> ExportFiles::copy(const fs::path& blob, const std::string& digest, ExportedFile file,
                                       ProgressReporter& progress) {
  auto staged = io::StagedOutput::create(file.path, file.size, {false, options_.freeSpace});
  if (!staged)
    return staged.error();
  auto inner = phaseFor(progress, "exporting", file.size, file.relative);
  io::CopyOptions copyOptions;
  copyOptions.allowClone = false;
  auto copied = io::copySegments({io::Segment::fileRange(blob, 0, file.size)}, staged->file(), inner, copyOptions);
  if (!copied)
    return copied.error();
  progress.finishPhase();
  if ("sha256:" + copied->sha256 != digest)
    return damaged(file.relative, digest, copied->sha256, blob);
  file.placement = "copy";
  file.bytesWritten = copied->bytes;
  progress.note(Message(MessageId::ExportedByCopy, {file.relative, MessageArg::bytes(copied->bytes)}));
  pending_.push_back({std::move(*staged), {}, file.path});
  return file;
}

Result<ExportedFile> ExportFiles::addText(const std::string& text, const std::string& relative,
                                          const std::string& role) {
  ExportedFile file;
  file.path = folder_ / pathFromUtf8(relative);
  file.relative = relative;
  file.role = role;
  file.size = text.size();
  file.placement = "copy";
  file.bytesWritten = text.size();
  Sha256 hash;
  hash.update(text.data(), text.size());
  file.sha256 = hash.finishHex();
  auto staged = io::StagedOutput::create(file.path, text.size(), {false, options_.freeSpace});
  if (!staged)
    return staged.error();
  if (auto written = staged->file().write(std::as_bytes(std::span(text.data(), text.size()))); !written)
    return written.error();
  pending_.push_back({std::move(*staged), {}, file.path});
  return file;
}

Status ExportFiles::commitAll() {
  for (auto& pending : pending_) {
    std::error_code ec;
    if (pending.output) {
      if (auto committed = pending.output->commit(); !committed)
        return committed.error();
    } else if (fs::exists(pending.finalPath, ec)) {
      return makeError(ErrorCode::AlreadyExists, Message(MessageId::OutputAppeared, {pathToUtf8(pending.finalPath)}),
                       atPath(pending.finalPath));
    } else if (fs::rename(pending.linkTemp, pending.finalPath, ec); ec) {
      return io::ioError("Cannot rename", pending.linkTemp, ec.value());
    }
    pending.linkTemp.clear();
    committed_.push_back(pending.finalPath);
  }
  pending_.clear();
  done_ = true;
  return {};
}

void ExportFiles::removeAll() {
  std::error_code ec;
  for (auto& pending : pending_) {
    if (pending.output)
      pending.output->abandon();
    if (!pending.linkTemp.empty())
      fs::remove(pending.linkTemp, ec);
  }
  pending_.clear();
  for (const auto& path : committed_)
    fs::remove(path, ec);
  committed_.clear();
  for (auto it = madeFolders_.rbegin(); it != madeFolders_.rend(); ++it)
    fs::remove(*it, ec); // only when empty
  madeFolders_.clear();
}

} // namespace md::ollama
