#pragma once
// The bridge between core jobs and the GUI thread. A core job is a function
// that takes a ProgressReporter (which carries the CancelToken). runJob() runs
// it on the job thread pool. What it reports (progress, notes, streamed
// pieces, per-item progress) is gathered under one mutex and arrives on the
// GUI thread in one queued, coalesced call: at most one waits in the event
// queue, however fast the job reports. Cancel sets the token.

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

#include "core/util/progress.h"
#include "core/util/result.h"

class QThreadPool;

namespace md {
namespace ui {

struct JobProgress {
  QString phase;
  QString detail;
  quint64 done = 0;
  quint64 total = 0;
  double ratePerSecond = 0;
  double etaSeconds = -1;
  bool final = false;
};

// The progress of one item among several (a pull's layer).
struct JobItem {
  QString key;
  quint64 done = 0;
  quint64 total = 0;
};

// Lives on the GUI thread from start to finish, then deletes itself.
class JobHandle : public QObject {
  Q_OBJECT
public:
  struct State;
  explicit JobHandle(std::shared_ptr<State> state);
  ~JobHandle() override;

  void cancel();
  bool isCancelled() const;

Q_SIGNALS:
  void progress(const md::ui::JobProgress& progress);
  // Lines for the log, translated (core's notes, the server's status lines).
  void notes(const QStringList& lines);
  // The pieces of a streamed reply that arrived since the last call.
  void pieces(const QString& text);
  // The items whose progress changed since the last call.
  void items(const QList<md::ui::JobItem>& changed);
  // Always emitted once. ok == false with error set on failure or cancel.
  void finished(bool ok, const md::Error& error);

private:
  friend struct JobLauncher;
  std::shared_ptr<State> state_;
};

using JobWork = std::function<md::Status(md::ProgressReporter&)>;

// The pool all jobs run on (separate from QThreadPool::globalInstance()).
QThreadPool* jobPool();

// Starts `work` on the job pool. When `owner` is destroyed the job is
// cancelled; the handle still reports `finished` to any remaining listener.
JobHandle* runJob(QObject* owner, JobWork work);

// md::Result<T> for a T, and itself for a md::Result.
template <class T> struct AsResult { using type = md::Result<T>; };
template <class T> struct AsResult<md::Result<T>> { using type = md::Result<T>; };

// Runs `work` (any callable taking a ProgressReporter& and returning a value
// or a md::Result of it) and hands the Result to `done` on the GUI thread, in
// owner's context (not called if owner is gone).
template <class Work, class Done> JobHandle* runJob(QObject* owner, Work work, Done done) {
  using ResultType = typename AsResult<std::decay_t<std::invoke_result_t<Work&, md::ProgressReporter&>>>::type;
  auto slot = std::make_shared<std::optional<ResultType>>();
  JobHandle* handle =
      runJob(owner, [work = std::move(work), slot](md::ProgressReporter& reporter) mutable -> md::Status {
        slot->emplace(work(reporter));
        return (*slot)->ok() ? md::Status() : md::Status((*slot)->error());
      });
  QObject::connect(handle, &JobHandle::finished, owner, [slot, done = std::move(done)](bool, const md::Error& error) {
    if (slot->has_value())
      done(std::move(**slot));
    else
      done(ResultType(error));
  });
  return handle;
}

QString formatRate(double bytesPerSecond);
QString formatEta(double seconds);

} // namespace ui
} // namespace md

Q_DECLARE_METATYPE(md::ui::JobProgress)
Q_DECLARE_METATYPE(md::ui::JobItem)
Q_DECLARE_METATYPE(md::Error)
