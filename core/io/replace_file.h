#pragma once
// Replacing a file by another on the same volume in one step, as the last
// move of every atomic write (atomic_write, StagedOutput). POSIX: rename(2).
// Windows: MoveFileExW (replace, write through) on \\?\ long paths; a target
// that another program holds open cannot be replaced there, so a few short
// retries let a virus scanner or indexer let go, and then the error says the
// file is in use. Either way the target keeps its old bytes until it is replaced.

#include <filesystem>
#include <string>

#include "core/util/result.h"

namespace md::io {

Status replaceFile(const std::filesystem::path& from, const std::filesystem::path& to);

#ifdef _WIN32
// `path` as Win32 wants it for any length: absolute, backslashes, and the "\\?\"
// prefix (\\?\UNC\ for a share) so the 260-character limit does not apply.
std::wstring win32Path(const std::filesystem::path& path);
#endif

} // namespace md::io
