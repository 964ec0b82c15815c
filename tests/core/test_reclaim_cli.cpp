// `modeldesk-cli reclaim [--dry-run] [--json]`: the JSON contract (items with
// kind, path, size, store, action and kept; total_bytes; dry_run), a dry run
// that changes nothing, --only, a real run that frees what it lists and
// never a blob a manifest names, and the running server asked first (the
// fake Ollama: on the store, the orphan goes on disk with a note that Ollama
// cannot delete one blob; on another store holding the same blob and other
// models, it is kept).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/util/paths.h"
#include "tests/support/child_process.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/model_store_fixture.h"
#include "tests/support/reclaim_fixture.h"
#include "tests/support/temp_folder.h"

namespace md {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class ReclaimCli : public ::testing::Test {
protected:
  void SetUp() override { f = testing::makeReclaimFixture(dir.path()); }

  testing::ProcessResult reclaim(std::vector<std::string> extra) {
    std::vector<std::string> args{"reclaim",  "--json",
                                  "--ollama", pathToUtf8(f.ollama),
                                  "--hf",     pathToUtf8(f.hub),
                                  "--folder", pathToUtf8(f.folder),
                                  "--host",   "127.0.0.1:" + std::to_string(testing::unusedLoopbackPort())};
    args.insert(args.end(), extra.begin(), extra.end());
    return testing::runCli(args);
  }

  static const json* itemAt(const json& items, const fs::path& path) {
    for (const auto& item : items)
      if (item.at("path") == pathToUtf8(path))
        return &item;
    return nullptr;
  }

