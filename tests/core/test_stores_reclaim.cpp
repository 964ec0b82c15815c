// Reclaim space (issue 21): the plan lists each kind with sizes, a dry run
// deletes nothing, a real run deletes orphans, partials and leftovers, a
// blob a manifest references is never deleted (also when the manifest
// appears between the plan and the run, or between the check and the
// delete), duplicates become links and both stores still work, cancel stops.

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>

#include "core/stores/reclaim_plan.h"
#include "core/stores/reclaim_run.h"
#include "core/stores/store_scanner.h"
#include "core/util/paths.h"
#include "tests/support/digest.h"
#include "tests/support/reclaim_fixture.h"
#include "tests/support/temp_folder.h"

namespace md {
namespace {

namespace fs = std::filesystem;
using stores::ReclaimKind;

class ReclaimTest : public ::testing::Test {
protected:
  void SetUp() override { f = testing::makeReclaimFixture(dir.path()); }

  stores::ScanRequest request() const {
    stores::ScanRequest request;
    request.ollama = f.ollama;
    request.huggingFace = f.hub;
    request.folders = {f.folder};
    return request;
  }

  stores::ReclaimPlan plan() {
    ProgressReporter progress;
    auto planned = stores::planReclaim(request(), {}, progress);
    EXPECT_TRUE(planned.ok()) << (planned.ok() ? "" : planned.error().describe());
    return planned.ok() ? *planned : stores::ReclaimPlan{};
  }

  stores::ReclaimResult run(const stores::ReclaimPlan& planned, std::set<ReclaimKind> only = {}) {
    stores::ReclaimRunOptions options;
    options.only = std::move(only);
    ProgressReporter progress;
    return stores::runReclaim(planned, options, progress);
  }

  static const stores::ReclaimItem* find(const stores::ReclaimPlan& plan, const fs::path& path) {
    for (const auto& item : plan.items)
      if (fs::equivalent(item.path, path))
        return &item;
    return nullptr;
  }

