#include "core/stores/store_scanner.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "core/gguf/reader.h"
#include "core/gguf/summary.h"
#include "core/stores/folder_scan.h"
#include "core/stores/hf_cache.h"
#include "core/stores/modelscope_cache.h"
#include "core/stores/ollama_store.h"
#include "core/util/paths.h"

namespace fs = std::filesystem;

namespace md::stores {
namespace {

// The reporter is not thread-safe; workers share it through this lock.
class SharedProgress {
public:
  explicit SharedProgress(ProgressReporter& reporter) : reporter_(reporter) {}
  void begin(const char* phase, std::uint64_t total) {
    std::lock_guard lock(mutex_);
    reporter_.beginPhase(phase, total);
  }
  void advance(const std::string& detail) {
    std::lock_guard lock(mutex_);
    reporter_.setDetail(detail);
    reporter_.advance(1);
  }
  void finish() {
    std::lock_guard lock(mutex_);
    reporter_.finishPhase();
  }

private:
  std::mutex mutex_;
  ProgressReporter& reporter_;
};

// Runs tasks on `threads` workers that pull the next index until done.
void runParallel(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& task) {
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < count; i = next++)
      task(i);
  };
  std::vector<std::thread> pool;
  const unsigned extra = unsigned(std::min<std::size_t>(threads, count)) - (count > 0 ? 1 : 0);
  for (unsigned i = 0; i < extra; ++i)
    pool.emplace_back(worker);
  worker();
  for (auto& thread : pool)
    thread.join();
}

std::vector<std::function<SourceScan()>> sourceTasks(const ScanRequest& request, const CancelToken* cancel) {
  std::vector<std::function<SourceScan()>> tasks;
  if (request.ollama)
    tasks.push_back([dir = *request.ollama, cancel] { return scanOllamaStore(dir, cancel); });
  if (request.huggingFace)
    tasks.push_back([dir = *request.huggingFace, cancel] { return scanHuggingFaceCache(dir, cancel); });
  if (request.modelScope)
    tasks.push_back([dir = *request.modelScope, cancel] { return scanModelScopeCache(dir, cancel); });
  for (const fs::path& folder : request.folders)
    tasks.push_back([folder, cancel] { return scanGgufFolder(folder, cancel); });
  return tasks;
}

IndexedHeader readHeader(const HeaderReader& reader, const StoreEntry& entry) {
  IndexedHeader header{entry.size, entry.mtimeNs, std::nullopt, {}};
  try {
    auto file = reader ? reader(entry.realPath) : gguf::readGguf(entry.realPath);
    if (file.ok())
      header.facts = headerFactsFrom(gguf::summarize(file.value()));
    else
      header.error = file.error().describe();
  } catch (const std::exception& e) {
    header.error = std::string("unexpected error: ") + e.what();
  }
  return header;
}

// Keeps what this scan saw, and what lies outside the stores it scanned.
std::set<std::string> keysToKeep(const HeaderIndex& index, std::set<std::string> seen, const ScanRequest& request) {
  std::vector<std::string> roots;
  for (const auto& root : {request.ollama, request.huggingFace, request.modelScope})
    if (root)
      roots.push_back(pathToUtf8(*root));
  for (const fs::path& folder : request.folders)
    roots.push_back(pathToUtf8(folder));
  for (const std::string& key : index.keys())
    if (std::none_of(roots.begin(), roots.end(), [&](const std::string& root) { return key.rfind(root, 0) == 0; }))
      seen.insert(key);
  return seen;
}

