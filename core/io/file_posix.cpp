#ifndef _WIN32
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/io/file.h"
#include "core/util/paths.h"

namespace md::io {

Error ioError(const std::string& what, const std::filesystem::path& path, int errorNumber) {
  const ErrorCode code = errorNumber == ENOSPC || errorNumber == EDQUOT ? ErrorCode::NoSpace
                         : errorNumber == ENOENT                        ? ErrorCode::NotFound
                         : errorNumber == EEXIST                        ? ErrorCode::AlreadyExists
                                                                        : ErrorCode::Io;
  return makeError(code, what + " " + pathToUtf8(path) + ": " + std::strerror(errorNumber), atPath(path));
}

File::~File() {
  close();
}

File::File(File&& other) noexcept : fd_(other.fd_), path_(std::move(other.path_)) {
  other.fd_ = -1;
}

File& File::operator=(File&& other) noexcept {
  if (this != &other) {
    close();
    fd_ = other.fd_;
    path_ = std::move(other.path_);
    other.fd_ = -1;
  }
  return *this;
}

Result<File> File::openRead(const std::filesystem::path& path) {
  File file;
  file.path_ = path;
  file.fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (file.fd_ < 0)
    return ioError("Cannot open", path, errno);
  return file;
}

Result<File> File::createNew(const std::filesystem::path& path) {
  File file;
  file.path_ = path;
  file.fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (file.fd_ < 0)
    return ioError("Cannot create", path, errno);
  return file;
}

bool File::isOpen() const {
  return fd_ >= 0;
}

Result<std::uint64_t> File::size() const {
  struct stat info {};
  if (::fstat(fd_, &info) != 0)
    return ioError("Cannot stat", path_, errno);
  return std::uint64_t(info.st_size);
}

Result<std::size_t> File::readAt(std::uint64_t offset, std::span<std::byte> buffer) const {
  for (;;) {
    const ssize_t n = ::pread(fd_, buffer.data(), buffer.size(), off_t(offset));
    if (n >= 0)
      return std::size_t(n);
    if (errno != EINTR)
      return ioError("Cannot read", path_, errno);
  }
}

Status File::write(std::span<const std::byte> bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return ioError("Cannot write", path_, errno);
    }
    bytes = bytes.subspan(std::size_t(n));
  }
  return {};
}

Status File::sync() {
  if (::fsync(fd_) != 0)
    return ioError("Cannot flush", path_, errno);
  return {};
}

void File::close() {
  if (fd_ >= 0) {
    ::close(fd_);
    fd_ = -1;
  }
}

} // namespace md::io
#endif
