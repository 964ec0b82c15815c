// copySegments with the hash held back (CopyOptions::beforeHashing holds the
// hasher thread until the test lets it go): the copy waiting for a hash far
// behind still reports progress and honours a cancel, a cancel while the
// output is flushed stops at once, and a failed hash stops the copy early.
// The hold has a 30 s safety limit, so a regression fails instead of hanging.

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <vector>

#include "core/io/segment_copy.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/temp_folder.h"

namespace md {
namespace {

namespace fs = std::filesystem;

class SegmentCopyTest : public ::testing::Test {
protected:
  void SetUp() override {
    input = dir.path() / "输入 部分.a";
    output = dir.path() / "输出 文件.gguf";
    testing::writeAll(input, std::vector<std::byte>(kInputBytes, std::byte{7}));
    options.allowClone = false;
    options.allowKernelCopy = false; // 4 KiB writes: many progress reports
    options.bufferSize = 4096;
    options.beforeHashing = [this] {
      heldTooLong = release.get_future().wait_for(std::chrono::seconds(30)) == std::future_status::timeout;
      if (afterRelease)
        afterRelease();
    };
  }

  // Runs the copy; `sink` sees every report (no throttling).
  Result<io::CopyResult> copy(std::function<void(const Progress&)> sink) {
    auto out = io::File::createNew(output);
    EXPECT_TRUE(out);
    ProgressReporter progress(std::move(sink), &cancel, std::chrono::milliseconds(0));
    return io::copySegments({io::Segment::fileRange(input, 0, kInputBytes)}, *out, progress, options);
  }
  std::uint64_t outputSize() const { return fs::file_size(output); }
  void letTheHashGo() {
    if (!released.exchange(true))
      release.set_value();
  }

  static constexpr std::size_t kInputBytes = 256 * 1024;
  testing::TempFolder dir;
  fs::path input, output;
  io::CopyOptions options;
  CancelToken cancel;
  std::promise<void> release;
  std::atomic<bool> released{false};
  std::atomic<bool> heldTooLong{false};
  std::function<void()> afterRelease; // runs on the hasher thread once it is let go
};

TEST_F(SegmentCopyTest, WaitingForAHashFarBehindReportsProgressAndCancels) {
  options.maxHashLag = 8192; // the third 4 KiB write must wait for the hash
  int reportsWhileWaiting = 0;
  auto result = copy([&](const Progress&) {
    if (outputSize() == 3 * 4096 && ++reportsWhileWaiting == 2) { // a report from within the wait
      cancel.cancel();
      letTheHashGo();
    }
  });
  letTheHashGo();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::Cancelled) << result.error().describe();
  EXPECT_FALSE(heldTooLong) << "the copy reported nothing while it waited for the hash";
  EXPECT_EQ(outputSize(), 3 * 4096u) << "the copy ran ahead of the hash by more than it may";
}

TEST_F(SegmentCopyTest, ACancelWhileTheOutputIsFlushedStopsWithoutWaitingForTheHash) {
  int reportsWhenWritten = 0;
  auto result = copy([&](const Progress& p) {
    EXPECT_EQ(p.done, 0u) << "nothing is hashed, so nothing is reported done";
    if (outputSize() == kInputBytes && ++reportsWhenWritten == 2) { // the first report of the flush
      cancel.cancel();
      letTheHashGo();
    }
  });
  letTheHashGo();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::Cancelled) << result.error().describe();
  EXPECT_FALSE(heldTooLong) << "the flush reported nothing while the hash was behind";
  EXPECT_EQ(reportsWhenWritten, 2);
}

#ifndef _WIN32 // removes an input that is open, which Windows refuses
TEST_F(SegmentCopyTest, AFailedHashStopsTheCopyEarlyAndIsReported) {
  options.maxHashLag = 64 * 1024;
  // Once the copier has opened the input and written its first chunk, the
  // input disappears, so the hasher cannot open it.
  afterRelease = [this] { fs::remove(input); };
  auto result = copy([&](const Progress&) {
    if (outputSize() > 0)
      letTheHashGo();
  });
  letTheHashGo();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::NotFound) << result.error().describe(); // the hasher's error
  EXPECT_EQ(result.error().where.path, input) << result.error().describe();
  // At most the allowed lead, plus the write that waited and the one after.
  EXPECT_LE(outputSize(), 64 * 1024u + 2 * 4096) << "the copy went on after the hash had failed";
  EXPECT_FALSE(heldTooLong);
}
#endif

} // namespace
} // namespace md
