// Classification: the plan for each kind of set, and every refusal, each
// naming the file and what is wrong.

#include <gtest/gtest.h>

#include "core/merge/merge_plan.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/merge_fixtures.h"
#include "tests/support/temp_folder.h"

namespace md {
namespace {

using merge::FileRole;
using merge::MergeMode;
namespace fs = std::filesystem;

bool mentions(const merge::MergePlan& plan, const std::string& fragment) {
  for (const auto& problem : plan.problems)
    if (problem.english().find(fragment) != std::string::npos)
      return true;
  return false;
}

std::string problemsOf(const merge::MergePlan& plan) {
  std::string all;
  for (const auto& p : plan.problems)
    all += p.english() + "\n";
  return all;
}

class MergePlanTest : public ::testing::Test {
protected:
  testing::TempFolder dir;
  fs::path folder() const { return dir.path() / "张三 的模型"; }
  void SetUp() override { fs::create_directories(folder()); }
};

TEST_F(MergePlanTest, OrdersByteSplitPartsByNameAndSumsTheirSizes) {
  auto parts = testing::writeParts(testing::tinyLlama(), folder() / "tiny.gguf", {".c", ".a", ".b"});
  auto plan = merge::classify(parts);
  ASSERT_TRUE(plan.ok()) << problemsOf(plan);
  EXPECT_EQ(plan.mode, MergeMode::JoinParts);
  EXPECT_EQ(plan.suggestedName, "tiny.gguf");
  EXPECT_EQ(plan.files[0].path.filename(), "tiny.gguf.a");
  EXPECT_EQ(plan.files[2].path.filename(), "tiny.gguf.c");
  EXPECT_EQ(plan.files[0].role, FileRole::Part);
  EXPECT_TRUE(plan.files[0].header.has_value());
  EXPECT_EQ(plan.files[1].reason.id, MessageId::PartContinuesReason);
  EXPECT_NE(plan.files[1].reason.english().find("part 2"), std::string::npos);
  EXPECT_EQ(plan.outputSize, testing::tinyLlama().layout().fileSize);
}

TEST_F(MergePlanTest, RecognisesEveryPartNamingStyle) {
  for (auto suffixes :
       std::vector<std::vector<std::string>>{{"-split-a", "-split-b"}, {".part1of2", ".part2of2"}, {".00", ".01"}}) {
    testing::TempFolder local;
    auto parts = testing::writeParts(testing::tinyLlama(), local.path() / "m.gguf", suffixes);
    auto plan = merge::classify(parts);
    EXPECT_TRUE(plan.ok()) << suffixes[0] << ": " << problemsOf(plan);
  }
  testing::TempFolder local;
  auto builder = testing::tinyLlama();
  auto chunks = testing::writeChunks(builder, local.path(), "m", 3);
  auto plan = merge::classify(chunks);
  EXPECT_TRUE(plan.ok()) << problemsOf(plan);
  EXPECT_EQ(plan.suggestedName, "m.gguf");
}

TEST_F(MergePlanTest, RefusesAMissingMiddlePart) {
  auto parts = testing::writeParts(testing::tinyLlama(), folder() / "x.gguf", {".a", ".b", ".c"});
  auto plan = merge::classify({parts[0], parts[2]});
  EXPECT_FALSE(plan.ok());
  EXPECT_TRUE(mentions(plan, "Missing x.gguf.b (2 of 3 parts present)")) << problemsOf(plan);
}

TEST_F(MergePlanTest, NamesTheMissingFilesInTheirOwnNamingStyle) {
  auto chunks = testing::writeChunks(testing::tinyLlama(), folder() / "c", "m", 3);
  EXPECT_TRUE(
      mentions(merge::classify({chunks[0], chunks[2]}), "Missing m-chunk-002-of-003.gguf (2 of 3 parts present)"));
  auto split =
      testing::writeParts(testing::tinyLlama(), folder() / "s" / "m.gguf", {"-split-a", "-split-b", "-split-c"});
  EXPECT_TRUE(mentions(merge::classify({split[0], split[2]}), "Missing m.gguf-split-b (2 of 3 parts present)"));
  std::vector<std::string> suffixes;
  for (char letter = 'a'; letter <= 'h'; ++letter)
    suffixes.push_back(std::string(".") + letter);
  auto many = testing::writeParts(testing::tinyLlama(), folder() / "m" / "x.gguf", suffixes);
  auto plan = merge::classify({many[0], many[7]});
  EXPECT_TRUE(mentions(plan, "Missing x.gguf.b, x.gguf.c, x.gguf.d, x.gguf.e, … (2 of 8 parts present)"))
      << problemsOf(plan);
  EXPECT_EQ(std::count_if(plan.problems.begin(), plan.problems.end(),
                          [](const Message& p) { return p.id == MessageId::MissingParts; }),
            1)
      << "one line for all that is missing";
}

TEST_F(MergePlanTest, RefusesAMissingLastPartBecauseTheSizesDoNotAddUp) {
  auto parts = testing::writeParts(testing::tinyLlama(), folder() / "x.gguf", {".a", ".b", ".c"});
  auto plan = merge::classify({parts[0], parts[1]});
  EXPECT_FALSE(plan.ok());
  EXPECT_TRUE(mentions(plan, "missing (is a part missing?)")) << problemsOf(plan);
  EXPECT_TRUE(mentions(plan, "x.gguf.a")) << problemsOf(plan);
}

TEST_F(MergePlanTest, RefusesAMissingPartWhenTheNameGivesTheCount) {
  auto parts = testing::writeParts(testing::tinyLlama(), folder() / "x.gguf", {".part1of3", ".part2of3", ".part3of3"});
  auto plan = merge::classify({parts[0], parts[1]});
  EXPECT_TRUE(mentions(plan, "Missing x.gguf.part3of3 (2 of 3 parts present)")) << problemsOf(plan);
}

TEST_F(MergePlanTest, RefusesADuplicatePart) {
  auto parts = testing::writeParts(testing::tinyLlama(), folder() / "x.gguf", {".a", ".b"});
  fs::create_directories(folder() / "copy");
  fs::copy_file(parts[1], folder() / "copy" / "x.gguf.b");
  auto plan = merge::classify({parts[0], parts[1], folder() / "copy" / "x.gguf.b"});
  EXPECT_TRUE(mentions(plan, "part .b appears twice")) << problemsOf(plan);
  auto listedTwice = merge::classify({parts[0], parts[1], parts[1]});
  EXPECT_TRUE(mentions(listedTwice, "x.gguf.b is listed twice")) << problemsOf(listedTwice);
}

TEST_F(MergePlanTest, RefusesPartsInTheWrongOrder) {
  auto parts = testing::writeParts(testing::tinyLlama(), folder() / "x.gguf", {".a", ".b"});
  // The user renamed them the wrong way round.
  fs::rename(parts[0], folder() / "tmp");
  fs::rename(parts[1], parts[0]);
  fs::rename(folder() / "tmp", parts[1]);
  auto plan = merge::classify(parts);
  EXPECT_TRUE(mentions(plan, "Wrong order: x.gguf.b starts with GGUF, but x.gguf.a comes before it"))
      << problemsOf(plan);
}

TEST_F(MergePlanTest, RefusesANonGgufFile) {
  testing::writeAll(folder() / "notes.txt", {std::byte{'h'}, std::byte{'i'}, std::byte{'!'}, std::byte{'\n'}});
  testing::tinyLlama().write(folder() / "m.gguf");
  auto plan = merge::classify({folder() / "m.gguf", folder() / "notes.txt"});
  EXPECT_TRUE(mentions(plan, "notes.txt is not a GGUF file (it starts with 'hi!.'")) << problemsOf(plan);
}

TEST_F(MergePlanTest, SaysWhatADownloadLeftInsteadOfAModel) {
  auto parts = testing::writeParts(testing::tinyLlama(), folder() / "x.gguf", {".a", ".b"});
  testing::writeText(folder() / "lfs.gguf", "version https://git-lfs.github.com/spec/v1\noid sha256:ab\nsize 9\n");
  testing::writeText(folder() / "page.gguf", "<!DOCTYPE html>\n<html><body>Sign in</body></html>");
  testing::writeText(folder() / "empty.gguf", "");
  auto plan =
      merge::classify({folder() / "lfs.gguf", folder() / "page.gguf", folder() / "empty.gguf", folder() / "gone.gguf"});
  EXPECT_TRUE(mentions(plan, "lfs.gguf is a Git LFS pointer, not the model: download the real file (git lfs pull)"))
      << problemsOf(plan);
  EXPECT_TRUE(mentions(plan, "page.gguf is a web page, not a GGUF file: the download saved an error or sign-in page"))
      << problemsOf(plan);
  EXPECT_TRUE(mentions(plan, "empty.gguf is empty: an interrupted download, or a placeholder")) << problemsOf(plan);
  EXPECT_TRUE(mentions(plan, "There is no file gone.gguf")) << problemsOf(plan);
  // A bad file among byte-split parts is refused once, for what it is.
  auto mixed = merge::classify({parts[0], parts[1], folder() / "page.gguf"});
  ASSERT_EQ(mixed.problems.size(), 1u) << problemsOf(mixed);
  EXPECT_TRUE(mentions(mixed, "page.gguf is a web page")) << problemsOf(mixed);
}

TEST_F(MergePlanTest, AnInputThatCannotBeReadIsAProblemNotACrash) {
  fs::create_symlink(folder() / "loop.gguf", folder() / "loop.gguf"); // a symlink to itself: ELOOP
  const std::string longName = std::string(300, 'x') + ".gguf";       // longer than a file name may be
  auto plan = merge::classify({folder() / "loop.gguf", folder() / longName});
  EXPECT_EQ(plan.mode, MergeMode::Refused);
  EXPECT_TRUE(mentions(plan, "loop.gguf cannot be read: ")) << problemsOf(plan);
  EXPECT_TRUE(mentions(plan, longName + " cannot be read: ")) << problemsOf(plan);
}

TEST_F(MergePlanTest, LeavesOutChecksumFilesWithANote) {
  auto parts = testing::writeParts(testing::tinyLlama(), folder() / "x.gguf", {".a", ".b"});
  testing::writeText(folder() / "x.gguf.sha256", std::string(64, 'a') + "  x.gguf\n");
  testing::writeText(folder() / "x.gguf.a.MD5", "0123\n");
  auto plan = merge::classify({parts[0], folder() / "x.gguf.sha256", parts[1], folder() / "x.gguf.a.MD5"});
  EXPECT_EQ(plan.mode, MergeMode::JoinParts) << problemsOf(plan);
  EXPECT_EQ(plan.files.size(), 2u);
  const auto notes = englishTexts(plan.notes);
  EXPECT_NE(std::find(notes.begin(), notes.end(), "x.gguf.sha256 is a checksum file: left out"), notes.end());
  EXPECT_NE(std::find(notes.begin(), notes.end(), "x.gguf.a.MD5 is a checksum file: left out"), notes.end());
}

TEST_F(MergePlanTest, PlansShardsInOrderAndRefusesMismatches) {
  auto shards = testing::writeShards(testing::tinyLlama(), folder(), "tiny", 3);
  auto plan = merge::classify({shards[2], shards[0], shards[1]});
  ASSERT_TRUE(plan.ok()) << problemsOf(plan);
  EXPECT_EQ(plan.mode, MergeMode::MergeShards);
  EXPECT_EQ(plan.files[0].path, shards[0]);
  EXPECT_EQ(plan.suggestedName, "tiny.gguf");
  EXPECT_FALSE(plan.notes.empty());

  auto missing = merge::classify({shards[0], shards[2]});
  EXPECT_TRUE(mentions(missing, "Missing tiny-00002-of-00003.gguf (2 of 3 shards present)")) << problemsOf(missing);

  auto other = testing::writeShards(testing::tinyLlama(), folder() / "other", "tiny", 2);
  auto mixed = merge::classify({shards[0], other[1], shards[2]});
  EXPECT_TRUE(mentions(mixed, "split.count differs")) << problemsOf(mixed);
}

TEST_F(MergePlanTest, RefusesShardsMixedWithParts) {
  auto shards = testing::writeShards(testing::tinyLlama(), folder(), "tiny", 2);
  auto parts = testing::writeParts(testing::tinyLlama(), folder() / "x.gguf", {".a", ".b"});
  auto plan = merge::classify({shards[0], shards[1], parts[0], parts[1]});
  EXPECT_TRUE(mentions(plan, "cannot be mixed with byte-split parts")) << problemsOf(plan);
}

TEST_F(MergePlanTest, PairsAModelWithItsProjector) {
  testing::tinyLlama().write(folder() / "model.gguf");
  testing::tinyProjector().write(folder() / "mmproj-model-f16.gguf");
  auto plan = merge::classify({folder() / "mmproj-model-f16.gguf", folder() / "model.gguf"});
  ASSERT_TRUE(plan.ok()) << problemsOf(plan);
  EXPECT_EQ(plan.mode, MergeMode::ModelAndProjector);
  EXPECT_EQ(plan.files[0].role, FileRole::Model);
  EXPECT_EQ(plan.files[1].role, FileRole::Projector);
  ASSERT_FALSE(plan.notes.empty());
  EXPECT_EQ(plan.notes[0].id, MessageId::ProjectorSeparateFile);
  EXPECT_NE(plan.notes[0].english().find("0.7.1"), std::string::npos);

  testing::tinyLlama("other").write(folder() / "other.gguf");
  auto twoModels = merge::classify({folder() / "model.gguf", folder() / "other.gguf"});
  EXPECT_TRUE(mentions(twoModels, "are both models")) << problemsOf(twoModels);
  auto lonely = merge::classify({folder() / "mmproj-model-f16.gguf"});
  EXPECT_TRUE(mentions(lonely, "no model")) << problemsOf(lonely);
  auto single = merge::classify({folder() / "model.gguf"});
  EXPECT_EQ(single.mode, MergeMode::Nothing);
}

TEST_F(MergePlanTest, RefusesATruncatedModelThatIsNotAPart) {
  auto builder = testing::tinyLlama();
  builder.write(folder() / "cut.gguf", builder.layout().fileSize - 100);
  auto plan = merge::classify({folder() / "cut.gguf"});
  EXPECT_TRUE(mentions(plan, "cut.gguf is incomplete")) << problemsOf(plan);
}

} // namespace
} // namespace md
