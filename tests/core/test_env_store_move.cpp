// Moving an Ollama model store: copy with verification, resume from the
// journal or by hashing, damaged blobs reported and never deleted, refusals,
// and removing the old copy only of what was moved.

#include <gtest/gtest.h>

#include <fstream>

#include "core/env/model_store_move.h"
#include "core/env/model_store_move_internal.h"
#include "core/stores/blobs_in_use.h"
#include "core/util/paths.h"
#include "tests/support/digest.h"
#include "tests/support/model_store_fixture.h"
#include "tests/support/temp_folder.h"

namespace md::env {
namespace {
namespace fs = std::filesystem;

StoreMoveOptions quietOptions() {
  StoreMoveOptions options;
  options.serviceUser = false;
  return options;
}

std::vector<fs::path> filesUnder(const fs::path& root) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file())
      files.push_back(entry.path().lexically_relative(root));
  std::sort(files.begin(), files.end());
  return files;
}

TEST(StoreMove, CopiesVerifiesAndRemovesTheOldCopyOnlyWhenAsked) {
  testing::TempFolder temp("store-move");
  const fs::path source = temp.home() / "old store";
  const fs::path target = temp.path() / "新 位置" / "models";
  const auto used = testing::writeSampleStore(source, 1 << 20);

  auto plan = planStoreMove(source, target, quietOptions());
  ASSERT_TRUE(plan.ok()) << plan.error().describe();
  EXPECT_EQ(plan->manifests.size(), 2u);
  EXPECT_EQ(plan->manifests[0].model, "llama3:8b");
  EXPECT_EQ(plan->blobs.size(), 5u);
  EXPECT_EQ(plan->bytesToCopy, plan->totalBytes);
  EXPECT_EQ(plan->leftBehind, 2u); // the orphan and the partial download
  EXPECT_TRUE(plan->damaged.empty());
  EXPECT_NE(std::find(plan->warnings.begin(), plan->warnings.end(), MoveWarning::QuitOllama), plan->warnings.end());
  EXPECT_NE(describeWarning(MoveWarning::DesktopAppLocation, *plan).find("Model location"), std::string::npos);

  std::vector<Progress> seen;
  ProgressReporter progress([&](const Progress& p) { seen.push_back(p); }, nullptr, {});
  auto report = moveStore(*plan, progress, quietOptions());
  ASSERT_TRUE(report.ok()) << report.error().describe();
  EXPECT_TRUE(report->complete());
  EXPECT_EQ(report->blobsCopied, 5u);
  EXPECT_EQ(report->movedManifests.size(), 2u);
  EXPECT_EQ(seen.back().phase, "moving");
  EXPECT_EQ(seen.back().done, plan->totalBytes);
  EXPECT_TRUE(seen.back().final);

  for (const auto& name : used)
    EXPECT_EQ(testing::sha256OfFile(target / "blobs" / name), testing::sha256OfFile(source / "blobs" / name));
  EXPECT_EQ(testing::readText(target / "manifests/registry.ollama.ai/library/qwen2/latest"),
            testing::readText(source / "manifests/registry.ollama.ai/library/qwen2/latest"));
  EXPECT_FALSE(fs::exists(target / kMoveJournalName));
  EXPECT_EQ(filesUnder(target).size(), 7u); // 5 blobs, 2 manifests: nothing else
  EXPECT_EQ(filesUnder(source).size(), 9u); // the source is only read

  auto cleanup = deleteMovedSource(*plan, *report);
  ASSERT_TRUE(cleanup.ok());
  EXPECT_EQ(cleanup->filesRemoved, 7u);
  const auto left = filesUnder(source);
  ASSERT_EQ(left.size(), 2u); // what no model used stays
  EXPECT_EQ(left[0].parent_path(), "blobs");
  EXPECT_FALSE(fs::exists(source / "manifests"));
}

