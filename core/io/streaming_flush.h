#pragma once
// Keeps a long sequential write flowing to the disk instead of piling up in
// memory for one long fsync at the end:
// - every 32 MiB window starts its writeback at once (File::startWriteback),
//   and the writer waits for the window four back, which bounds the dirty
//   memory of a 30 GB merge;
// - every 256 MiB a helper thread flushes what has been written (fsync), so
//   a disk or virtual disk that only persists on a flush works alongside the
//   copy and the hash, and the final flush has little left.
// finish() is the final fsync and reports the first error of any flush.

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <thread>

#include "core/io/file.h"

namespace md::io {

class StreamingFlush {
public:
  explicit StreamingFlush(File& out) : out_(out) {}
  ~StreamingFlush();
  StreamingFlush(const StreamingFlush&) = delete;
  StreamingFlush& operator=(const StreamingFlush&) = delete;

  // `end`: how many bytes of the file have been written so far.
  void wrote(std::uint64_t end);
  // Stops the helper, then flushes everything (fsync).
  Status finish();

private:
  void requestFlush();
  void flushLoop();
  void stopHelper();

  static constexpr std::uint64_t kWindow = 32u << 20;
  static constexpr std::size_t kWindowsInFlight = 4;
  static constexpr std::uint64_t kFlushEvery = 256u << 20;

  File& out_;
  std::uint64_t windowStart_ = 0;
  std::deque<std::uint64_t> inFlight_;
  std::uint64_t lastFlushRequest_ = 0;

  std::mutex mutex_;
  std::condition_variable wake_;
  bool flushWanted_ = false;
  bool stopping_ = false;
  Status firstError_;
  std::thread helper_;
};

} // namespace md::io
