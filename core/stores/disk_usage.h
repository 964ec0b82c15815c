#pragma once
// Where the disk went: space by source and by model (each physical file
// counted once), duplicates across stores (same SHA-256, or for GGUF files
// the same size and name) and the bytes that could be reclaimed (orphan
// blobs, partial downloads, extra copies of duplicates, temp files left by
// killed merges and imports).

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/stores/store_entry.h"

namespace md::stores {

struct UsageBucket {
  SourceKind source = SourceKind::Folder;
  std::string label; // the source name, or the model
  std::uint64_t bytes = 0;
  std::size_t files = 0;
};

struct DuplicateGroup {
  std::string key;                  // "sha256:<hex>" or "<name>|<size>"
  std::uint64_t size = 0;           // of one copy
  std::vector<std::size_t> entries; // one entry per distinct physical copy
  std::vector<std::string> physicalIds;
  bool acrossStores = false; // the copies sit in different sources
  std::uint64_t reclaimable() const { return entries.empty() ? 0 : size * (entries.size() - 1); }
};

struct DiskUsage {
  std::uint64_t totalBytes = 0; // every physical file once
  std::vector<UsageBucket> bySource;
  std::vector<UsageBucket> byModel; // largest first
  std::vector<DuplicateGroup> duplicates;
  std::unordered_set<std::string> duplicateIds; // physical ids of every copy in a group
  std::uint64_t orphanBytes = 0;
  std::uint64_t partialBytes = 0;
  std::uint64_t duplicateBytes = 0;
  std::uint64_t leftoverBytes = 0; // temp files of killed merges and imports
  std::uint64_t reclaimableBytes() const { return orphanBytes + partialBytes + duplicateBytes + leftoverBytes; }
};

DiskUsage computeDiskUsage(const std::vector<StoreEntry>& entries);

// True when the entry's file is one of the copies of a duplicate group.
bool isDuplicate(const DiskUsage& usage, const StoreEntry& entry);

} // namespace md::stores
