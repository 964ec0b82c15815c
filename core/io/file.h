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
