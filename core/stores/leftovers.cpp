#include "core/stores/leftovers.h"

#include <system_error>

#include "core/io/staged_output.h"
#include "core/util/paths.h"

namespace fs = std::filesystem;

namespace md::stores {

bool isModelDeskTemp(const fs::path& file) {
  return io::isPartialName(file);
}

std::optional<StoreEntry> leftoverEntry(SourceKind source, const fs::path& root, const fs::path& file,
                                        const FileStat& stat) {
  const auto leftover = io::leftoverPartialAt(file);
  if (!leftover || leftover->ownerRunning)
    return std::nullopt;
  StoreEntry entry = fileEntry(source, root, file, stat);
  entry.leftover = true;
  entry.leftoverPid = leftover->pid;
  entry.displayName = pathToUtf8(file.lexically_relative(root));
  entry.model = "(interrupted runs)";
  return entry;
}

LeftoverRemoval removeLeftovers(const std::vector<StoreEntry>& entries) {
  LeftoverRemoval removal;
  for (const StoreEntry& entry : entries) {
    if (!entry.leftover)
      continue;
    const auto now = io::leftoverPartialAt(entry.path);
    if (!now || now->ownerRunning)
      continue; // gone already, or its process id runs again
    std::error_code ec;
    if (fs::remove(entry.path, ec) && !ec) {
      ++removal.removed;
      removal.bytesFreed += now->size;
    } else {
      removal.failed.emplace_back(entry.path, ec ? ec.message() : "it was already gone");
    }
  }
  return removal;
}

} // namespace md::stores
