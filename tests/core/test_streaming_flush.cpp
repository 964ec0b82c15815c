// StreamingFlush: what is written through it arrives whole, and a flush or
// writeback that fails is reported: by finish() always, even when the kernel
// reports the error once and a later flush succeeds (a scripted target plays
// that kernel, which a test cannot make fail on cue), and by wrote() as soon
// as the writer can see it.

#include <gtest/gtest.h>

#include <future>
#include <vector>

#include "core/io/streaming_flush.h"
#include "tests/support/temp_folder.h"

namespace md {
namespace {

TEST(StreamingFlush, AFileWrittenInWindowsArrivesWhole) {
  testing::TempFolder dir;
  const auto path = dir.path() / "流 输出.bin";
  auto file = io::File::createNew(path);
  ASSERT_TRUE(file);
  io::StreamingFlush flush(*file);
  std::vector<std::byte> chunk(8u << 20);
  std::uint64_t written = 0;
  for (int k = 0; k < 40; ++k) { // 320 MiB: several windows and one background flush
    std::fill(chunk.begin(), chunk.end(), std::byte(k));
    ASSERT_TRUE(file->write(chunk));
    written += chunk.size();
    ASSERT_TRUE(flush.wrote(written));
  }
  ASSERT_TRUE(flush.finish());
  file->close();
  EXPECT_EQ(std::filesystem::file_size(path), written);
  auto reader = io::File::openRead(path);
  ASSERT_TRUE(reader);
  std::vector<std::byte> back(1);
  for (int k = 0; k < 40; ++k) {
    ASSERT_TRUE(reader->readAt(std::uint64_t(k) * chunk.size() + 12345, back));
    EXPECT_EQ(back[0], std::byte(k)) << k;
  }
}

// Fails its first background flush (then succeeds, as a kernel does once it
// has reported an error) or one writeback wait.
class ScriptedTarget final : public io::FlushTarget {
public:
  bool failFirstSync = false;
  int failAwaitNumber = -1; // which awaitWriteback fails (0: the first)
  std::promise<void> firstSyncDone;
  int syncs = 0;

  Status startWriteback(std::uint64_t, std::uint64_t) override { return {}; }
  Status awaitWriteback(std::uint64_t offset, std::uint64_t) override {
    if (awaits++ == failAwaitNumber)
      return makeError(ErrorCode::Io, "Cannot write back at " + std::to_string(offset));
    return {};
  }
  Status sync() override {
    if (syncs++ == 0) {
      Status status = failFirstSync ? Status(makeError(ErrorCode::Io, "fsync failed: EIO")) : Status();
      firstSyncDone.set_value();
      return status;
    }
    return {};
  }

private:
  int awaits = 0;
};

TEST(StreamingFlush, ABackgroundFlushErrorIsKeptAlthoughTheFinalFlushSucceeds) {
  ScriptedTarget target;
  target.failFirstSync = true;
  io::StreamingFlush flush(target);
  // Asks the helper for a flush; its error may already show here or not yet.
  (void)flush.wrote(256u << 20);
  target.firstSyncDone.get_future().wait(); // the helper's flush has run (and failed)
  auto finished = flush.finish();
  EXPECT_EQ(target.syncs, 2); // the final flush ran, and succeeded
  ASSERT_FALSE(finished);
  EXPECT_EQ(finished.error().message, "fsync failed: EIO");
}

TEST(StreamingFlush, AFailedWritebackStopsTheWriterAndIsReportedByFinish) {
  ScriptedTarget target;
  target.failAwaitNumber = 0;
  io::StreamingFlush flush(target);
  ASSERT_TRUE(flush.wrote(4 * (32u << 20))); // four windows in flight: nothing awaited yet
  auto fifth = flush.wrote(5 * (32u << 20)); // awaits the first window, which failed
  ASSERT_FALSE(fifth);
  EXPECT_EQ(fifth.error().message, "Cannot write back at 0");
  auto finished = flush.finish();
  ASSERT_FALSE(finished);
  EXPECT_EQ(finished.error().message, "Cannot write back at 0");
}

#ifdef __linux__
// A real file whose final flush fails (the helper's flush of a real file is
// the same File::sync; the scripted target covers what the helper keeps).
TEST(StreamingFlush, AFileThatCannotBeFlushedIsReportedByFinish) {
  auto device = io::File::openRead("/dev/null"); // fsync: EINVAL
  ASSERT_TRUE(device);
  io::StreamingFlush flush(*device);
  EXPECT_TRUE(flush.wrote(64u << 20)); // /dev/null cannot write back: nothing to report
  auto finished = flush.finish();
  ASSERT_FALSE(finished);
  EXPECT_NE(finished.error().message.find("/dev/null"), std::string::npos) << finished.error().message;
}
#endif

} // namespace
} // namespace md
