// The parallel scan over every store, the header index cache (a rescan of
// unchanged files reads no headers), cancel, cross-store duplicates, the temp
// files of killed runs and the `modeldesk-cli scan` command.

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <map>
#include <set>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "core/gguf/reader.h"
#include "core/stores/disk_usage.h"
#include "core/stores/leftovers.h"
#include "core/stores/store_locations.h"
#include "core/stores/store_scanner.h"
#include "tests/core/test_stores_fixtures.h"
#include "tests/support/child_process.h"
#include "tests/support/temp_folder.h"

namespace md {
namespace {

namespace fs = std::filesystem;

struct CountingReader {
  std::shared_ptr<std::atomic<int>> reads = std::make_shared<std::atomic<int>>(0);
  stores::HeaderReader reader() const {
    return [reads = reads](const fs::path& path) {
      ++*reads;
      return gguf::readGguf(path);
    };
  }
};

stores::ScanReport scanOrFail(const stores::ScanRequest& request) {
  ProgressReporter progress;
  auto report = stores::scanStores(request, progress);
  EXPECT_TRUE(report.ok()) << (report.ok() ? "" : report.error().describe());
  return report.ok() ? std::move(report).value() : stores::ScanReport{};
}

TEST(StoresScan, ReadsEachPhysicalHeaderOnceThenServesRescansFromTheIndex) {
  testing::TempFolder dir;
  const auto store = testing::makeOllamaStore(dir.path() / "models");
  testing::writeModel(dir.path() / "folder" / "one.gguf", "one");
  testing::writeModel(dir.path() / "folder" / "two.gguf", "two");
  CountingReader counter;
  stores::ScanRequest request;
  request.ollama = store.root;
  request.folders = {dir.path() / "folder"};
  request.indexFolder = dir.path() / "data";
  request.reader = counter.reader();

  auto first = scanOrFail(request);
  // Ollama: shared model, projector, legacy model, orphan; folder: two files.
  EXPECT_EQ(counter.reads->load(), 6);
  EXPECT_EQ(first.headersRead, 6u);
  EXPECT_EQ(first.headersFromIndex, 0u);
  EXPECT_TRUE(fs::exists(stores::HeaderIndex::fileIn(request.indexFolder)));
  for (const auto& entry : first.entries)
    if (entry.gguf && entry.source == stores::SourceKind::Ollama && entry.layer == "model") {
      ASSERT_TRUE(entry.header.has_value()) << entry.displayName;
      EXPECT_EQ(entry.header->architecture, "llama");
    }

  const fs::path indexFile = stores::HeaderIndex::fileIn(request.indexFolder);
  fs::last_write_time(indexFile, fs::last_write_time(indexFile) - std::chrono::hours(1));
  const auto indexTime = fs::last_write_time(indexFile);
  auto second = scanOrFail(request);
  EXPECT_EQ(fs::last_write_time(indexFile), indexTime); // nothing changed, nothing written
  EXPECT_EQ(counter.reads->load(), 6);
  EXPECT_EQ(second.headersRead, 0u);
  EXPECT_EQ(second.headersFromIndex, 6u);
  ASSERT_EQ(second.entries.size(), first.entries.size());
  for (std::size_t i = 0; i < first.entries.size(); ++i) {
    ASSERT_EQ(second.entries[i].header.has_value(), first.entries[i].header.has_value());
    if (first.entries[i].header) {
      EXPECT_EQ(second.entries[i].header->role, first.entries[i].header->role);
    }
  }

  testing::writeModel(dir.path() / "folder" / "two.gguf", "two, changed and longer");
  auto third = scanOrFail(request);
  EXPECT_EQ(counter.reads->load(), 7);
  EXPECT_EQ(third.headersRead, 1u);
  EXPECT_NE(fs::last_write_time(indexFile), indexTime);
}

TEST(StoresScan, ScanningOneStoreKeepsTheIndexOfTheOthers) {
  testing::TempFolder dir;
  testing::writeModel(dir.path() / "a" / "a.gguf", "a");
  testing::writeModel(dir.path() / "b" / "b.gguf", "b");
  CountingReader counter;
  stores::ScanRequest both;
  both.folders = {dir.path() / "a", dir.path() / "b"};
  both.indexFolder = dir.path() / "data";
  both.reader = counter.reader();
  scanOrFail(both);
  stores::ScanRequest onlyA = both;
  onlyA.folders = {dir.path() / "a"};
  scanOrFail(onlyA);
  scanOrFail(both);
  EXPECT_EQ(counter.reads->load(), 2);
}

TEST(StoresScan, ADamagedIndexIsANoteAndIsRebuilt) {
  testing::TempFolder dir;
  testing::writeModel(dir.path() / "f" / "a.gguf", "a");
  testing::writeText(stores::HeaderIndex::fileIn(dir.path() / "data"), "{broken");
  stores::ScanRequest request;
  request.folders = {dir.path() / "f"};
  request.indexFolder = dir.path() / "data";
  auto report = scanOrFail(request);
  EXPECT_EQ(report.headersRead, 1u);
  ASSERT_EQ(report.notes.size(), 1u);
  EXPECT_EQ(report.notes[0].text.id, MessageId::StoreIndexUnreadable);
  EXPECT_EQ(report.notes[0].message, "the store index is unreadable; it will be rebuilt");
  EXPECT_EQ(scanOrFail(request).headersFromIndex, 1u);
  // JSON of the right shape with a version of the wrong type: rebuilt too.
  testing::writeText(stores::HeaderIndex::fileIn(dir.path() / "data"), R"({"version": "2", "files": []})");
  auto again = scanOrFail(request);
  EXPECT_EQ(again.headersRead, 1u);
  ASSERT_EQ(again.notes.size(), 1u);
}

// Found with state_files_fuzz: numbers of the wrong kind in a damaged index
// (a float where an integer belongs, a role no GGUF has) were converted with
// undefined behaviour; now the index is damaged, empty, and says so.
TEST(StoresScan, AnIndexWithFloatsOrUnknownRolesIsDamaged) {
  testing::TempFolder dir;
  const auto row = [](const std::string& size, const std::string& facts) {
    return R"({"version": 2, "files": [["/m/a.gguf", )" + size + R"(, 2, "", )" + facts + "]]}";
  };
  const std::string facts = R"([1, "llama", "n", "Q4_K_M", 7, 2, 3, false, 0])";
  for (const std::string& text :
       {row("1e300", facts), row("-1.5", facts), row("1", R"([1e300, "llama", "n", "Q4", 7, 2, 3, false, 0])"),
        row("1", R"([9, "llama", "n", "Q4", 7, 2, 3, false, 0])"),
        row("1", R"([1, "llama", "n", "Q4", 7, 2.5e12, 3, false, 0])")}) {
    testing::writeText(stores::HeaderIndex::fileIn(dir.path()), text);
    stores::HeaderIndex index;
    const auto loaded = index.load(dir.path());
    ASSERT_FALSE(loaded.ok()) << text;
    EXPECT_EQ(loaded.error().code, ErrorCode::Malformed);
    EXPECT_NE(loaded.error().message.find("damaged"), std::string::npos) << loaded.error().message;
    EXPECT_EQ(loaded.error().text.id, MessageId::StoreIndexDamaged);
    EXPECT_EQ(index.size(), 0u);
  }
  testing::writeText(stores::HeaderIndex::fileIn(dir.path()), row("1", facts));
  stores::HeaderIndex index;
  ASSERT_TRUE(index.load(dir.path()).ok());
  ASSERT_NE(index.find("/m/a.gguf", 1, 2), nullptr);
  EXPECT_EQ(index.find("/m/a.gguf", 1, 2)->facts->role, gguf::Role::Projector);
}

TEST(StoresScan, FindsTheSameBlobInOllamaAndHuggingFace) {
  testing::TempFolder dir;
  const auto store = testing::makeOllamaStore(dir.path() / "models");
  const fs::path repo = dir.path() / "hub" / "models--org--shared";
  fs::create_directories(repo / "blobs");
  fs::copy_file(store.root / "blobs" / ("sha256-" + testing::hexOf('a')), repo / "blobs" / testing::hexOf('a'));
  testing::symlinkTo("../../blobs/" + testing::hexOf('a'), repo / "snapshots" / "r1" / "shared.gguf");
  stores::ScanRequest request;
  request.ollama = store.root;
  request.huggingFace = dir.path() / "hub";
  const auto report = scanOrFail(request);
  const auto usage = stores::computeDiskUsage(report.entries);
  ASSERT_EQ(usage.duplicates.size(), 1u);
  EXPECT_TRUE(usage.duplicates[0].acrossStores);
  EXPECT_EQ(usage.duplicates[0].entries.size(), 2u);
  EXPECT_EQ(usage.duplicateBytes, store.sizes.at('a'));
  EXPECT_EQ(usage.totalBytes, store.uniqueBytes() + store.sizes.at('a'));
  EXPECT_EQ(usage.reclaimableBytes(), store.sizes.at('a') + store.sizes.at('f') + 1000u);
}

TEST(StoresScan, AnUnreadableGgufIsNotedOnceAndRemembered) {
  testing::TempFolder dir;
  testing::writeText(dir.path() / "f" / "bad.gguf", "GGUF but then nothing sensible");
  testing::writeModel(dir.path() / "f" / "good.gguf", "good");
  CountingReader counter;
  stores::ScanRequest request;
  request.folders = {dir.path() / "f"};
  request.indexFolder = dir.path() / "data";
  request.reader = counter.reader();
  auto first = scanOrFail(request);
  ASSERT_EQ(first.entries.size(), 2u);
  const auto& bad = first.entries[0].path.filename() == "bad.gguf" ? first.entries[0] : first.entries[1];
  EXPECT_FALSE(bad.header.has_value());
  EXPECT_FALSE(bad.headerError.empty());
  auto second = scanOrFail(request);
  EXPECT_EQ(counter.reads->load(), 2);
  const auto& again = second.entries[0].path.filename() == "bad.gguf" ? second.entries[0] : second.entries[1];
  EXPECT_EQ(again.headerError, bad.headerError);
}

TEST(StoresScan, HonoursCancel) {
  testing::TempFolder dir;
  testing::writeModel(dir.path() / "f" / "a.gguf", "a");
  CancelToken cancel;
  cancel.cancel();
  ProgressReporter progress({}, &cancel);
  stores::ScanRequest request;
  request.folders = {dir.path() / "f"};
  auto report = stores::scanStores(request, progress);
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().code, ErrorCode::Cancelled);
}

TEST(StoresScan, ReportsProgressPhases) {
  testing::TempFolder dir;
  testing::writeModel(dir.path() / "f" / "a.gguf", "a");
  std::vector<std::string> finals;
  ProgressReporter progress([&](const Progress& p) {
    if (p.final)
      finals.push_back(p.phase + " " + std::to_string(p.done) + "/" + std::to_string(p.total));
  });
  stores::ScanRequest request;
  request.folders = {dir.path() / "f"};
  ASSERT_TRUE(stores::scanStores(request, progress).ok());
  EXPECT_EQ(finals, (std::vector<std::string>{"discovering 1/1", "reading headers 1/1"}));
}

// Temp files of killed merges (beside their output in a folder) and imports
// (in an Ollama store's blobs/) whose process is gone are reclaimable; one
// whose process still runs (this test's own) is being written: not listed.
TEST(StoresScan, ListsTheTempFilesOfKilledRunsAndRemovesThem) {
  testing::TempFolder dir;
  const auto store = testing::makeOllamaStore(dir.path() / "ollama");
  const fs::path folder = dir.path() / "合并 output";
  testing::writeModel(folder / "x.gguf", "x");
  const std::string self = std::to_string(::getpid());
  const fs::path merge = folder / ".x2.gguf.modeldesk-partial-0";
  const fs::path import = store.root / "blobs" / ".import-m.gguf.modeldesk-partial-0";
  const fs::path running = folder / (".y.gguf.modeldesk-partial-" + self);
  const fs::path importing = store.root / "blobs" / (".import-n.gguf.modeldesk-partial-" + self);
  testing::writeText(merge, std::string(3000, 'm'));
  testing::writeText(import, std::string(500, 'i'));
  testing::writeText(running, "still being written");
  testing::writeText(importing, "still being written");
  stores::ScanRequest request;
  request.ollama = store.root;
  request.folders = {folder};
  const auto report = scanOrFail(request);
  std::map<fs::path, const stores::StoreEntry*> leftovers;
  for (const auto& entry : report.entries) {
    EXPECT_NE(entry.path, running);
    EXPECT_NE(entry.path, importing);
    if (entry.leftover)
      leftovers[entry.path] = &entry;
  }
  ASSERT_EQ(leftovers.size(), 2u);
  EXPECT_EQ(leftovers[merge]->size, 3000u);
  EXPECT_EQ(leftovers[merge]->source, stores::SourceKind::Folder);
  EXPECT_EQ(leftovers[import]->size, 500u);
  EXPECT_EQ(leftovers[import]->source, stores::SourceKind::Ollama);
  EXPECT_FALSE(leftovers[import]->partial) << "not one of Ollama's partial downloads";
  const auto usage = stores::computeDiskUsage(report.entries);
  EXPECT_EQ(usage.leftoverBytes, 3500u);
  EXPECT_EQ(usage.reclaimableBytes(), usage.orphanBytes + usage.partialBytes + usage.duplicateBytes + 3500u);

  const auto removed = stores::removeLeftovers(report.entries);
  EXPECT_EQ(removed.removed, 2u);
  EXPECT_EQ(removed.bytesFreed, 3500u);
  EXPECT_TRUE(removed.failed.empty());
  EXPECT_FALSE(fs::exists(merge));
  EXPECT_FALSE(fs::exists(import));
  EXPECT_TRUE(fs::exists(running));
  EXPECT_TRUE(fs::exists(importing));
  EXPECT_TRUE(fs::exists(folder / "x.gguf"));
}

TEST(StoresLocations, FollowTheEnvironment) {
  std::map<std::string, std::string> env{{"HOME", "/home/u"}};
  auto lookup = [&](const std::string& name) -> std::optional<std::string> {
    auto it = env.find(name);
    return it == env.end() ? std::nullopt : std::optional(it->second);
  };
  auto defaults = stores::defaultStoreLocations(lookup);
  EXPECT_EQ(defaults.ollama, fs::path("/home/u/.ollama/models"));
  EXPECT_EQ(defaults.huggingFace, fs::path("/home/u/.cache/huggingface/hub"));
  EXPECT_EQ(defaults.modelScope, fs::path("/home/u/.cache/modelscope"));
  env["XDG_CACHE_HOME"] = "/xdg";
  EXPECT_EQ(stores::defaultStoreLocations(lookup).huggingFace, fs::path("/xdg/huggingface/hub"));
  env["HF_HOME"] = "/hf";
  EXPECT_EQ(stores::defaultStoreLocations(lookup).huggingFace, fs::path("/hf/hub"));
  env["HF_HUB_CACHE"] = "/hubcache";
  env["OLLAMA_MODELS"] = "/srv/ollama";
  env["MODELSCOPE_CACHE"] = "/ms";
  defaults = stores::defaultStoreLocations(lookup);
  EXPECT_EQ(defaults.huggingFace, fs::path("/hubcache"));
  EXPECT_EQ(defaults.ollama, fs::path("/srv/ollama"));
  EXPECT_EQ(defaults.modelScope, fs::path("/ms"));
}

TEST(StoresCli, ScanJsonFromTheEnvironmentDefaults) {
  testing::TempFolder dir;
  const auto store = testing::makeOllamaStore(dir.path() / "模型 store");
  auto run = testing::runCli({"scan", "--json", "--index", (dir.path() / "data").string()},
                             {{"OLLAMA_MODELS", store.root.string()},
                              {"HF_HUB_CACHE", (dir.path() / "none-hf").string()},
                              {"MODELSCOPE_CACHE", (dir.path() / "none-ms").string()}});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  const auto json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["entries"].size(), 10u);
  EXPECT_EQ(json["usage"]["totalBytes"], store.uniqueBytes());
  EXPECT_EQ(json["usage"]["orphanBytes"], store.sizes.at('f'));
  EXPECT_EQ(json["headersRead"], 4);
  ASSERT_EQ(json["notes"].size(), 2u); // the two missing caches, in English as before the notes had codes
  std::set<std::string> notes;
  for (const auto& note : json["notes"]) {
    EXPECT_EQ(note.size(), 2u) << note.dump(); // path and message, nothing more
    notes.insert(note["message"].get<std::string>());
  }
  EXPECT_EQ(notes, (std::set<std::string>{"no Hugging Face cache here", "no ModelScope cache here"}));
  auto again =
      testing::runCli({"scan", "--json", "--ollama", store.root.string(), "--index", (dir.path() / "data").string()});
  ASSERT_EQ(again.exitCode, 0) << again.err;
  EXPECT_EQ(nlohmann::json::parse(again.out)["headersFromIndex"], 4);
}

TEST(StoresCli, HumanOutputAndUsageErrors) {
  testing::TempFolder dir;
  testing::writeModel(dir.path() / "f" / "tiny.gguf", "tiny");
  auto run = testing::runCli({"scan", "--folder", (dir.path() / "f").string()});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  EXPECT_NE(run.out.find("tiny.gguf"), std::string::npos);
  EXPECT_NE(run.out.find("model llama"), std::string::npos);
  EXPECT_NE(run.out.find("Reclaimable: 0 B"), std::string::npos);
  EXPECT_EQ(testing::runCli({"scan", "--bogus"}).exitCode, 2);
}

} // namespace
} // namespace md
