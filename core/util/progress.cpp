#include "core/util/progress.h"

namespace md {

ProgressReporter::ProgressReporter(ProgressSink sink, const CancelToken* cancel, Clock::duration minInterval)
    : cancel_(cancel), minInterval_(minInterval), phaseStart_(Clock::now()), lastEmit_(phaseStart_) {
  sinks_.progress = std::move(sink);
}

ProgressReporter ProgressReporter::withSinks(JobSinks sinks, const CancelToken* cancel, Clock::duration minInterval) {
  ProgressReporter reporter(ProgressSink{}, cancel, minInterval);
  reporter.sinks_ = std::move(sinks);
  return reporter;
}

ProgressReporter ProgressReporter::nested(ProgressSink sink, Clock::duration minInterval) const {
  return withSinks(JobSinks{std::move(sink), sinks_.notes, sinks_.pieces, sinks_.items}, cancel_, minInterval);
}

void ProgressReporter::note(Message line) const {
  if (sinks_.notes)
    sinks_.notes(line);
}

void ProgressReporter::piece(const std::string& text) const {
  if (sinks_.pieces)
    sinks_.pieces(text);
}

void ProgressReporter::item(std::string key, std::uint64_t done, std::uint64_t total) const {
  if (sinks_.items)
    sinks_.items(ItemProgress{std::move(key), done, total});
}

void ProgressReporter::beginPhase(std::string phase, std::uint64_t total, std::string detail) {
  phase_ = std::move(phase);
  detail_ = std::move(detail);
  total_ = total;
  done_ = 0;
  rate_ = 0;
  phaseStart_ = lastEmit_ = Clock::now();
  lastEmitDone_ = 0;
  emit(false);
}

void ProgressReporter::setDetail(std::string detail) {
  detail_ = std::move(detail);
}

bool ProgressReporter::update(std::uint64_t done) {
  done_ = done;
  const auto now = Clock::now();
  if (now - lastEmit_ >= minInterval_) {
    const double seconds = std::chrono::duration<double>(now - lastEmit_).count();
    const double instant = seconds > 0 ? double(done_ - std::min(done_, lastEmitDone_)) / seconds : 0;
    // Exponential smoothing keeps the rate readable when I/O is bursty.
    rate_ = rate_ == 0 ? instant : 0.7 * rate_ + 0.3 * instant;
    lastEmit_ = now;
    lastEmitDone_ = done_;
    emit(false);
  }
  return !cancelled();
}

void ProgressReporter::finishPhase() {
  const double seconds = std::chrono::duration<double>(Clock::now() - phaseStart_).count();
  if (seconds > 0)
    rate_ = double(done_) / seconds;
  emit(true);
}

void ProgressReporter::emit(bool final) {
  if (!sinks_.progress)
    return;
  Progress p;
  p.phase = phase_;
  p.detail = detail_;
  p.done = done_;
  p.total = total_;
  p.ratePerSecond = rate_;
  p.etaSeconds = (rate_ > 0 && total_ >= done_) ? double(total_ - done_) / rate_ : -1;
  p.final = final;
  sinks_.progress(p);
}

Error ProgressReporter::cancelledError() {
  return makeError(ErrorCode::Cancelled, Message(MessageId::CancelledByUser));
}

} // namespace md
