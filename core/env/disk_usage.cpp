#include "core/env/disk_usage.h"

#include <set>
#include <system_error>
#include <utility>

#include "core/util/paths.h"

#ifndef _WIN32
#include <sys/stat.h>
#endif

namespace md::env {
namespace fs = std::filesystem;

Result<FolderSize> folderSize(const fs::path& folder, ProgressReporter& progress) {
  FolderSize usage;
  std::error_code ec;
  if (!fs::is_directory(folder, ec))
    return usage;
  usage.exists = true;
  progress.beginPhase("measuring", 0, pathToUtf8(folder));
  std::set<std::pair<std::uint64_t, std::uint64_t>> seen; // (device, inode)
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
  if (ec)
    return makeError(ErrorCode::Io, "Cannot read " + pathToUtf8(folder) + ": " + ec.message(), atPath(folder));
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec)
      break;
    if (!it->is_regular_file(ec) || it->is_symlink(ec))
      continue;
#ifndef _WIN32
    struct stat info {};
    if (::lstat(it->path().c_str(), &info) != 0)
      continue;
    if (info.st_nlink > 1 && !seen.emplace(std::uint64_t(info.st_dev), std::uint64_t(info.st_ino)).second)
      continue;
    usage.bytes += std::uint64_t(info.st_size);
#else
    usage.bytes += it->file_size(ec);
#endif
    ++usage.files;
    if (!progress.update(usage.files))
      return ProgressReporter::cancelledError();
  }
  progress.finishPhase();
  return usage;
}

} // namespace md::env
