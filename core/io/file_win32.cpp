#ifdef _WIN32
// Win32 implementation of md::io::File: wide \\?\ paths (no 260-character
// limit), positional reads through OVERLAPPED offsets. Run by the Windows tests
// under Wine (tests/windows).
#define WIN32_LEAN_AND_MEAN
#include <windows.h>

#include "core/io/file.h"
#include "core/io/replace_file.h"
#include "core/util/paths.h"

namespace md::io {

Error ioError(const std::string& what, const std::filesystem::path& path, int errorNumber) {
  ErrorCode code = ErrorCode::Io;
  if (errorNumber == ERROR_DISK_FULL || errorNumber == ERROR_HANDLE_DISK_FULL)
    code = ErrorCode::NoSpace;
  else if (errorNumber == ERROR_FILE_NOT_FOUND || errorNumber == ERROR_PATH_NOT_FOUND)
    code = ErrorCode::NotFound;
  else if (errorNumber == ERROR_FILE_EXISTS)
    code = ErrorCode::AlreadyExists;
  return makeError(code, what + " " + pathToUtf8(path) + ": Windows error " + std::to_string(errorNumber),
                   atPath(path));
}

File::~File() {
  close();
}

File::File(File&& other) noexcept : handle_(other.handle_), path_(std::move(other.path_)) {
  other.handle_ = nullptr;
}

File& File::operator=(File&& other) noexcept {
  if (this != &other) {
    close();
    handle_ = other.handle_;
    path_ = std::move(other.path_);
    other.handle_ = nullptr;
  }
  return *this;
}

Result<File> File::openRead(const std::filesystem::path& path) {
  // Others may go on writing, renaming or deleting: a reader never blocks them
  // (a merge reads the output it is still writing, to verify it).
  HANDLE h =
      ::CreateFileW(win32Path(path).c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                    nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL | FILE_FLAG_SEQUENTIAL_SCAN, nullptr);
  if (h == INVALID_HANDLE_VALUE)
    return ioError("Cannot open", path, int(::GetLastError()));
  File file;
  file.handle_ = h;
  file.path_ = path;
  return file;
}

Result<File> File::createNew(const std::filesystem::path& path) {
  // Readable while it is written (the verification pass), removable by its owner.
  HANDLE h = ::CreateFileW(win32Path(path).c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_DELETE, nullptr,
                           CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
  if (h == INVALID_HANDLE_VALUE)
    return ioError("Cannot create", path, int(::GetLastError()));
  File file;
  file.handle_ = h;
  file.path_ = path;
  return file;
}

bool File::isOpen() const {
  return handle_ != nullptr;
}

Result<std::uint64_t> File::size() const {
  LARGE_INTEGER size{};
  if (!::GetFileSizeEx(handle_, &size))
    return ioError("Cannot stat", path_, int(::GetLastError()));
  return std::uint64_t(size.QuadPart);
}

Result<std::size_t> File::readAt(std::uint64_t offset, std::span<std::byte> buffer) const {
  OVERLAPPED at{};
  at.Offset = DWORD(offset & 0xffffffffu);
  at.OffsetHigh = DWORD(offset >> 32);
  DWORD read = 0;
  const DWORD want = DWORD(std::min<std::size_t>(buffer.size(), 1u << 30));
  if (!::ReadFile(handle_, buffer.data(), want, &read, &at) && ::GetLastError() != ERROR_HANDLE_EOF)
    return ioError("Cannot read", path_, int(::GetLastError()));
  return std::size_t(read);
}

Status File::write(std::span<const std::byte> bytes) {
  while (!bytes.empty()) {
    DWORD written = 0;
    const DWORD want = DWORD(std::min<std::size_t>(bytes.size(), 1u << 30));
    if (!::WriteFile(handle_, bytes.data(), want, &written, nullptr))
      return ioError("Cannot write", path_, int(::GetLastError()));
    bytes = bytes.subspan(written);
  }
  return {};
}

Status File::sync() {
  if (!::FlushFileBuffers(handle_))
    return ioError("Cannot flush", path_, int(::GetLastError()));
  return {};
}

void File::close() {
  if (handle_) {
    ::CloseHandle(handle_);
    handle_ = nullptr;
  }
}

} // namespace md::io
#endif
