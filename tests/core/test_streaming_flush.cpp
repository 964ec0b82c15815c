// StreamingFlush: what is written through it arrives whole, and a flush that
// fails (here: a device that cannot be synced) is reported by finish().

#include <gtest/gtest.h>

#include <vector>

#include "core/io/streaming_flush.h"
#include "tests/support/temp_dir.h"
#include "tests/support/temp_folder.h"

namespace md {
namespace {

TEST(StreamingFlush, AFileWrittenInWindowsArrivesWhole) {
  testing::TempDir dir;
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
    flush.wrote(written);
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

#ifdef __linux__
TEST(StreamingFlush, AFailedFlushIsReportedByFinish) {
  auto device = io::File::openRead("/dev/null"); // fsync: EINVAL
  ASSERT_TRUE(device);
  io::StreamingFlush flush(*device);
  flush.wrote(300u << 20);
  auto finished = flush.finish();
  ASSERT_FALSE(finished);
  EXPECT_NE(finished.error().message.find("/dev/null"), std::string::npos) << finished.error().message;
}
#endif

} // namespace
} // namespace md
