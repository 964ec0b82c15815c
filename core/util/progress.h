#pragma once
// Progress and cancellation for long work (a "job"). A job receives a
// JobContext; it reports through ProgressReporter, which throttles to about
// 20 updates a second and computes the rate and ETA, and it polls the
// CancelToken between chunks.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "core/util/result.h"

namespace md {

class CancelToken {
public:
  void cancel() { cancelled_.store(true, std::memory_order_relaxed); }
  bool cancelled() const { return cancelled_.load(std::memory_order_relaxed); }
  void reset() { cancelled_.store(false, std::memory_order_relaxed); }

private:
  std::atomic<bool> cancelled_{false};
};

struct Progress {
  std::string phase;        // a short machine key: "hashing", "copying"…
  std::string detail;       // free text, e.g. the current file name
  std::uint64_t done = 0;   // units done in this phase
  std::uint64_t total = 0;  // 0 when unknown
  double ratePerSecond = 0; // units per second, smoothed
  double etaSeconds = -1;   // -1 when unknown
  bool final = false;       // the last report of the phase
};

using ProgressSink = std::function<void(const Progress&)>;

class ProgressReporter {
public:
  using Clock = std::chrono::steady_clock;

  explicit ProgressReporter(ProgressSink sink = {}, const CancelToken* cancel = nullptr,
                            Clock::duration minInterval = std::chrono::milliseconds(50));

  // Starts a new phase; resets done/rate. Always reported.
  void beginPhase(std::string phase, std::uint64_t total, std::string detail = {});
  void setDetail(std::string detail);
  // Sets the absolute amount done. Reports at most every minInterval.
  // Returns false when the job has been cancelled.
  bool update(std::uint64_t done);
  bool advance(std::uint64_t delta) { return update(done_ + delta); }
  // Reports the current state regardless of throttling, marked final.
  void finishPhase();

  bool cancelled() const { return cancel_ != nullptr && cancel_->cancelled(); }
  // A ready-made error for a job that stops because it was cancelled.
  static Error cancelledError();

  std::uint64_t done() const { return done_; }
  const CancelToken* cancelToken() const { return cancel_; }

private:
  void emit(bool final);

  ProgressSink sink_;
  const CancelToken* cancel_;
  Clock::duration minInterval_;
  std::string phase_;
  std::string detail_;
  std::uint64_t done_ = 0;
  std::uint64_t total_ = 0;
  Clock::time_point phaseStart_;
  Clock::time_point lastEmit_;
  std::uint64_t lastEmitDone_ = 0;
  double rate_ = 0;
};

} // namespace md
