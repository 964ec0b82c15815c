#pragma once
// A minimal, portable file handle for large sequential and positional I/O:
// POSIX on Linux/macOS, Win32 (wide paths) on Windows. Every call returns
// an Error value naming the path and what failed.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>

#include "core/util/result.h"

namespace md::io {

// What File::appendClone managed.
struct CloneOutcome {
  std::uint64_t bytes = 0;  // appended by sharing blocks (0: nothing, copy instead)
  bool unsupported = false; // the filesystem or platform cannot clone: do not ask again
};

class File {
public:
  File() = default;
  ~File();
  File(File&& other) noexcept;
  File& operator=(File&& other) noexcept;
  File(const File&) = delete;
  File& operator=(const File&) = delete;

  static Result<File> openRead(const std::filesystem::path& path);
  // Creates a new file; fails if it exists (O_EXCL), so nothing is clobbered.
  static Result<File> createNew(const std::filesystem::path& path);

  bool isOpen() const;
  const std::filesystem::path& path() const { return path_; }
  Result<std::uint64_t> size() const;

  // Reads up to buffer.size() bytes at `offset`; returns bytes read (0 at EOF).
  Result<std::size_t> readAt(std::uint64_t offset, std::span<std::byte> buffer) const;
  // Appends all of `bytes` at the current end.
  Status write(std::span<const std::byte> bytes);
  Status sync();
  void close();

  // Appends up to `length` bytes at `sourceOffset` of `source` by sharing the
  // filesystem's blocks instead of copying them: FICLONERANGE on Linux
  // (btrfs, XFS), FSCTL_DUPLICATE_EXTENTS_TO_FILE on Windows (ReFS, Dev
  // Drive), clonefile on macOS (APFS; whole files only, so only into an empty
  // file from offset 0). Only what the filesystem can share is cloned (whole
  // blocks, or a range that reaches the source's end); the caller copies the
  // rest. The write position moves past what was cloned.
  Result<CloneOutcome> appendClone(const File& source, std::uint64_t sourceOffset, std::uint64_t length);

  // Linux: starts writing [offset, offset + length) back to the disk without
  // waiting, so a long write streams to the disk as it goes instead of piling
  // up dirty pages for the final fsync. awaitWriteback waits until that range
  // has been written back, which bounds the dirty memory. Both report a
  // failed write-back (EIO, ENOSPC): waiting consumes the error, so a later
  // fsync may not see it again. Elsewhere (and where the file cannot do
  // this) they do nothing and succeed.
  Status startWriteback(std::uint64_t offset, std::uint64_t length);
  Status awaitWriteback(std::uint64_t offset, std::uint64_t length);

#ifdef _WIN32
  void* nativeHandle() const {
    return handle_;
  }
#else
  int descriptor() const {
    return fd_;
  }
#endif

private:
#ifdef _WIN32
  void* handle_ = nullptr;
#else
  int fd_ = -1;
#endif
  std::filesystem::path path_;
};

// An Io error "what path: strerror" with the path as location.
Error ioError(const std::string& what, const std::filesystem::path& path, int errorNumber);

} // namespace md::io
