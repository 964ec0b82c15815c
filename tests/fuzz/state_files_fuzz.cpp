// libFuzzer target for ModelDesk's own state files, damaged: the first byte
// picks the file (0: the environment change history, 1: the store header
// index, 2: the store-move journal), the rest is its bytes. A damaged file
// must give a clear error or read as far as it can, never crash, and
// nothing read from it may be lost by the next write. Promises checked:
// - history: record() keeps every entry entries() read, or fails and leaves
//   the file byte for byte; dropLatest() deletes only in the history folder;
// - header index: what loads saves and loads back the same; a load error
//   leaves the index empty;
// - journal: it reads and writes back the same; a move planned and run with
//   it ends with every blob it calls verified matching its name.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/env/history.h"
#include "core/env/model_store_move.h"
#include "core/env/model_store_move_internal.h"
#include "core/io/atomic_write.h"
#include "core/stores/header_index.h"
#include "tests/fuzz/fuzz_support.h"
#include "tests/support/digest.h"
#include "tests/support/model_store_fixture.h"

namespace {

namespace fs = std::filesystem;
using md::fuzz::check;
using md::fuzz::checkError;

std::string fileText(const fs::path& path) {
  const auto text = md::io::readSmallFile(path);
  return text && *text ? **text : std::string();
}

bool sameEntry(const md::env::HistoryEntry& a, const md::env::HistoryEntry& b) {
  if (a.id != b.id || a.time != b.time || a.variable != b.variable || a.previous != b.previous || a.value != b.value ||
      a.files.size() != b.files.size())
    return false;
  for (std::size_t i = 0; i < a.files.size(); ++i)
    if (a.files[i].path != b.files[i].path || a.files[i].existed != b.files[i].existed ||
        a.files[i].backupName != b.files[i].backupName)
      return false;
  return true;
}

void checkHistory(std::string_view bytes) {
  const fs::path base = md::fuzz::scratch() / "history-case";
  md::fuzz::emptyFolder(base);
  const fs::path folder = base / "history";
  md::fuzz::writeFile(folder / "history.json", bytes);
  md::fuzz::writeFile(base / "victim.bak", "not the history's"); // beside the folder
  md::env::ChangeHistory history(folder);
  const auto before = history.entries();
  if (!before) {
    checkError(before.error(), "ChangeHistory::entries");
    check(!history.record("OLLAMA_HOST", "a", "b", {}), "record() wrote over a damaged history");
    check(fileText(folder / "history.json") == bytes, "a damaged history was changed");
    return;
  }
  for (const auto& entry : *before)
    (void)entry.describe();
  const auto added = history.record("OLLAMA_HOST", std::nullopt, "127.0.0.1:1", {});
  check(added.ok(), "record() failed on a history that reads");
  const auto after = history.entries();
  check(after && after->size() == before->size() + 1, "record() lost or added entries");
  for (std::size_t i = 0; i < before->size(); ++i)
    check(sameEntry((*after)[i], (*before)[i]), "record() changed an earlier entry");
  for (int drop = 0; drop < 2; ++drop)
    if (const auto dropped = history.dropLatest(); !dropped)
      checkError(dropped.error(), "ChangeHistory::dropLatest");
  check(fs::exists(base / "victim.bak"), "dropLatest() deleted a file outside the history folder");
}

// The rows of a saved index, sorted (the index keeps no order).
nlohmann::json savedRows(const md::stores::HeaderIndex& index, const fs::path& folder) {
  check(index.save(folder).ok(), "the header index cannot be saved");
  auto saved = nlohmann::json::parse(fileText(md::stores::HeaderIndex::fileIn(folder)), nullptr, false);
  check(saved.is_object() && saved.contains("files") && saved["files"].is_array(), "a saved header index is not one");
  auto rows = saved["files"];
  std::sort(rows.begin(), rows.end());
  return rows;
}

std::size_t distinctKeys(std::string_view bytes) {
  const auto root = nlohmann::json::parse(bytes, nullptr, false);
  std::set<std::string> keys;
  for (const auto& row : root["files"])
    keys.insert(row.at(0).get<std::string>());
  return keys.size();
}

void checkHeaderIndex(std::string_view bytes) {
  const fs::path base = md::fuzz::scratch() / "index-case";
  md::fuzz::emptyFolder(base);
  md::fuzz::writeFile(md::stores::HeaderIndex::fileIn(base / "damaged"), bytes);
  md::stores::HeaderIndex index;
  if (const auto loaded = index.load(base / "damaged"); !loaded) {
    checkError(loaded.error(), "HeaderIndex::load");
    check(index.size() == 0, "a header index that failed to load is not empty");
    return;
  }
  check(index.size() == distinctKeys(bytes), "the header index lost files it read");
  const auto rows = savedRows(index, base / "saved");
  md::stores::HeaderIndex again;
  check(again.load(base / "saved").ok(), "a saved header index does not load");
  check(savedRows(again, base / "saved-again") == rows, "the header index reads back different");
}

// A sample store (two models sharing a blob), written once per process.
const fs::path& sourceStore() {
  static const fs::path source = [] {
    const fs::path folder = md::fuzz::scratch() / "move-source";
    md::testing::writeSampleStore(folder);
    return folder;
  }();
  return source;
}

// `mask` picks the blobs an earlier, interrupted move left at the target.
void checkMoveJournal(std::string_view bytes, unsigned mask) {
  namespace move = md::env::moveinternal;
  const fs::path base = md::fuzz::scratch() / "move-case";
  md::fuzz::emptyFolder(base);
  const fs::path target = base / "target";
  md::fuzz::writeFile(target / md::env::kMoveJournalName, bytes);
  const move::Journal journal = move::readJournal(target);
  check(move::writeJournal(base / "again", journal).ok(), "a journal that reads cannot be written");
  check(move::readJournal(base / "again") == journal, "the journal reads back different");

  std::error_code error;
  fs::create_directories(target / "blobs", error);
  unsigned bit = 0;
  for (const auto& blob : fs::directory_iterator(sourceStore() / "blobs"))
    if (mask & (1u << bit++))
      fs::copy_file(blob.path(), target / "blobs" / blob.path().filename(), error);
  md::env::StoreMoveOptions options;
  options.serviceUser = false;
  options.freeSpace = [](const fs::path&) { return std::uint64_t{1} << 40; };
  const auto plan = md::env::planStoreMove(sourceStore(), target, options);
  check(plan.ok(), "a damaged journal stopped the plan of a move");
  const bool vouched = std::any_of(plan->blobs.begin(), plan->blobs.end(),
                                   [](const auto& item) { return item.second.verifiedAtTarget; });
  if (!vouched)
    return; // the journal changes nothing in this move (and moves cost fsyncs)
  md::ProgressReporter quiet;
  const auto report = md::env::moveStore(*plan, quiet, options);
  check(report.ok() && report->complete(), "a damaged journal stopped a move");
  for (const std::string& name : report->verifiedBlobs)
    check(md::testing::sha256OfFile(target / "blobs" / name) == name.substr(7),
          "a blob the move calls verified does not match its name");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0)
    return 0;
  const std::string_view bytes = md::fuzz::asText(data + 1, size - 1);
  switch (data[0] % 3) {
  case 0: checkHistory(bytes); break;
  case 1: checkHeaderIndex(bytes); break;
  default: checkMoveJournal(bytes, data[0] / 3u); break;
  }
  return 0;
}
