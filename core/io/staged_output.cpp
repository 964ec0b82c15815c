#include "core/io/staged_output.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <system_error>

#include "core/io/replace_file.h"
#include "core/util/paths.h"

#ifdef _WIN32
#include <process.h>
#define MD_GETPID _getpid
#else
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#define MD_GETPID getpid
#endif

namespace md::io {
namespace fs = std::filesystem;

namespace {
constexpr const char* kPartialMarker = ".modeldesk-partial-";
constexpr std::uint64_t kSpaceMargin = 16u << 20; // leave room for metadata

#ifndef _WIN32
void syncFolder(const fs::path& folder) {
  const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

bool processAlive(long pid) {
  return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}
#else
void syncFolder(const fs::path&) {}
bool processAlive(long) {
  return false;
}
#endif
} // namespace

Status checkFreeSpace(const fs::path& folder, std::uint64_t needed,
                      const std::function<std::uint64_t(const fs::path&)>& freeSpace) {
  std::uint64_t available = 0;
  if (freeSpace) {
    available = freeSpace(folder);
  } else {
    std::error_code ec;
    const auto info = fs::space(folder.empty() ? fs::path(".") : folder, ec);
    if (ec)
      return makeError(ErrorCode::Io, Message(MessageId::FreeSpaceUnknown, {pathToUtf8(folder), ec.message()}),
                       atPath(folder));
    available = info.available;
  }
  if (available < needed + kSpaceMargin) {
    const Message text =
        available >= needed
            ? Message(MessageId::NoSpaceWithHeadroom, {MessageArg::bytes(needed), MessageArg::bytes(kSpaceMargin),
                                                       pathToUtf8(folder), MessageArg::bytes(available)})
            : Message(MessageId::NoSpace,
                      {MessageArg::bytes(needed), pathToUtf8(folder), MessageArg::bytes(available)});
    return makeError(ErrorCode::NoSpace, text, atPath(folder));
  }
  return {};
}

Result<StagedOutput> StagedOutput::create(const fs::path& finalPath, std::uint64_t expectedSize,
                                          const StagedOutputOptions& options) {
  std::error_code ec;
  const fs::path folder = finalPath.parent_path().empty() ? fs::path(".") : finalPath.parent_path();
  if (!fs::is_directory(folder, ec))
    return makeError(ErrorCode::NotFound, Message(MessageId::OutputFolderMissing, {pathToUtf8(folder)}),
                     atPath(folder));
  if (fs::exists(finalPath, ec) && !options.overwrite)
    return makeError(ErrorCode::AlreadyExists, Message(MessageId::OutputExists, {pathToUtf8(finalPath)}),
                     atPath(finalPath));
  if (auto space = checkFreeSpace(folder, expectedSize, options.freeSpace); !space)
    return space.error();

  StagedOutput output;
  output.finalPath_ = finalPath;
  output.tempPath_ = partialPathFor(finalPath);
  output.overwrite_ = options.overwrite;
  fs::remove(output.tempPath_, ec); // a leftover of this very process id is ours to replace
  auto file = io::File::createNew(output.tempPath_);
  if (!file)
    return file.error();
  output.file_ = std::move(*file);
  return output;
}

StagedOutput::StagedOutput(StagedOutput&& other) noexcept
    : file_(std::move(other.file_)), tempPath_(std::move(other.tempPath_)), finalPath_(std::move(other.finalPath_)),
      overwrite_(other.overwrite_), done_(other.done_) {
  other.done_ = true;
}

StagedOutput& StagedOutput::operator=(StagedOutput&& other) noexcept {
  if (this != &other) {
    abandon();
    file_ = std::move(other.file_);
    tempPath_ = std::move(other.tempPath_);
    finalPath_ = std::move(other.finalPath_);
    overwrite_ = other.overwrite_;
    done_ = other.done_;
    other.done_ = true;
  }
  return *this;
}

StagedOutput::~StagedOutput() {
  abandon();
}

Status StagedOutput::commit() {
  if (done_)
    return makeError(ErrorCode::Internal, "The output was already finished");
  if (auto synced = file_.sync(); !synced) {
    abandon();
    return synced.error();
  }
  file_.close();
  std::error_code ec;
  if (!overwrite_ && fs::exists(finalPath_, ec)) {
    abandon();
    return makeError(ErrorCode::AlreadyExists, Message(MessageId::OutputAppeared, {pathToUtf8(finalPath_)}),
                     atPath(finalPath_));
  }
  if (Status replaced = replaceFile(tempPath_, finalPath_); !replaced) { // atomic on the same filesystem
    abandon();
    if (replaced.error().text.id == MessageId::FileInUse)
      return replaced.error();
    return makeError(ErrorCode::Io,
                     Message(MessageId::CannotRenameOutput, {pathToUtf8(finalPath_), replaced.error().message}),
                     atPath(finalPath_));
  }
  syncFolder(finalPath_.parent_path());
  done_ = true;
  return {};
}

Status StagedOutput::commitAs(const fs::path& finalPath) {
  finalPath_ = finalPath;
  return commit();
}

void StagedOutput::abandon() {
  if (done_)
    return;
  file_.close();
  std::error_code ec;
  fs::remove(tempPath_, ec);
  done_ = true;
}

fs::path partialPathFor(const fs::path& finalPath) {
  const std::string name = "." + pathToUtf8(finalPath.filename()) + kPartialMarker + std::to_string(MD_GETPID());
  return finalPath.parent_path() / pathFromUtf8(name);
}

bool isPartialName(const fs::path& fileName) {
  const std::string name = pathToUtf8(fileName.filename());
  return name.size() > 1 && name[0] == '.' && name.find(kPartialMarker) != std::string::npos;
}

std::optional<LeftoverPartial> leftoverPartialAt(const fs::path& file) {
  if (!isPartialName(file))
    return std::nullopt;
  const std::string name = pathToUtf8(file.filename());
  const auto marker = name.find(kPartialMarker);
  LeftoverPartial leftover;
  leftover.path = file;
  leftover.finalName = pathFromUtf8(name.substr(1, marker - 1));
  std::error_code ec;
  leftover.size = fs::file_size(file, ec);
  leftover.pid = std::strtol(name.c_str() + marker + std::strlen(kPartialMarker), nullptr, 10);
  leftover.ownerRunning = processAlive(leftover.pid);
  return leftover;
}

std::vector<LeftoverPartial> findLeftoverPartials(const fs::path& folder) {
  std::vector<LeftoverPartial> found;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code statError;
    if (it->is_regular_file(statError))
      if (auto leftover = leftoverPartialAt(it->path()))
        found.push_back(std::move(*leftover));
  }
  return found;
}

} // namespace md::io
