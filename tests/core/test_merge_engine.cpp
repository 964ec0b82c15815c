// The merge engines on real files: outputs equal the original bytes, the
// SHA-256 is right and written beside, shard merges keep tensor bytes, and
// nothing is ever left under the final name on refusal, disk full or cancel.

#include <gtest/gtest.h>

#include <fstream>

#include "core/gguf/reader.h"
#include "core/io/segment_copy.h"
#include "core/merge/merge_engine.h"
#include "core/merge/split_model.h"
#include "core/util/paths.h"
#include "tests/support/digest.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/merge_fixtures.h"
#include "tests/support/temp_folder.h"

namespace md {
namespace {

namespace fs = std::filesystem;

class MergeEngineTest : public ::testing::Test {
protected:
  testing::TempFolder dir;
  fs::path folder() const { return dir.path() / "模型 文件"; }
  void SetUp() override { fs::create_directories(folder()); }

  Result<merge::MergeResult> merge(const std::vector<fs::path>& inputs, const fs::path& output,
                                   merge::MergeOptions options = {}, const CancelToken* cancel = nullptr,
                                   ProgressSink sink = {}) {
    auto plan = merge::classify(inputs);
    ProgressReporter progress(std::move(sink), cancel, std::chrono::milliseconds(0));
    return merge::runMerge(plan, output, options, progress);
  }
  std::vector<fs::path> folderEntries() const {
    std::vector<fs::path> names;
    for (const auto& entry : fs::directory_iterator(folder()))
      names.push_back(entry.path().filename());
    std::sort(names.begin(), names.end());
    return names;
  }
};

TEST_F(MergeEngineTest, JoinsPartsIntoTheOriginalBytesWithEveryCopyMethod) {
  auto builder = testing::tinyLlama();
  auto original = builder.bytes();
  auto parts = testing::writeParts(builder, folder() / "tiny.gguf", {".a", ".b", ".c"});
  auto before = testing::sha256OfFile(parts[1]);
  for (int method = 0; method < 3; ++method) {
    merge::MergeOptions options;
    options.copy.allowClone = method == 0;
    options.copy.allowKernelCopy = method <= 1;
    options.copy.bufferSize = 4096 + 512 * static_cast<std::size_t>(method); // odd sizes cross part borders
    auto output = folder() / ("out " + std::to_string(method) + ".gguf");
    auto result = merge(parts, output, options);
    ASSERT_TRUE(result) << result.error().describe();
    EXPECT_EQ(testing::readAll(output), original);
    EXPECT_EQ(result->sha256, testing::sha256Hex(original));
    EXPECT_EQ(result->bytes, original.size());
    EXPECT_EQ(result->mode, merge::MergeMode::JoinParts);
    if (method == 2) {
      EXPECT_EQ(result->method, "buffered");
    }
    std::ifstream checksum(result->checksumFile);
    std::string line;
    std::getline(checksum, line);
    EXPECT_EQ(line, result->sha256 + "  out " + std::to_string(method) + ".gguf");
  }
  EXPECT_EQ(testing::sha256OfFile(parts[1]), before); // inputs untouched
}

// An input that shrank after it was planned (another program truncated it)
// stops the copy with the file and the offset where its bytes ran out, in the
// double-buffered path and the kernel-copy path alike.
TEST_F(MergeEngineTest, AnInputThatShrankStopsTheCopyAtTheOffsetWhereItEnds) {
  std::vector<std::byte> bytes(10'000);
  for (std::size_t i = 0; i < bytes.size(); ++i)
    bytes[i] = std::byte(i * 7);
  testing::writeAll(folder() / "part.a", bytes);
  for (bool kernel : {false, true}) {
    const fs::path outPath = folder() / (kernel ? "out-k" : "out-b");
    auto out = io::File::createNew(outPath);
    ASSERT_TRUE(out);
    io::CopyOptions options;
    options.allowClone = false;
    options.allowKernelCopy = kernel;
    options.bufferSize = 4096;
    ProgressReporter progress({}, nullptr, std::chrono::milliseconds(0));
    // Planned as 12,000 bytes from offset 100; the file has 9,900 from there.
    auto result = io::copySegments({io::Segment::fileRange(folder() / "part.a", 100, 12'000)}, *out, progress, options);
    ASSERT_FALSE(result) << kernel;
    EXPECT_EQ(result.error().code, ErrorCode::Io);
    EXPECT_NE(result.error().message.find("ended early"), std::string::npos) << result.error().message;
    ASSERT_TRUE(result.error().where.offset.has_value());
    EXPECT_EQ(*result.error().where.offset, 10'000u) << kernel;
    EXPECT_EQ(result.error().where.path, folder() / "part.a");
  }
}

TEST_F(MergeEngineTest, MergesShardsKeepingEveryTensorByte) {
  auto builder = testing::tinyLlama();
  builder.write(folder() / "original.gguf");
  auto shards = testing::writeShards(builder, folder() / "shards", "tiny", 3);
  auto result = merge(shards, folder() / "merged.gguf");
  ASSERT_TRUE(result) << result.error().describe();
  auto original = *gguf::readGguf(folder() / "original.gguf");
  auto merged = *gguf::readGguf(folder() / "merged.gguf");
  EXPECT_TRUE(merged.complete);
  EXPECT_EQ(merged.fileSize, merged.expectedFileSize);
  EXPECT_EQ(merged.find("split.count"), nullptr);
  EXPECT_EQ(merged.metadata.size(), original.metadata.size());
  ASSERT_EQ(merged.tensors.size(), original.tensors.size());
  auto originalBytes = testing::readAll(folder() / "original.gguf");
  auto mergedBytes = testing::readAll(folder() / "merged.gguf");
  for (std::size_t i = 0; i < merged.tensors.size(); ++i) {
    const auto& a = original.tensors[i];
    const auto& b = merged.tensors[i];
    EXPECT_EQ(a.name, b.name);
    EXPECT_TRUE(std::equal(originalBytes.begin() + static_cast<std::ptrdiff_t>(original.dataOffset + a.offset),
                           originalBytes.begin() + static_cast<std::ptrdiff_t>(original.dataOffset + a.offset + a.size),
                           mergedBytes.begin() + static_cast<std::ptrdiff_t>(merged.dataOffset + b.offset)))
        << a.name;
  }
  EXPECT_EQ(result->sha256, testing::sha256OfFile(folder() / "merged.gguf"));
}

TEST_F(MergeEngineTest, SplitsByMaximumSize) {
  auto builder = testing::tinyLlama();
  builder.write(folder() / "m.gguf");
  merge::SplitOptions options;
  options.maxBytes = 100 * 1024;
  ProgressReporter progress;
  auto result = merge::splitModel(folder() / "m.gguf", folder() / "m", options, progress);
  ASSERT_TRUE(result) << result.error().describe();
  ASSERT_GE(result->shards.size(), 3u);
  std::size_t tensors = 0;
  for (std::size_t k = 0; k < result->shards.size(); ++k) {
    auto shard = *gguf::readGguf(result->shards[k]);
    EXPECT_EQ(shard.getUnsigned("split.no"), k);
    EXPECT_EQ(shard.getUnsigned("split.count"), result->shards.size());
    EXPECT_EQ(shard.find("split.tensors.count")->asSigned(), static_cast<std::int64_t>(builder.tensors().size()));
    EXPECT_EQ(shard.find("general.architecture") != nullptr, k == 0);
    tensors += shard.tensors.size();
  }
  EXPECT_EQ(tensors, builder.tensors().size());
  // A limit the whole model fits in would make one pointless shard.
  auto entries = folderEntries();
  options.maxBytes = 1ull << 30;
  auto whole = merge::splitModel(folder() / "m.gguf", folder() / "big", options, progress);
  ASSERT_FALSE(whole);
  EXPECT_EQ(whole.error().message, "m.gguf already fits in one shard of that size: there is nothing to split");
  EXPECT_EQ(folderEntries(), entries);
  EXPECT_EQ(merge::parseSize("2G"), 2ull << 30);
  EXPECT_EQ(merge::parseSize("500M"), 500ull << 20);
  EXPECT_EQ(merge::parseSize("1.5GiB"), 3ull << 29);
  EXPECT_FALSE(merge::parseSize("lots"));
}

TEST_F(MergeEngineTest, ConcatenatesAModelAndProjectorOnlyWhenAskedForLegacy) {
  testing::tinyLlama().write(folder() / "model.gguf");
  testing::tinyProjector().write(folder() / "mmproj.gguf");
  auto refused = merge({folder() / "model.gguf", folder() / "mmproj.gguf"}, folder() / "both.gguf");
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("two FROM lines"), std::string::npos);
  EXPECT_EQ(refused.error().text.id, MessageId::ProjectorNeedsNoMerge);
  EXPECT_FALSE(fs::exists(folder() / "both.gguf"));
  merge::MergeOptions legacy;
  legacy.legacyConcat = true;
  auto result = merge({folder() / "mmproj.gguf", folder() / "model.gguf"}, folder() / "both.gguf", legacy);
  ASSERT_TRUE(result) << result.error().describe();
  auto expected = testing::readAll(folder() / "model.gguf");
  auto projector = testing::readAll(folder() / "mmproj.gguf");
  expected.insert(expected.end(), projector.begin(), projector.end());
  EXPECT_EQ(testing::readAll(folder() / "both.gguf"), expected);
}

TEST_F(MergeEngineTest, RefusesAnExistingOutputUnlessOverwriteIsConfirmed) {
  auto parts = testing::writeParts(testing::tinyLlama(), folder() / "x.gguf", {".a", ".b"});
  testing::writeAll(folder() / "x.gguf", {std::byte{'k'}});
  auto refused = merge(parts, folder() / "x.gguf");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::AlreadyExists);
  EXPECT_EQ(testing::readAll(folder() / "x.gguf"), std::vector<std::byte>{std::byte{'k'}});
  merge::MergeOptions overwrite;
  overwrite.overwrite = true;
  ASSERT_TRUE(merge(parts, folder() / "x.gguf", overwrite));
  EXPECT_EQ(testing::readAll(folder() / "x.gguf"), testing::tinyLlama().bytes());
}

TEST_F(MergeEngineTest, RefusesAnOutputThatIsAnInput) {
  auto parts = testing::writeParts(testing::tinyLlama(), folder() / "x.gguf", {".a", ".b"});
  merge::MergeOptions overwrite;
  overwrite.overwrite = true;
  auto refused = merge(parts, parts[1], overwrite);
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("cannot be one of the inputs"), std::string::npos);
  EXPECT_EQ(refused.error().text.id, MessageId::OutputIsAnInput);
  ASSERT_EQ(refused.error().text.args.size(), 1u);
  EXPECT_EQ(refused.error().text.args[0].text, pathToUtf8(parts[1]));
}

TEST_F(MergeEngineTest, ARefusedPlanKeepsEveryReasonAsACode) {
  testing::tinyLlama().write(folder() / "a.gguf");
  testing::tinyLlama("other").write(folder() / "b.gguf");
  testing::tinyProjector().write(folder() / "p.gguf");
  testing::tinyProjector().write(folder() / "q.gguf");
  auto plan = merge::classify({folder() / "a.gguf", folder() / "b.gguf", folder() / "p.gguf", folder() / "q.gguf"});
  ASSERT_GE(plan.problems.size(), 2u);
  auto refused = merge::layoutMerge(plan, false);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().text.id, MessageId::MergeRefusedBecause);
  ASSERT_EQ(refused.error().text.args.size(), 1u);
  const auto& reasons = refused.error().text.args[0];
  ASSERT_TRUE(reasons.sentence);
  EXPECT_EQ(reasons.sentence->id, MessageId::TwoReasons);
  std::string expected = "These files cannot be merged: ";
  for (std::size_t k = 0; k < plan.problems.size(); ++k)
    expected += (k ? "; " : "") + plan.problems[k].english();
  EXPECT_EQ(refused.error().message, expected);
}

TEST_F(MergeEngineTest, ChecksFreeSpaceFirstWithAClearMessage) {
  auto parts = testing::writeParts(testing::tinyLlama(), folder() / "x.gguf", {".a", ".b"});
  auto entries = folderEntries();
  merge::MergeOptions options;
  options.staging.freeSpace = [](const fs::path&) { return std::uint64_t{1} << 20; };
  auto refused = merge(parts, folder() / "x.gguf", options);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::NoSpace);
  EXPECT_NE(refused.error().message.find("Not enough free space: needs 463 KiB"), std::string::npos)
      << refused.error().message;
  EXPECT_NE(refused.error().message.find("plus 16.0 MiB of headroom"), std::string::npos) << refused.error().message;
  EXPECT_EQ(folderEntries(), entries);
  options.staging.freeSpace = [](const fs::path&) { return std::uint64_t{100} << 10; };
  auto tiny = merge(parts, folder() / "x.gguf", options);
  ASSERT_FALSE(tiny);
  EXPECT_NE(tiny.error().message.find("needs 463 KiB in"), std::string::npos) << tiny.error().message;
  EXPECT_NE(tiny.error().message.find("but only 100 KiB is free"), std::string::npos) << tiny.error().message;
}

TEST_F(MergeEngineTest, DiskFullMidWriteLeavesNothingBehind) {
  auto parts = testing::writeParts(testing::tinyLlama(), folder() / "x.gguf", {".a", ".b"});
  auto entries = folderEntries();
  merge::MergeOptions options;
  options.copy.failWritesAfter = 200 * 1024;
  auto failed = merge(parts, folder() / "x.gguf", options);
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().code, ErrorCode::NoSpace) << failed.error().describe();
  EXPECT_EQ(folderEntries(), entries);
}

TEST_F(MergeEngineTest, CancelAtAnyPointLeavesNothingBehind) {
  auto builder = testing::tinyLlama();
  auto shards = testing::writeShards(builder, folder(), "tiny", 3);
  auto entries = folderEntries();
  // UINT64_MAX: once every byte is written and hashed, as the output is
  // flushed (SegmentCopy tests cancel the copy while the hash is behind).
  for (std::uint64_t cancelAfter : std::initializer_list<std::uint64_t>{0, 4096, 100'000, 300'000, UINT64_MAX}) {
    CancelToken cancel;
    merge::MergeOptions options;
    options.copy.bufferSize = 4096;
    options.copy.allowKernelCopy = false;
    options.copy.allowClone = false;
    auto sink = [&](const Progress& p) {
      if (p.phase == "writing" && p.done >= std::min(cancelAfter, p.total))
        cancel.cancel();
    };
    auto result = merge(shards, folder() / "out.gguf", options, &cancel, sink);
    ASSERT_FALSE(result) << cancelAfter;
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled) << cancelAfter;
    EXPECT_EQ(folderEntries(), entries) << cancelAfter;
  }
}

