#pragma once
// The bridge between core jobs and the GUI thread. A core job is a function
// that takes a ProgressReporter (which carries the CancelToken). runJob() runs
// it on the job thread pool; its progress arrives on the GUI thread as
// queued, coalesced signals, and Cancel sets the token.

#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

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

// Runs `work` and hands its Result to `done` on the GUI thread, in owner's
// context (not called if owner is gone).
template <class T>
JobHandle* runJob(QObject* owner, std::function<md::Result<T>(md::ProgressReporter&)> work,
                  std::function<void(md::Result<T>)> done) {
  auto slot = std::make_shared<std::optional<md::Result<T>>>();
  JobHandle* handle = runJob(owner, [work = std::move(work), slot](md::ProgressReporter& reporter) -> md::Status {
    slot->emplace(work(reporter));
    return (*slot)->ok() ? md::Status() : md::Status((*slot)->error());
  });
  QObject::connect(handle, &JobHandle::finished, owner, [slot, done = std::move(done)](bool, const md::Error& error) {
    if (slot->has_value())
      done(std::move(**slot));
    else
      done(md::Result<T>(error));
  });
  return handle;
}

QString formatRate(double bytesPerSecond);
QString formatEta(double seconds);

} // namespace ui
} // namespace md

Q_DECLARE_METATYPE(md::ui::JobProgress)
Q_DECLARE_METATYPE(md::Error)
