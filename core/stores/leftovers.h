#pragma once
// Temp files ModelDesk left in a store or folder when it was killed (a merge's
// ".NAME.modeldesk-partial-PID" beside its output, an import's hidden temp
// blob in an Ollama store's blobs/): the scanners list those whose process is
// gone as reclaimable entries; one still being written is not listed.
// removeLeftovers deletes them, checking each owner again first.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/stores/file_walk.h"
#include "core/stores/store_entry.h"

namespace md::stores {

// True when `file` has ModelDesk's temp name (whether or not its owner runs).
bool isModelDeskTemp(const std::filesystem::path& file);

// The entry for a temp file whose process is gone; nothing when the name is
// not a temp name or its process is still running.
std::optional<StoreEntry> leftoverEntry(SourceKind source, const std::filesystem::path& root,
                                        const std::filesystem::path& file, const FileStat& stat);

struct LeftoverRemoval {
  std::size_t removed = 0;
  std::uint64_t bytesFreed = 0;
  std::vector<std::pair<std::filesystem::path, std::string>> failed; // the path and why
};

// Deletes the leftover entries among `entries` (others are ignored), skipping
// any whose process runs again (a reused process id).
LeftoverRemoval removeLeftovers(const std::vector<StoreEntry>& entries);

} // namespace md::stores
