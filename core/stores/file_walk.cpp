#include "core/stores/file_walk.h"

#include <algorithm>
#include <system_error>

#include "core/util/paths.h"

#ifndef _WIN32
#include <sys/stat.h>
#endif

namespace fs = std::filesystem;

namespace md::stores {

FileStat statFile(const fs::path& path) {
  FileStat result;
#ifndef _WIN32
  struct stat linkInfo {};
  if (::lstat(path.c_str(), &linkInfo) != 0)
    return result;
  result.isSymlink = S_ISLNK(linkInfo.st_mode);
  struct stat info = linkInfo;
  if (result.isSymlink && ::stat(path.c_str(), &info) != 0)
    return result; // a dangling symlink
  result.exists = true;
  result.isDirectory = S_ISDIR(info.st_mode);
  result.isRegular = S_ISREG(info.st_mode);
  result.size = result.isRegular ? std::uint64_t(info.st_size) : 0;
#ifdef __APPLE__
  const struct timespec& modified = info.st_mtimespec;
#else
  const struct timespec& modified = info.st_mtim;
#endif
  result.mtimeNs = std::int64_t(modified.tv_sec) * 1000000000LL + modified.tv_nsec;
  result.identity = std::to_string(info.st_dev) + ":" + std::to_string(info.st_ino);
#else
  std::error_code error;
  const auto linkStatus = fs::symlink_status(path, error);
  if (error)
    return result;
  result.isSymlink = fs::is_symlink(linkStatus);
  const auto status = fs::status(path, error);
  if (error || !fs::exists(status))
    return result;
  result.exists = true;
  result.isDirectory = fs::is_directory(status);
  result.isRegular = fs::is_regular_file(status);
  if (result.isRegular)
    result.size = fs::file_size(path, error);
  const auto time = fs::last_write_time(path, error);
  result.mtimeNs =
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::file_clock::to_sys(time).time_since_epoch())
          .count();
  result.identity = pathToUtf8(fs::weakly_canonical(path, error));
#endif
  return result;
}

fs::path resolvedPath(const fs::path& path, const FileStat& stat) {
  if (!stat.isSymlink)
    return path;
  std::error_code error;
  fs::path real = fs::canonical(path, error);
  return error ? path : real;
}

bool DirectoryWalker::enter(const FileStat& directory) {
  return visited_.insert(directory.identity).second;
}

std::vector<fs::path> DirectoryWalker::list(const fs::path& directory) {
  std::vector<fs::path> children;
  std::error_code error;
  fs::directory_iterator it(directory, error);
  if (error) {
    notes_.emplace_back(directory, Message(MessageId::CannotReadFolder, {error.message()}));
    return children;
  }
  for (; it != fs::directory_iterator(); it.increment(error)) {
    if (error) {
      notes_.emplace_back(directory, Message(MessageId::StoppedReadingFolder, {error.message()}));
      break;
    }
    children.push_back(it->path());
  }
  std::sort(children.begin(), children.end());
  return children;
}

void DirectoryWalker::walk(const fs::path& root, const FileVisitor& visit, int maxDepth) {
  const FileStat stat = statFile(root);
  if (!stat.exists || !stat.isDirectory) {
    notes_.emplace_back(root, Message(MessageId::NotAFolder));
    return;
  }
  if (enter(stat))
    walkInto(root, visit, maxDepth);
}

void DirectoryWalker::walkInto(const fs::path& directory, const FileVisitor& visit, int depthLeft) {
  // Real folders before symlinked ones, so a file shows under its own path.
  std::vector<std::pair<fs::path, FileStat>> children;
  for (const fs::path& child : list(directory))
    children.emplace_back(child, statFile(child));
  std::stable_partition(children.begin(), children.end(), [](const auto& child) { return !child.second.isSymlink; });
  for (const auto& [child, stat] : children) {
    if (cancel_ != nullptr && cancel_->cancelled())
      return;
    if (!stat.exists) {
      notes_.emplace_back(child, Message(stat.isSymlink ? MessageId::DanglingSymlink : MessageId::CannotReadEntry));
    } else if (stat.isDirectory) {
      if (depthLeft > 0 && enter(stat))
        walkInto(child, visit, depthLeft - 1);
    } else if (stat.isRegular) {
      visit(child, stat);
    }
  }
}

bool endsWith(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string lowerAscii(std::string text) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z')
      c = char(c - 'A' + 'a');
  return text;
}

bool isHexDigest(const std::string& text, std::size_t length) {
  return text.size() == length &&
         std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

StoreEntry fileEntry(SourceKind source, const fs::path& root, const fs::path& path, const FileStat& stat) {
  StoreEntry entry;
  entry.source = source;
  entry.root = root;
  entry.path = path;
  entry.realPath = resolvedPath(path, stat);
  entry.size = stat.size;
  entry.mtimeNs = stat.mtimeNs;
  entry.physicalId = stat.identity;
  return entry;
}

} // namespace md::stores
