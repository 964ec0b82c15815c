#pragma once
// Scans every requested store in parallel on worker threads, then reads the
// GGUF headers (header only) on a small pool, through the index cache.
// Progress phases: "discovering" (stores done / stores), "reading headers"
// (files done / files to read). Cancel stops both phases.

#include <filesystem>
#include <optional>
#include <vector>

#include "core/stores/header_index.h"
#include "core/stores/store_entry.h"
#include "core/util/progress.h"
#include "core/util/result.h"

namespace md::stores {

struct ScanRequest {
  std::optional<std::filesystem::path> ollama;      // the models folder (manifests/, blobs/)
  std::optional<std::filesystem::path> huggingFace; // the hub folder (models--*)
  std::optional<std::filesystem::path> modelScope;  // MODELSCOPE_CACHE
  std::vector<std::filesystem::path> folders;
  std::filesystem::path indexFolder; // empty: no index cache
  HeaderReader reader;               // empty: gguf::readGguf
  unsigned threads = 0;              // 0: hardware concurrency, at least 2
};

struct ScanReport {
  std::vector<StoreEntry> entries;
  std::vector<ScanNote> notes;
  std::size_t headersRead = 0;      // files whose header was read in this scan
  std::size_t headersFromIndex = 0; // files answered by the index cache
};

Result<ScanReport> scanStores(const ScanRequest& request, ProgressReporter& progress);

} // namespace md::stores