TEST_F(MergeEngineTest, AClonedRangeIsExactOrNothingIsAppended) {
  // Whatever this filesystem can do (ext4: no clone; btrfs/XFS: whole
  // blocks), the file reads as the bytes appended so far, in order.
  std::vector<char> bytes(3 * 4096 + 100);
  for (std::size_t i = 0; i < bytes.size(); ++i)
    bytes[i] = static_cast<char>(i * 7 + 3);
  const auto sourcePath = folder() / "源.bin";
  std::ofstream(sourcePath, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  auto source = io::File::openRead(sourcePath);
  auto target = io::File::createNew(folder() / "目标.bin");
  ASSERT_TRUE(source && target);
  auto cloned = target->appendClone(*source, 4096, bytes.size() - 4096);
  ASSERT_TRUE(cloned) << cloned.error().describe();
  EXPECT_TRUE(cloned->bytes == 0 || cloned->bytes % 4096 == 0 || cloned->bytes == bytes.size() - 4096);
  const std::string tail(bytes.data() + 4096 + cloned->bytes, bytes.data() + bytes.size());
  ASSERT_TRUE(target->write(std::as_bytes(std::span(tail.data(), tail.size()))));
  target->close();
  EXPECT_EQ(testing::readText(folder() / "目标.bin"), std::string(bytes.data() + 4096, bytes.data() + bytes.size()));
  EXPECT_EQ(testing::readText(sourcePath), std::string(bytes.data(), bytes.size())); // the input is untouched
}

TEST_F(MergeEngineTest, LeftoverTempFilesOfDeadProcessesAreFound) {
  testing::writeAll(folder() / ".x.gguf.modeldesk-partial-999999999", {std::byte{1}, std::byte{2}});
  auto leftovers = io::findLeftoverPartials(folder());
  ASSERT_EQ(leftovers.size(), 1u);
  EXPECT_EQ(leftovers[0].finalName, "x.gguf");
  EXPECT_EQ(leftovers[0].size, 2u);
  EXPECT_FALSE(leftovers[0].ownerRunning);
}

} // namespace
} // namespace md