// Gives every GGUF entry its header facts: from the index when the file is
// unchanged, else read on `threads` workers (each physical file once). New
// reads go into the index. False when cancelled.
bool readHeaders(const ScanRequest& request, unsigned threads, HeaderIndex& index, SharedProgress& shared,
                 const ProgressReporter& progress, ScanReport& report, std::set<std::string>& seenKeys) {
  std::unordered_map<std::string, std::size_t> firstByKey; // realPath -> entry holding the header
  std::vector<std::size_t> toRead;
  std::vector<std::pair<std::size_t, std::size_t>> sharers; // (entry, holder)
  for (std::size_t i = 0; i < report.entries.size(); ++i) {
    StoreEntry& entry = report.entries[i];
    if (!entry.gguf)
      continue;
    std::string key = pathToUtf8(entry.realPath);
    const auto [holder, first] = firstByKey.emplace(key, i);
    if (!first) {
      sharers.emplace_back(i, holder->second);
    } else if (const IndexedHeader* known = index.find(key, entry.size, entry.mtimeNs)) {
      entry.header = known->facts;
      entry.headerError = known->error;
      ++report.headersFromIndex;
    } else {
      toRead.push_back(i);
    }
    seenKeys.insert(std::move(key));
  }
  shared.begin("reading headers", toRead.size());
  runParallel(toRead.size(), threads, [&](std::size_t i) {
    if (progress.cancelled())
      return;
    StoreEntry& entry = report.entries[toRead[i]];
    IndexedHeader header = readHeader(request.reader, entry);
    entry.header = header.facts;
    entry.headerError = header.error;
    shared.advance(pathToUtf8(entry.path.filename()));
  });
  shared.finish();
  if (progress.cancelled())
    return false;
  report.headersRead = toRead.size();
  for (std::size_t i : toRead) {
    const StoreEntry& entry = report.entries[i];
    index.put(pathToUtf8(entry.realPath), IndexedHeader{entry.size, entry.mtimeNs, entry.header, entry.headerError});
  }
  for (const auto& [i, holder] : sharers) {
    report.entries[i].header = report.entries[holder].header;
    report.entries[i].headerError = report.entries[holder].headerError;
  }
  return true;
}

} // namespace

Result<ScanReport> scanStores(const ScanRequest& request, ProgressReporter& progress) {
  const CancelToken* cancel = progress.cancelToken();
  const unsigned threads = request.threads ? request.threads : std::max(2u, std::thread::hardware_concurrency());
  SharedProgress shared(progress);
  ScanReport report;

  // 1. Discover files, one store per worker.
  const auto tasks = sourceTasks(request, cancel);
  std::vector<SourceScan> scans(tasks.size());
  shared.begin("discovering", tasks.size());
  runParallel(tasks.size(), threads, [&](std::size_t i) {
    scans[i] = tasks[i]();
    shared.advance(std::to_string(scans[i].entries.size()) + " files");
  });
  shared.finish();
  if (progress.cancelled())
    return ProgressReporter::cancelledError();
  for (auto& scan : scans) {
    std::move(scan.entries.begin(), scan.entries.end(), std::back_inserter(report.entries));
    std::move(scan.notes.begin(), scan.notes.end(), std::back_inserter(report.notes));
  }

  // 2. Headers: each physical GGUF once, from the index when unchanged.
  HeaderIndex index;
  bool indexChanged = false;
  if (!request.indexFolder.empty()) {
    indexChanged = !fs::exists(HeaderIndex::fileIn(request.indexFolder));
    if (auto loaded = index.load(request.indexFolder); !loaded) {
      report.notes.emplace_back(loaded.error().where.path, loaded.error().text);
      indexChanged = true;
    }
  }
  std::set<std::string> seenKeys;
  if (!readHeaders(request, threads, index, shared, progress, report, seenKeys))
    return ProgressReporter::cancelledError();
  if (!request.indexFolder.empty()) {
    indexChanged |= report.headersRead > 0;
    indexChanged |= index.retainOnly(keysToKeep(index, seenKeys, request)) > 0;
    if (indexChanged)
      if (auto saved = index.save(request.indexFolder); !saved)
        report.notes.emplace_back(saved.error().where.path, saved.error().text);
  }
  return report;
}

} // namespace md::stores
