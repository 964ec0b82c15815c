#pragma once
// Keeps a long sequential write flowing to the disk instead of piling up in
// memory for one long fsync at the end:
// - every 32 MiB window starts its writeback at once (File::startWriteback),
//   and the writer waits for the window four back, which bounds the dirty
//   memory of a 30 GB merge;
// - every 256 MiB a helper thread flushes what has been written (fsync), so
//   a disk or virtual disk that only persists on a flush works alongside the
//   copy and the hash, and the final flush has little left.
// A failed writeback or flush is kept: the kernel reports it once, so a later
// flush may succeed although data was lost. wrote() returns the first error
// as soon as the writer can see it, and finish() (the final fsync) always does.

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

#include "core/io/file.h"

namespace md::io {

// What a StreamingFlush drives: a File, or in tests a target that fails on cue.
class FlushTarget {
public:
  virtual ~FlushTarget() = default;
  virtual Status startWriteback(std::uint64_t offset, std::uint64_t length) = 0;
  virtual Status awaitWriteback(std::uint64_t offset, std::uint64_t length) = 0;
  virtual Status sync() = 0; // may run on the helper thread
};

class StreamingFlush {
public:
  explicit StreamingFlush(File& out) : file_(std::in_place, out), target_(*file_) {}
  explicit StreamingFlush(FlushTarget& target) : target_(target) {}
  ~StreamingFlush();
  StreamingFlush(const StreamingFlush&) = delete;
  StreamingFlush& operator=(const StreamingFlush&) = delete;

  // `end`: how many bytes of the file have been written so far. Returns the
  // first writeback or flush error seen so far.
  Status wrote(std::uint64_t end);
  // Stops the helper, then flushes everything (fsync).
  Status finish();

private:
  class FileTarget final : public FlushTarget {
  public:
    explicit FileTarget(File& file) : file_(file) {}
    Status startWriteback(std::uint64_t offset, std::uint64_t length) override {
      return file_.startWriteback(offset, length);
    }
    Status awaitWriteback(std::uint64_t offset, std::uint64_t length) override {
      return file_.awaitWriteback(offset, length);
    }
    Status sync() override { return file_.sync(); }

  private:
    File& file_;
  };

  void keep(const Status& status); // remembers the first error
  Status firstError();
  void requestFlush();
  void flushLoop();
  void stopHelper();

  static constexpr std::uint64_t kWindow = 32u << 20;
  static constexpr std::size_t kWindowsInFlight = 4;
  static constexpr std::uint64_t kFlushEvery = 256u << 20;

  std::optional<FileTarget> file_; // when driving a File
  FlushTarget& target_;
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