TEST(StoreMove, ADamagedBlobIsReportedItsModelStaysAndNothingOfItIsDeleted) {
  testing::TempFolder temp("store-damaged");
  const fs::path source = temp.path() / "source";
  const fs::path target = temp.path() / "target";
  const auto used = testing::writeSampleStore(source);
  const std::string second = used[2]; // only llama3:8b uses it
  { std::ofstream(source / "blobs" / second, std::ios::binary | std::ios::trunc) << "bit rot"; }

  auto plan = planStoreMove(source, target, quietOptions());
  ASSERT_TRUE(plan.ok()) << plan.error().describe();
  ProgressReporter progress;
  auto report = moveStore(*plan, progress, quietOptions());
  ASSERT_TRUE(report.ok()) << report.error().describe();
  EXPECT_FALSE(report->complete());
  ASSERT_EQ(report->damaged.size(), 1u);
  EXPECT_EQ(report->damaged[0].name, second);
  EXPECT_NE(report->damaged[0].problem.find("do not match its name"), std::string::npos);
  EXPECT_EQ(report->damaged[0].models, std::vector<std::string>{"llama3:8b"});
  ASSERT_EQ(report->movedManifests.size(), 1u);
  EXPECT_FALSE(fs::exists(target / "blobs" / second));
  EXPECT_FALSE(fs::exists(target / "manifests/registry.ollama.ai/library/llama3/8b"));
  EXPECT_TRUE(fs::exists(target / "manifests/registry.ollama.ai/library/qwen2/latest"));
  EXPECT_TRUE(fs::exists(target / kMoveJournalName)); // kept, so the next try is quick
  for (const auto& file : filesUnder(target / "blobs"))
    EXPECT_EQ(pathToUtf8(file).rfind("sha256-", 0), 0u) << file; // no temp file left

  auto cleanup = deleteMovedSource(*plan, *report);
  ASSERT_TRUE(cleanup.ok());
  EXPECT_EQ(testing::readText(source / "blobs" / second), "bit rot");
  EXPECT_TRUE(fs::exists(source / "manifests/registry.ollama.ai/library/llama3/8b"));
  EXPECT_TRUE(fs::exists(source / "blobs" / used[0])); // shared with the model that stays
  EXPECT_FALSE(fs::exists(source / "manifests/registry.ollama.ai/library/qwen2/latest"));
  EXPECT_FALSE(fs::exists(source / "blobs" / used[1]));
}

TEST(StoreMove, AMissingBlobIsReportedWhilePlanning) {
  testing::TempFolder temp("store-missing");
  const fs::path source = temp.path() / "source";
  const auto used = testing::writeSampleStore(source);
  fs::remove(source / "blobs" / used[1]);
  auto plan = planStoreMove(source, temp.path() / "target", quietOptions());
  ASSERT_TRUE(plan.ok());
  ASSERT_EQ(plan->damaged.size(), 1u);
  EXPECT_EQ(plan->damaged[0].models, std::vector<std::string>{"qwen2:latest"});
  ASSERT_EQ(plan->manifests.size(), 1u);
  EXPECT_EQ(plan->manifests[0].model, "llama3:8b");
}

TEST(StoreMove, AManifestWithFieldsOfTheWrongTypeIsReportedWhilePlanning) {
  testing::TempFolder temp("store-odd");
  const fs::path source = temp.path() / "source";
  testing::writeSampleStore(source);
  testing::writeText(source / "manifests/registry.ollama.ai/library/odd/latest",
                     R"({"config": {"digest": 5}, "layers": [{"mediaType": "m", "digest": 7}]})");
  auto plan = planStoreMove(source, temp.path() / "target", quietOptions());
  ASSERT_TRUE(plan.ok()) << plan.error().describe();
  EXPECT_EQ(plan->manifests.size(), 2u) << "the readable models still move";
  ASSERT_EQ(plan->damaged.size(), 1u);
  EXPECT_EQ(plan->damaged[0].models, std::vector<std::string>{"odd:latest"});
  EXPECT_EQ(plan->damaged[0].problem, "the manifest has a layer without a digest");
}

TEST(StoreMove, ADamagedManifestStillNamesEveryBlobItCan) {
  // The cleanup keeps what such a manifest uses, so a bad first layer must
  // not hide the good ones after it.
  testing::TempFolder temp("store-damaged-names");
  const std::string hex(64, 'a');
  testing::writeText(temp.path() / "manifests" / "registry.ollama.ai" / "library" / "odd" / "latest",
                     R"({"config": {"digest": 5}, "layers": [{"digest": "sha256:)" + hex +
                         R"("}, {"digest": "md5:x"}]})");
  testing::writeText(temp.path() / "manifests" / "registry.ollama.ai" / "library" / "gone" / "latest", "not json");
  auto use = stores::findBlobsInUse(temp.path());
  ASSERT_TRUE(use.ok()) << use.error().describe();
  ASSERT_EQ(use->manifests.size(), 2u);
  const auto& odd = use->manifests[1];
  EXPECT_EQ(odd.model, "odd:latest");
  EXPECT_TRUE(odd.readable);
  EXPECT_EQ(odd.problem, "the manifest has a layer without a digest");
  EXPECT_EQ(odd.hexes, std::vector<std::string>{hex});
  EXPECT_TRUE(use->uses(hex));
  ASSERT_NE(use->firstUnreadable(), nullptr);
  EXPECT_EQ(use->firstUnreadable()->model, "gone:latest");
  EXPECT_EQ(use->firstUnreadable()->problem, "the manifest is not JSON");
}

