// io::replaceFile (see replace_file.h): rename(2) on POSIX, MoveFileExW with
// retries on Windows.
#include "core/io/replace_file.h"

#include "core/util/paths.h"

#ifdef _WIN32
#define WIN32_LEAN_AND_MEAN
#include <windows.h>

#include <chrono>
#include <thread>

#include "core/io/file.h"
#else
#include <system_error>
#endif

namespace md::io {
namespace fs = std::filesystem;

#ifdef _WIN32

std::wstring win32Path(const fs::path& path) {
  std::error_code ec;
  fs::path chosen = fs::absolute(path, ec);
  if (ec)
    chosen = path;
  const std::wstring text = chosen.make_preferred().native();
  if (text.rfind(LR"(\\?\)", 0) == 0 || text.rfind(LR"(\\.\)", 0) == 0)
    return text;
  if (text.rfind(LR"(\\)", 0) == 0)
    return LR"(\\?\UNC\)" + text.substr(2);
  return LR"(\\?\)" + text;
}

Status replaceFile(const fs::path& from, const fs::path& to) {
  const std::wstring source = win32Path(from), target = win32Path(to);
  DWORD error = 0;
  // Up to about two seconds in all: a scanner or an indexer lets go quickly,
  // an editor or a running program does not.
  for (int attempt = 0; attempt < 8; ++attempt) {
    if (::MoveFileExW(source.c_str(), target.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
      return {};
    error = ::GetLastError();
    if (error != ERROR_ACCESS_DENIED && error != ERROR_SHARING_VIOLATION && error != ERROR_LOCK_VIOLATION)
      break;
    std::this_thread::sleep_for(std::chrono::milliseconds(25 << std::min(attempt, 4)));
  }
  if (error == ERROR_ACCESS_DENIED || error == ERROR_SHARING_VIOLATION || error == ERROR_LOCK_VIOLATION)
    return makeError(ErrorCode::Io, Message(MessageId::FileInUse, {pathToUtf8(to)}), atPath(to));
  return ioError("Cannot replace", to, int(error));
}

#else

Status replaceFile(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::rename(from, to, ec);
  if (ec)
    return makeError(ErrorCode::Io, "Cannot replace " + pathToUtf8(to) + ": " + ec.message(), atPath(to));
  return {};
}

#endif

} // namespace md::io
