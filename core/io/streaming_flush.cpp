#include "core/io/streaming_flush.h"

namespace md::io {

StreamingFlush::~StreamingFlush() {
  stopHelper();
}

Status StreamingFlush::wrote(std::uint64_t end) {
  while (end - windowStart_ >= kWindow) {
    keep(target_.startWriteback(windowStart_, kWindow));
    inFlight_.push_back(windowStart_);
    windowStart_ += kWindow;
    if (inFlight_.size() > kWindowsInFlight) {
      keep(target_.awaitWriteback(inFlight_.front(), kWindow));
      inFlight_.pop_front();
    }
  }
  if (end - lastFlushRequest_ >= kFlushEvery) {
    lastFlushRequest_ = end;
    requestFlush();
  }
  return firstError();
}

void StreamingFlush::keep(const Status& status) {
  std::lock_guard lock(mutex_);
  if (!status && firstError_)
    firstError_ = status;
}

Status StreamingFlush::firstError() {
  std::lock_guard lock(mutex_);
  return firstError_;
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
    keep(target_.sync());
    lock.lock();
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
  keep(target_.sync());
  return firstError();
}

} // namespace md::io