TEST(StoreMove, ResumesFromTheJournalAndHashesWhatTheJournalMissed) {
  testing::TempFolder temp("store-resume");
  const fs::path source = temp.path() / "source";
  const fs::path target = temp.path() / "target";
  const auto used = testing::writeSampleStore(source, 1 << 20);
  auto plan = planStoreMove(source, target, quietOptions());
  ASSERT_TRUE(plan.ok());

  // Cancel once the first model's blobs are copied.
  CancelToken cancel;
  ProgressReporter progress(
      [&](const Progress& p) {
        if (p.done >= 2u << 20)
          cancel.cancel();
      },
      &cancel, {});
  auto first = moveStore(*plan, progress, quietOptions());
  ASSERT_FALSE(first.ok());
  EXPECT_EQ(first.error().code, ErrorCode::Cancelled);
  ASSERT_TRUE(fs::exists(target / kMoveJournalName));
  for (const auto& file : filesUnder(target / "blobs"))
    EXPECT_EQ(pathToUtf8(file).rfind("sha256-", 0), 0u) << file; // the cancelled temp file is gone

  // A blob renamed but not yet in the journal (killed in between), and a
  // wrong file of the right size.
  ASSERT_FALSE(fs::exists(target / "blobs" / used[1]));
  fs::copy_file(source / "blobs" / used[1], target / "blobs" / used[1]);
  {
    std::ofstream(target / "blobs" / used[3], std::ios::binary | std::ios::trunc)
        << std::string(fs::file_size(source / "blobs" / used[3]), 'x');
  }

  auto again = planStoreMove(source, target, quietOptions());
  ASSERT_TRUE(again.ok());
  EXPECT_LT(again->bytesToCopy, again->totalBytes);
  ProgressReporter quiet;
  auto report = moveStore(*again, quiet, quietOptions());
  ASSERT_TRUE(report.ok()) << report.error().describe();
  EXPECT_TRUE(report->complete());
  EXPECT_GE(report->blobsAlreadyVerified, 1u);
  EXPECT_GE(report->blobsVerifiedInPlace, 1u);
  for (const auto& name : used)
    EXPECT_EQ(testing::sha256OfFile(target / "blobs" / name), name.substr(7)) << name;
  EXPECT_EQ(report->verifiedBlobs.size(), 5u);
  EXPECT_FALSE(fs::exists(target / kMoveJournalName));
}

TEST(StoreMove, Refusals) {
  testing::TempFolder temp("store-refuse");
  const fs::path source = temp.path() / "source";
  testing::writeSampleStore(source);

  auto same = planStoreMove(source, source / ".", quietOptions());
  ASSERT_FALSE(same.ok());
  auto inside = planStoreMove(source, source / "blobs" / "new", quietOptions());
  ASSERT_FALSE(inside.ok());
  EXPECT_NE(inside.error().message.find("is inside the store"), std::string::npos);
  EXPECT_FALSE(planStoreMove(source, "relative/models", quietOptions()).ok());
  EXPECT_EQ(planStoreMove(temp.path() / "empty", temp.path() / "t", quietOptions()).error().code, ErrorCode::NotFound);

  StoreMoveOptions tight = quietOptions();
  tight.freeSpace = [](const fs::path&) { return std::uint64_t(1000); };
  auto full = planStoreMove(source, temp.path() / "target", tight);
  ASSERT_FALSE(full.ok());
  EXPECT_EQ(full.error().code, ErrorCode::NoSpace);

  // A different model of the same name at the target.
  testing::writeStoreManifest(temp.path() / "target", "qwen2", "latest",
                              {testing::writeStoreBlob(temp.path() / "target", "other")});
  auto conflict = planStoreMove(source, temp.path() / "target", quietOptions());
  ASSERT_FALSE(conflict.ok());
  EXPECT_EQ(conflict.error().code, ErrorCode::AlreadyExists);

  testing::writeText(temp.path() / "a file", "x");
  EXPECT_FALSE(planStoreMove(source, temp.path() / "a file" / "models", quietOptions()).ok());
#ifdef __linux__
  // Even root cannot create files in /proc.
  StoreMoveOptions service = quietOptions();
  service.serviceUser = true;
  auto readOnly = planStoreMove(source, "/proc/modeldesk-models", service);
  ASSERT_FALSE(readOnly.ok());
  EXPECT_NE(readOnly.error().message.find("Cannot write in /proc"), std::string::npos) << readOnly.error().message;
  EXPECT_NE(readOnly.error().message.find("`ollama` user"), std::string::npos);
  EXPECT_NE(readOnly.error().message.find("chown -R ollama:ollama"), std::string::npos);
#endif
}

} // namespace
} // namespace md::env
