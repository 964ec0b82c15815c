#pragma once
// Safe directory walking for store scanners: follows symlinks to folders but
// never enters the same folder twice (tracked by device and inode), so a
// symlink loop ends; unreadable entries become notes instead of failures.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "core/stores/store_entry.h"
#include "core/util/progress.h"

namespace md::stores {

struct FileStat {
  bool exists = false;
  bool isDirectory = false;
  bool isRegular = false;
  bool isSymlink = false; // the path itself is a symlink (lstat)
  std::uint64_t size = 0;
  std::int64_t mtimeNs = 0;
  std::string identity; // "dev:inode" of the target, or the canonical path
};

// Stats `path`, following symlinks for everything but isSymlink.
FileStat statFile(const std::filesystem::path& path);

// The file a symlink chain ends at, or `path` itself.
std::filesystem::path resolvedPath(const std::filesystem::path& path, const FileStat& stat);

// An entry for the file at `path` as `stat` found it: source, root, path,
// real path, size, time and physical identity; the rest is the scanner's.
StoreEntry fileEntry(SourceKind source, const std::filesystem::path& root, const std::filesystem::path& path,
                     const FileStat& stat);

using FileVisitor = std::function<void(const std::filesystem::path&, const FileStat&)>;

class DirectoryWalker {
public:
  DirectoryWalker(std::vector<ScanNote>& notes, const CancelToken* cancel) : notes_(notes), cancel_(cancel) {}

  // Calls `visit` for every regular file below `root`, depth first.
  void walk(const std::filesystem::path& root, const FileVisitor& visit, int maxDepth = 64);
  // Marks a folder as visited; false when it was already visited.
  bool enter(const FileStat& directory);
  // The entries of one folder (names sorted), or nothing with a note.
  std::vector<std::filesystem::path> list(const std::filesystem::path& directory);

private:
  void walkInto(const std::filesystem::path& directory, const FileVisitor& visit, int depthLeft);

  std::vector<ScanNote>& notes_;
  const CancelToken* cancel_;
  std::set<std::string> visited_;
};

bool endsWith(const std::string& text, const std::string& suffix);
// Lower-cased ASCII.
std::string lowerAscii(std::string text);
bool isHexDigest(const std::string& text, std::size_t length);

} // namespace md::stores
