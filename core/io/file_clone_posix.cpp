#ifndef _WIN32
// Block cloning and streaming writeback for md::io::File on Linux and macOS
// (other POSIX systems copy instead). The Windows twin is file_clone_win32.cpp.
#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef __linux__
#include <linux/fs.h>
#include <sys/ioctl.h>
#endif
#ifdef __APPLE__
#include <sys/attr.h>
#include <sys/clonefile.h>
#endif

#include "core/io/file.h"

namespace md::io {

#ifdef __linux__
Result<CloneOutcome> File::appendClone(const File& source, std::uint64_t sourceOffset, std::uint64_t length) {
  struct stat target {};
  struct stat from {};
  if (::fstat(fd_, &target) != 0)
    return ioError("Cannot stat", path_, errno);
  if (::fstat(source.fd_, &from) != 0)
    return ioError("Cannot stat", source.path_, errno);
  const std::uint64_t block = target.st_blksize > 0 ? std::uint64_t(target.st_blksize) : 4096;
  const std::uint64_t at = std::uint64_t(target.st_size);
  if (at % block != 0 || sourceOffset % block != 0)
    return CloneOutcome{}; // clones share whole blocks: this range must be copied
  // A range that reaches the source's end may end inside a block (the kernel
  // allows it when the target grows); any other range shares whole blocks.
  const bool toSourceEnd = sourceOffset + length == std::uint64_t(from.st_size);
  const std::uint64_t wanted = toSourceEnd ? length : length / block * block;
  if (wanted == 0)
    return CloneOutcome{};
  auto clone = [&](std::uint64_t bytes) {
    file_clone_range range{};
    range.src_fd = source.fd_;
    range.src_offset = sourceOffset;
    range.src_length = bytes;
    range.dest_offset = at;
    return ::ioctl(fd_, FICLONERANGE, &range) == 0 ? 0 : errno;
  };
  std::uint64_t cloned = wanted;
  int error = clone(cloned);
  if (error == EINVAL && cloned % block != 0 && cloned >= block) {
    cloned = cloned / block * block; // a filesystem that shares whole blocks only
    error = clone(cloned);
  }
  if (error != 0) {
    if (error == ENOSPC || error == EDQUOT || error == EIO)
      return ioError("Cannot clone into", path_, error);
    // EINVAL: this range does not line up; EOPNOTSUPP, ENOTTY, EXDEV: the
    // filesystem (or the pair of filesystems) cannot share blocks at all.
    return CloneOutcome{0, error != EINVAL};
  }
  if (::lseek(fd_, off_t(at + cloned), SEEK_SET) < 0)
    return ioError("Cannot seek", path_, errno);
  return CloneOutcome{cloned, false};
}

namespace {
// sync_file_range on what cannot do it (a pipe, some special files, an old
// kernel) fails with these: nothing was lost, the final fsync does the work.
bool cannotWriteBack(int error) {
  return error == ESPIPE || error == EINVAL || error == ENOSYS || error == EOPNOTSUPP;
}

Status syncRange(int fd, const std::filesystem::path& path, std::uint64_t offset, std::uint64_t length,
                 unsigned flags) {
  while (::sync_file_range(fd, off64_t(offset), off64_t(length), flags) != 0) {
    if (errno == EINTR)
      continue;
    if (cannotWriteBack(errno))
      return {};
    return ioError("Cannot write back", path, errno);
  }
  return {};
}
} // namespace

Status File::startWriteback(std::uint64_t offset, std::uint64_t length) {
  return syncRange(fd_, path_, offset, length, SYNC_FILE_RANGE_WRITE);
}

Status File::awaitWriteback(std::uint64_t offset, std::uint64_t length) {
  return syncRange(fd_, path_, offset, length,
                   SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER);
}

#elif defined(__APPLE__)
// APFS clones whole files (clonefile), not ranges: the clone replaces this
// still-empty file, is cut to `length`, and writing continues after it.
Result<CloneOutcome> File::appendClone(const File& source, std::uint64_t sourceOffset, std::uint64_t length) {
  struct stat target {};
  if (::fstat(fd_, &target) != 0)
    return ioError("Cannot stat", path_, errno);
  if (target.st_size != 0 || sourceOffset != 0 || length == 0)
    return CloneOutcome{};
  // The clone comes first, before anything is written or flushed (the
  // output's StreamingFlush starts its helper only later), so no other
  // thread holds this descriptor while it is replaced.
  const std::filesystem::path path = path_;
  ::close(fd_);
  fd_ = -1;
  if (::unlink(path.c_str()) != 0 && errno != ENOENT)
    return ioError("Cannot replace", path, errno);
  // CLONE_NOOWNERCOPY (10.14+; it matters when running as root) makes the
  // output this user's; a system that does not know it refuses it (EINVAL).
  std::uint32_t flags = 0;
#ifdef CLONE_NOOWNERCOPY
  flags = CLONE_NOOWNERCOPY;
#endif
  int cloned = ::fclonefileat(source.fd_, AT_FDCWD, path.c_str(), flags);
  if (cloned != 0 && errno == EINVAL && flags != 0)
    cloned = ::fclonefileat(source.fd_, AT_FDCWD, path.c_str(), 0);
  // The clone took the source's mode and flags, which may keep this process
  // from writing to it (read-only, an ACL, uchg): then it is not used.
  if (cloned == 0 && (::chmod(path.c_str(), 0644) != 0 || (fd_ = ::open(path.c_str(), O_WRONLY | O_CLOEXEC)) < 0)) {
    cloned = -1;
    errno = ENOTSUP;
    if (::unlink(path.c_str()) != 0)
      return ioError("Cannot replace", path, errno);
  }
  if (cloned != 0) {
    const int error = errno;
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd_ < 0)
      return ioError("Cannot create", path, errno);
    if (error == ENOSPC || error == EDQUOT)
      return ioError("Cannot clone into", path, error);
    return CloneOutcome{0, true}; // ENOTSUP (not APFS), EXDEV (another volume)
  }
  struct stat made {};
  if (::fstat(fd_, &made) != 0)
    return ioError("Cannot stat", path, errno);
  const std::uint64_t kept = std::min<std::uint64_t>(std::uint64_t(made.st_size), length);
  if (std::uint64_t(made.st_size) > kept && ::ftruncate(fd_, off_t(kept)) != 0)
    return ioError("Cannot truncate", path, errno);
  if (::lseek(fd_, off_t(kept), SEEK_SET) < 0)
    return ioError("Cannot seek", path, errno);
  return CloneOutcome{kept, false};
}

Status File::startWriteback(std::uint64_t, std::uint64_t) {
  return {};
}
Status File::awaitWriteback(std::uint64_t, std::uint64_t) {
  return {};
}

#else
Result<CloneOutcome> File::appendClone(const File&, std::uint64_t, std::uint64_t) {
  return CloneOutcome{0, true};
}

Status File::startWriteback(std::uint64_t, std::uint64_t) {
  return {};
}
Status File::awaitWriteback(std::uint64_t, std::uint64_t) {
  return {};
}
#endif

} // namespace md::io
#endif