  testing::TempFolder dir{"reclaim-cli"};
  testing::ReclaimFixture f;
};

TEST_F(ReclaimCli, DryRunListsEveryKindWithSizesAndChangesNothing) {
  const auto run = reclaim({"--dry-run"});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  const json out = json::parse(run.out);
  EXPECT_EQ(out.at("dry_run"), true);
  EXPECT_FALSE(out.contains("freed_bytes"));
  std::uint64_t total = 0;
  for (const auto& item : out.at("items")) {
    for (const char* key : {"kind", "path", "size", "store", "action"})
      EXPECT_TRUE(item.contains(key)) << key << " in " << item.dump();
    total += item.at("size").get<std::uint64_t>();
    EXPECT_TRUE(fs::exists(pathFromUtf8(item.at("path").get<std::string>())));
  }
  EXPECT_EQ(out.at("total_bytes").get<std::uint64_t>(), total);
  const json* orphan = itemAt(out.at("items"), f.orphan);
  ASSERT_NE(orphan, nullptr);
  EXPECT_EQ(orphan->at("kind"), "orphan");
  EXPECT_EQ(orphan->at("action"), "delete");
  EXPECT_EQ(orphan->at("size").get<std::uint64_t>(), fs::file_size(f.orphan));
  EXPECT_EQ(orphan->at("store"), pathToUtf8(f.ollama));
  EXPECT_EQ(itemAt(out.at("items"), f.partial)->at("kind"), "partial");
  EXPECT_EQ(itemAt(out.at("items"), f.leftover)->at("kind"), "leftover");
  const json* duplicate = itemAt(out.at("items"), f.folderCopy);
  ASSERT_NE(duplicate, nullptr);
  EXPECT_EQ(duplicate->at("kind"), "duplicate");
  EXPECT_EQ(duplicate->at("action"), "link");
  EXPECT_EQ(duplicate->at("kept"), pathToUtf8(f.modelBlob));
  EXPECT_EQ(out.at("held").size(), 1u); // the fresh orphan
  EXPECT_EQ(out.at("stores").size(), 3u);
}

TEST_F(ReclaimCli, RealRunDoesOnlyTheKindsAskedForAndKeepsReferencedBlobs) {
  const auto run = reclaim({"--only", "orphans,partials"});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  const json out = json::parse(run.out);
  EXPECT_EQ(out.at("dry_run"), false);
  for (const auto& item : out.at("items"))
    EXPECT_TRUE(item.at("kind") == "orphan" || item.at("kind") == "partial") << item.dump();
  EXPECT_EQ(out.at("done").size(), 4u);
  EXPECT_TRUE(out.at("skipped").empty()) << out.at("skipped").dump();
  EXPECT_EQ(out.at("freed_bytes"), out.at("total_bytes"));
  EXPECT_EQ(out.at("freed_bytes").get<std::uint64_t>(), 3000u +
                                                            std::string(R"({"N":0,"Offset":0,"Size":3000})").size() +
                                                            2000u + out.at("done")[0].at("size").get<std::uint64_t>());
  for (const fs::path& gone : {f.orphan, f.partial, f.partialMeta, f.folderPart})
    EXPECT_FALSE(fs::exists(gone));
  for (const fs::path& kept : {f.modelBlob, f.configBlob, f.freshOrphan, f.leftover, f.folderCopy, f.hfBlob})
    EXPECT_TRUE(fs::exists(kept)) << pathToUtf8(kept);
}

TEST_F(ReclaimCli, ABlobNamedByAManifestSinceTheDryRunIsNotTouched) {
  const json dry = json::parse(reclaim({"--dry-run"}).out);
  ASSERT_NE(itemAt(dry.at("items"), f.orphan), nullptr);
  testing::writeManifestUsing(f.ollama, f.configBlob.filename().string().substr(7), f.orphanHex);
  const auto run = reclaim({"--only", "orphans"});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  EXPECT_EQ(itemAt(json::parse(run.out).at("items"), f.orphan), nullptr);
  EXPECT_TRUE(fs::exists(f.orphan));
}

TEST_F(ReclaimCli, UnknownKindIsAUsageError) {
  const auto run = reclaim({"--only", "models"});
  EXPECT_EQ(run.exitCode, 2);
  EXPECT_NE(run.err.find("usage: modeldesk-cli reclaim"), std::string::npos);
}

TEST(ReclaimCliServer, OnTheServersStoreTheOrphanGoesOnDiskWithANote) {
  testing::FakeOllama fake;
  ASSERT_TRUE(fake.start());
  testing::writeSampleStore(fake.modelsDir());
  const fs::path orphan = fake.modelsDir() / "blobs" / testing::writeStoreBlob(fake.modelsDir(), "nobody uses this");
  testing::ageFile(orphan, 2);
  const auto run = testing::runCli(
      {"reclaim", "--only", "orphans", "--ollama", pathToUtf8(fake.modelsDir()), "--host", fake.url()});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  EXPECT_NE(run.out.find("Freed " + formatBytes(16) + ": 1 done, 0 skipped"), std::string::npos) << run.out;
  EXPECT_FALSE(fs::exists(orphan));
  EXPECT_NE(run.err.find("Ollama has no API that deletes one blob"), std::string::npos) << run.err;
}

TEST(ReclaimCliServer, AServerOnAnotherStoreWithOtherModelsKeepsTheBlob) {
  testing::FakeOllama fake;
  ASSERT_TRUE(fake.start());
  testing::writeSampleStore(fake.modelsDir()); // it holds the same "nobody uses this" blob
  testing::TempFolder dir{"reclaim-other"};
  const fs::path orphan = dir.path() / "blobs" / testing::writeStoreBlob(dir.path(), "nobody uses this");
  testing::ageFile(orphan, 2);
  const auto run = testing::runCli(
      {"reclaim", "--only", "orphans", "--ollama", pathToUtf8(dir.path()), "--host", fake.url(), "--json"});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  const json out = json::parse(run.out);
  ASSERT_EQ(out.at("skipped").size(), 1u) << run.out;
  EXPECT_NE(out.at("skipped")[0].at("reason").get<std::string>().find("lists"), std::string::npos);
  EXPECT_TRUE(fs::exists(orphan));
}

} // namespace
} // namespace md
