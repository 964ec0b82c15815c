#pragma once
// Progress and cancellation for long work (a "job"). A job reports through a
// ProgressReporter, which throttles to about 20 updates a second and
// computes the rate and ETA, and it polls the CancelToken between chunks.
// Beside the bar a job has three text channels, none of them throttled:
// notes (coded lines for a log: "hashing x.gguf", a server's status line),
// pieces (a streamed reply, token by token) and items (progress of one of
// several things at once, such as a pull's layers).

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "core/util/message.h"
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

// The progress of one item among several (a layer of a pull).
struct ItemProgress {
  std::string key; // e.g. the layer's digest
  std::uint64_t done = 0;
  std::uint64_t total = 0;
};

using ProgressSink = std::function<void(const Progress&)>;
using NoteSink = std::function<void(const Message&)>;
using PieceSink = std::function<void(const std::string&)>;
using ItemSink = std::function<void(const ItemProgress&)>;

// Where a job's reports go; any of them may be empty.
struct JobSinks {
  ProgressSink progress;
  NoteSink notes;
  PieceSink pieces;
  ItemSink items;
};

class ProgressReporter {
public:
  using Clock = std::chrono::steady_clock;

  explicit ProgressReporter(ProgressSink sink = {}, const CancelToken* cancel = nullptr,
                            Clock::duration minInterval = std::chrono::milliseconds(50));
  // A reporter with every channel (the UI's job bridge, the CLI).
  static ProgressReporter withSinks(JobSinks sinks, const CancelToken* cancel,
                                    Clock::duration minInterval = std::chrono::milliseconds(50));

  // A reporter for a step of this job: its bar goes to `sink` (which usually
  // maps it onto this one's), its notes, pieces and items and its cancel
  // token are this one's.
  ProgressReporter nested(ProgressSink sink, Clock::duration minInterval = Clock::duration::zero()) const;

  // Starts a new phase; resets done/rate. Always reported.
  void beginPhase(std::string phase, std::uint64_t total, std::string detail = {});
  void setDetail(std::string detail);
  // Sets the absolute amount done. Reports at most every minInterval.
  // Returns false when the job has been cancelled.
  bool update(std::uint64_t done);
  bool advance(std::uint64_t delta) { return update(done_ + delta); }
  // Reports the current state regardless of throttling, marked final.
  void finishPhase();

  // A line for the job's log.
  void note(Message line) const;
  // A piece of a streamed reply.
  void piece(const std::string& text) const;
  // The progress of one item among several.
  void item(std::string key, std::uint64_t done, std::uint64_t total) const;

  bool cancelled() const { return cancel_ != nullptr && cancel_->cancelled(); }
  // A ready-made error for a job that stops because it was cancelled.
  static Error cancelledError();

  std::uint64_t done() const { return done_; }
  const CancelToken* cancelToken() const { return cancel_; }

private:
  void emit(bool final);

  JobSinks sinks_;
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
