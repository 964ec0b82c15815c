#include "core/stores/folder_scan.h"

#include <array>

#include "core/gguf/split_names.h"
#include "core/stores/file_walk.h"
#include "core/stores/leftovers.h"
#include "core/util/paths.h"

namespace fs = std::filesystem;

namespace md::stores {
namespace {

constexpr std::array<const char*, 5> kPartialSuffixes{".part", ".incomplete", ".crdownload", ".download", ".partial"};

// Strips a download suffix from a lower-case name; true when there was one.
bool stripPartialSuffix(std::string& name) {
  for (const char* suffix : kPartialSuffixes)
    if (endsWith(name, suffix)) {
      name.resize(name.size() - std::string(suffix).size());
      return true;
    }
  return false;
}

} // namespace

SourceScan scanGgufFolder(const fs::path& folder, const CancelToken* cancel) {
  SourceScan scan;
  DirectoryWalker walker(scan.notes, cancel);
  walker.walk(folder, [&](const fs::path& file, const FileStat& stat) {
    if (isModelDeskTemp(file)) { // a killed merge's output: listed once its process is gone
      if (auto leftover = leftoverEntry(SourceKind::Folder, folder, file, stat))
        scan.entries.push_back(std::move(*leftover));
      return;
    }
    std::string name = lowerAscii(pathToUtf8(file.filename()));
    const bool partial = stripPartialSuffix(name);
    const bool part = !endsWith(name, ".gguf") && gguf::parsePartName(name).has_value();
    if (!endsWith(name, ".gguf") && !part)
      return;
    StoreEntry entry = fileEntry(SourceKind::Folder, folder, file, stat);
    entry.gguf = true;
    entry.partial = partial;
    entry.displayName = pathToUtf8(file.lexically_relative(folder));
    entry.model = pathToUtf8(file.parent_path().lexically_relative(folder));
    if (entry.model == ".")
      entry.model = pathToUtf8(folder.filename());
    if (part)
      entry.hints.push_back("byte-split part");
    scan.entries.push_back(std::move(entry));
  });
  return scan;
}

} // namespace md::stores
