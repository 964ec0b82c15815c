#pragma once
// The index cache: (path, size, mtime) -> header facts or the parse error,
// kept as JSON in a folder the caller gives (the app passes its data folder),
// so a rescan of unchanged files reads no headers.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/gguf/gguf_file.h"
#include "core/stores/store_entry.h"
#include "core/util/result.h"

namespace md::stores {

// Reads a GGUF header; injectable so tests can count reads.
using HeaderReader = std::function<Result<gguf::GgufFile>(const std::filesystem::path&)>;

struct IndexedHeader {
  std::uint64_t size = 0;
  std::int64_t mtimeNs = 0;
  std::optional<HeaderFacts> facts;
  std::string error;
};

class HeaderIndex {
public:
  static std::filesystem::path fileIn(const std::filesystem::path& folder);

  // A missing file is an empty index; an unreadable one is an error (and empty).
  Status load(const std::filesystem::path& folder);
  // Writes atomically (temporary file, then rename); creates the folder.
  Status save(const std::filesystem::path& folder) const;

  const IndexedHeader* find(const std::string& key, std::uint64_t size, std::int64_t mtimeNs) const;
  void put(const std::string& key, IndexedHeader header);
  // Drops the files not seen by the last scan.
  void retainOnly(const std::set<std::string>& keys);
  std::size_t size() const { return headers_.size(); }
  std::vector<std::string> keys() const;

private:
  std::unordered_map<std::string, IndexedHeader> headers_;
};

} // namespace md::stores