  testing::TempFolder dir{"reclaim"};
  testing::ReclaimFixture f;
};

TEST_F(ReclaimTest, PlanListsEachKindWithItsSize) {
  const auto planned = plan();
  const std::vector<std::pair<fs::path, ReclaimKind>> expected{
      {f.orphan, ReclaimKind::Orphan},       {f.partial, ReclaimKind::Partial},   {f.partialMeta, ReclaimKind::Partial},
      {f.folderPart, ReclaimKind::Partial},  {f.leftover, ReclaimKind::Leftover}, {f.hfBlob, ReclaimKind::Duplicate},
      {f.folderCopy, ReclaimKind::Duplicate}};
  std::uint64_t total = 0;
  for (const auto& [path, kind] : expected) {
    const auto* item = find(planned, path);
    ASSERT_NE(item, nullptr) << pathToUtf8(path);
    EXPECT_EQ(item->kind, kind) << pathToUtf8(path);
    EXPECT_EQ(item->size, fs::file_size(path)) << pathToUtf8(path);
    total += item->size;
  }
  EXPECT_EQ(planned.items.size(), expected.size());
  EXPECT_EQ(planned.totalBytes(), total);
  // Duplicates are links to Ollama's blob, never deletes.
  for (const fs::path& copy : {f.hfBlob, f.folderCopy}) {
    const auto* item = find(planned, copy);
    EXPECT_EQ(item->action, stores::ReclaimAction::Link);
    EXPECT_TRUE(fs::equivalent(item->kept, f.modelBlob));
    EXPECT_EQ(item->sha256, f.modelHex);
  }
  EXPECT_EQ(find(planned, f.orphan)->sha256, f.orphanHex);
  // The fresh orphan is held back (a create may be about to use it); the model is not listed at all.
  ASSERT_EQ(planned.held.size(), 1u);
  EXPECT_TRUE(fs::equivalent(planned.held[0].item.path, f.freshOrphan));
  EXPECT_EQ(planned.held[0].reason.id, MessageId::ReclaimChangedRecently);
  EXPECT_EQ(find(planned, f.modelBlob), nullptr);
  EXPECT_EQ(find(planned, f.configBlob), nullptr);
  // A bar per store: the Ollama store's reclaimable part is its orphan and partials.
  const auto ollama = std::find_if(planned.stores.begin(), planned.stores.end(),
                                   [](const auto& s) { return s.source == stores::SourceKind::Ollama; });
  ASSERT_NE(ollama, planned.stores.end());
  EXPECT_EQ(ollama->reclaimableBytes,
            fs::file_size(f.orphan) + fs::file_size(f.partial) + fs::file_size(f.partialMeta));
  EXPECT_GT(ollama->usedBytes, ollama->reclaimableBytes);
}

TEST_F(ReclaimTest, DryRunChangesNothing) {
  const auto planned = plan();
  stores::ReclaimRunOptions options;
  options.dryRun = true;
  ProgressReporter progress;
  const auto result = stores::runReclaim(planned, options, progress);
  EXPECT_TRUE(result.dryRun);
  EXPECT_TRUE(result.done.empty());
  EXPECT_EQ(result.freedBytes, 0u);
  for (const auto& item : planned.items)
    EXPECT_TRUE(fs::exists(item.path)) << pathToUtf8(item.path);
  EXPECT_FALSE(fs::equivalent(f.hfBlob, f.modelBlob));
}

TEST_F(ReclaimTest, RealRunDeletesOrphansPartialsAndLeftovers) {
  const auto planned = plan();
  const auto result = run(planned, {ReclaimKind::Orphan, ReclaimKind::Partial, ReclaimKind::Leftover});
  EXPECT_TRUE(result.skipped.empty()) << (result.skipped.empty() ? "" : result.skipped[0].reason.english());
  EXPECT_EQ(result.done.size(), 5u);
  EXPECT_EQ(result.freedBytes, planned.totalBytes() - planned.bytesOf(ReclaimKind::Duplicate));
  for (const fs::path& gone : {f.orphan, f.partial, f.partialMeta, f.folderPart, f.leftover})
    EXPECT_FALSE(fs::exists(gone)) << pathToUtf8(gone);
  for (const fs::path& kept : {f.modelBlob, f.configBlob, f.freshOrphan, f.hfBlob, f.folderCopy})
    EXPECT_TRUE(fs::exists(kept)) << pathToUtf8(kept);
  EXPECT_EQ(std::distance(fs::directory_iterator(f.ollama / "blobs"), fs::directory_iterator()), 3);
  // Planning again finds only the duplicates.
  const auto again = plan();
  EXPECT_EQ(again.items.size(), 2u);
  EXPECT_EQ(again.bytesOf(ReclaimKind::Duplicate), again.totalBytes());
}

TEST_F(ReclaimTest, ABlobAManifestNamesAfterThePlanIsKept) {
  const auto planned = plan();
  testing::writeManifestUsing(f.ollama, f.configBlob.filename().string().substr(7), f.orphanHex);
  const auto result = run(planned, {ReclaimKind::Orphan});
  ASSERT_EQ(result.skipped.size(), 1u);
  EXPECT_EQ(result.skipped[0].reason.id, MessageId::ReclaimBlobInUse);
  EXPECT_NE(result.skipped[0].reason.english().find("late:latest"), std::string::npos);
  EXPECT_TRUE(result.done.empty());
  EXPECT_TRUE(fs::exists(f.orphan));
  EXPECT_EQ(testing::sha256OfFile(f.orphan), f.orphanHex);
}

TEST_F(ReclaimTest, AManifestWrittenBetweenTheCheckAndTheDeleteKeepsTheBlob) {
  const auto planned = plan();
  stores::ReclaimRunOptions options;
  options.only = {ReclaimKind::Orphan};
  int asked = 0;
  options.beforeDelete = [&](const stores::ReclaimItem& item) -> std::optional<Message> {
    ++asked; // the manifests were read and named nothing; now a create finishes
    testing::writeManifestUsing(f.ollama, f.configBlob.filename().string().substr(7), item.sha256);
    return std::nullopt;
  };
  ProgressReporter progress;
  const auto result = stores::runReclaim(planned, options, progress);
  EXPECT_EQ(asked, 1);
  ASSERT_EQ(result.skipped.size(), 1u);
  EXPECT_EQ(result.skipped[0].reason.id, MessageId::ReclaimBlobInUse);
  EXPECT_TRUE(fs::exists(f.orphan));
  EXPECT_EQ(std::distance(fs::directory_iterator(f.ollama / "blobs"), fs::directory_iterator()), 6)
      << "nothing left aside under a temp name";
}

TEST_F(ReclaimTest, NoBlobIsDeletedWhileAManifestCannotBeRead) {
  const auto planned = plan();
  testing::writeText(f.ollama / "manifests" / "registry.ollama.ai" / "library" / "broken" / "latest", "{not json");
  const auto result = run(planned, {ReclaimKind::Orphan});
  ASSERT_EQ(result.skipped.size(), 1u);
  EXPECT_EQ(result.skipped[0].reason.id, MessageId::ReclaimManifestUnreadable);
  EXPECT_TRUE(fs::exists(f.orphan));
}

TEST_F(ReclaimTest, AFileChangedSinceThePlanIsKept) {
  const auto planned = plan();
  testing::writeText(f.partial, std::string(4000, 'p')); // the pull resumed
  testing::ageFile(f.folderPart, 0);                     // written to just now
  const auto result = run(planned, {ReclaimKind::Partial});
  ASSERT_EQ(result.skipped.size(), 2u);
  EXPECT_EQ(result.skipped[0].reason.id, MessageId::ReclaimChangedSincePlan);
  EXPECT_TRUE(fs::exists(f.partial));
  EXPECT_TRUE(fs::exists(f.folderPart));
  EXPECT_FALSE(fs::exists(f.partialMeta));
}

TEST_F(ReclaimTest, DuplicatesBecomeLinksAndBothStoresStillWork) {
  const auto planned = plan();
  const auto result = run(planned, {ReclaimKind::Duplicate});
  ASSERT_EQ(result.done.size(), 2u) << (result.skipped.empty() ? "" : result.skipped[0].reason.english());
  EXPECT_EQ(result.freedBytes, 2 * fs::file_size(f.modelBlob));
  for (const auto& done : result.done) {
    EXPECT_TRUE(done.how == "reflink" || done.how == "hardlink") << done.how;
    if (done.how == "hardlink") {
      EXPECT_TRUE(fs::equivalent(done.item.path, f.modelBlob));
    }
    EXPECT_EQ(testing::sha256OfFile(done.item.path), f.modelHex);
  }
  // Both stores scan as before: the HF snapshot still resolves with its
  // SHA-256, the Ollama model has its blob, the folder its GGUF.
  ProgressReporter progress;
  auto scan = stores::scanStores(request(), progress);
  ASSERT_TRUE(scan.ok());
  bool snapshot = false, model = false, copy = false;
  for (const auto& entry : scan->entries) {
    snapshot |= entry.path == f.hfSnapshotFile && entry.sha256 == f.modelHex && entry.header.has_value();
    model |= entry.model == "qwen:latest" && entry.sha256 == f.modelHex && entry.header.has_value();
    copy |= entry.path == f.folderCopy && entry.header.has_value();
  }
  EXPECT_TRUE(snapshot && model && copy);
  EXPECT_EQ(testing::sha256OfFile(f.hfSnapshotFile), f.modelHex);
  // Nothing is left to link.
  EXPECT_EQ(plan().bytesOf(ReclaimKind::Duplicate), 0u);
}

TEST_F(ReclaimTest, ADuplicateWhoseBytesChangedIsNotLinked) {
  const auto planned = plan();
  const auto time = fs::last_write_time(f.folderCopy);
  std::string bytes = testing::readText(f.folderCopy);
  bytes.back() = char(bytes.back() ^ 1); // same size, same time: only the hash tells
  testing::writeText(f.folderCopy, bytes);
  fs::last_write_time(f.folderCopy, time);
  const auto result = run(planned, {ReclaimKind::Duplicate});
  ASSERT_EQ(result.skipped.size(), 1u);
  EXPECT_EQ(result.skipped[0].reason.id, MessageId::ReclaimHashDiffers);
  EXPECT_FALSE(fs::equivalent(f.folderCopy, f.modelBlob));
  EXPECT_EQ(testing::readText(f.folderCopy), bytes);
}

TEST_F(ReclaimTest, CancelStopsAfterTheCurrentItem) {
  const auto planned = plan();
  CancelToken cancel;
  JobSinks sinks;
  sinks.notes = [&](const Message&) { cancel.cancel(); };
  auto progress = ProgressReporter::withSinks(sinks, &cancel);
  const auto result = stores::runReclaim(planned, {}, progress);
  EXPECT_TRUE(result.cancelled);
  EXPECT_EQ(result.done.size(), 1u);
  std::size_t remaining = 0;
  for (const auto& item : planned.items)
    remaining +=
        fs::exists(item.path) && !(item.kind == ReclaimKind::Duplicate && fs::equivalent(item.path, item.kept));
  EXPECT_EQ(remaining, planned.items.size() - 1);
}

TEST(ReclaimKinds, NamesGoBothWays) {
  for (auto kind : {ReclaimKind::Orphan, ReclaimKind::Partial, ReclaimKind::Leftover, ReclaimKind::Duplicate})
    EXPECT_EQ(stores::reclaimKindFromName(stores::reclaimKindName(kind)), kind);
  EXPECT_FALSE(stores::reclaimKindFromName("models").has_value());
}

} // namespace
} // namespace md
