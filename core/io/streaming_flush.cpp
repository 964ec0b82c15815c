#include "core/io/streaming_flush.h"

namespace md::io {

StreamingFlush::~StreamingFlush() {
  stopHelper();
}

void StreamingFlush::wrote(std::uint64_t end) {
  while (end - windowStart_ >= kWindow) {
    out_.startWriteback(windowStart_, kWindow);
    inFlight_.push_back(windowStart_);
    windowStart_ += kWindow;
    if (inFlight_.size() > kWindowsInFlight) {
      out_.awaitWriteback(inFlight_.front(), kWindow);
      inFlight_.pop_front();
    }
  }
  if (end - lastFlushRequest_ >= kFlushEvery) {
    lastFlushRequest_ = end;
    requestFlush();
  }
}

void StreamingFlush::requestFlush() {
  {
    std::lock_guard lock(mutex_);
    flushWanted_ = true; // requests made while a flush runs fold into one
  }
  if (!helper_.joinable())
    helper_ = std::thread([this] { flushLoop(); });
  wake_.notify_one();
}

void StreamingFlush::flushLoop() {
  std::unique_lock lock(mutex_);
  for (;;) {
    wake_.wait(lock, [this] { return stopping_ || flushWanted_; });
    if (stopping_)
      return;
    flushWanted_ = false;
    lock.unlock();
    Status flushed = out_.sync();
    lock.lock();
    // An fsync error is reported once: keep it for finish(), which might
    // otherwise see a clean fsync after a lost write.
    if (!flushed && firstError_)
      firstError_ = flushed;
  }
}

void StreamingFlush::stopHelper() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  if (helper_.joinable())
    helper_.join();
}

Status StreamingFlush::finish() {
  stopHelper();
  Status flushed = out_.sync();
  std::lock_guard lock(mutex_);
  return firstError_ ? flushed : firstError_;
}

} // namespace md::io
