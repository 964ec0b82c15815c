#include "ui/shell/job.h"

#include <QCoreApplication>
#include <QRunnable>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <mutex>
#include <optional>

#include "core/util/paths.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

struct JobHandle::State {
  md::CancelToken cancel;
  std::mutex mutex;
  md::Progress latest;
  std::atomic<bool> progressQueued{false};
};

JobHandle::JobHandle(std::shared_ptr<State> state) : state_(std::move(state)) {}
JobHandle::~JobHandle() = default;

void JobHandle::cancel() {
  state_->cancel.cancel();
}
bool JobHandle::isCancelled() const {
  return state_->cancel.cancelled();
}

QThreadPool* jobPool() {
  static QThreadPool* pool = [] {
    auto* created = new QThreadPool(QCoreApplication::instance());
    created->setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
    return created;
  }();
  return pool;
}

class Job {
  Q_DECLARE_TR_FUNCTIONS(md::ui::Job)
};

namespace {

JobProgress toJobProgress(const md::Progress& p) {
  JobProgress out;
  out.phase = QString::fromStdString(p.phase);
  out.detail = QString::fromStdString(p.detail);
  out.done = p.done;
  out.total = p.total;
  out.ratePerSecond = p.ratePerSecond;
  out.etaSeconds = p.etaSeconds;
  out.final = p.final;
  return out;
}

} // namespace

struct JobLauncher {
  static JobHandle* launch(QObject* owner, JobWork work) {
    static const int registered = [] {
      qRegisterMetaType<md::ui::JobProgress>();
      qRegisterMetaType<md::Error>();
      return 0;
    }();
    Q_UNUSED(registered);

    auto state = std::make_shared<JobHandle::State>();
    auto* handle = new JobHandle(state);
    if (owner)
      QObject::connect(owner, &QObject::destroyed, handle, [state] { state->cancel.cancel(); });

    // The handle stays alive until the worker's final event has been
    // delivered, so posting to it from the worker is safe.
    auto* runnable = QRunnable::create([handle, state, work = std::move(work)] {
      auto sink = [handle, state](const md::Progress& p) {
        {
          std::lock_guard lock(state->mutex);
          state->latest = p;
        }
        // Coalesce: at most one progress event waits in the GUI queue.
        if (!state->progressQueued.exchange(true) || p.final) {
          QMetaObject::invokeMethod(
              handle,
              [handle, state] {
                state->progressQueued = false;
                md::Progress latest;
                {
                  std::lock_guard lock(state->mutex);
                  latest = state->latest;
                }
                Q_EMIT handle->progress(toJobProgress(latest));
              },
              Qt::QueuedConnection);
        }
      };
      md::ProgressReporter reporter(sink, &state->cancel);
      md::Status status;
      try {
        status = work(reporter);
      } catch (const std::exception& e) {
        status = md::makeError(md::ErrorCode::Internal, std::string("Unexpected error: ") + e.what());
      }
      if (status.ok() && state->cancel.cancelled())
        status = md::ProgressReporter::cancelledError();
      QMetaObject::invokeMethod(
          handle,
          [handle, status] {
            Q_EMIT handle->finished(status.ok(), status.ok() ? md::Error{} : status.error());
            handle->deleteLater();
          },
          Qt::QueuedConnection);
    });
    jobPool()->start(runnable);
    return handle;
  }
};

JobHandle* runJob(QObject* owner, JobWork work) {
  return JobLauncher::launch(owner, std::move(work));
}

QString formatRate(double bytesPerSecond) {
  if (bytesPerSecond <= 0)
    return QString();
  return sizeText(static_cast<std::uint64_t>(bytesPerSecond)) + Job::tr("/s");
}

QString formatEta(double seconds) {
  if (seconds < 0)
    return QString();
  const qint64 total = qint64(seconds + 0.5);
  if (total >= 3600)
    return Job::tr("%1 h %2 min left").arg(total / 3600).arg(total % 3600 / 60);
  if (total >= 60)
    return Job::tr("%1 min %2 s left").arg(total / 60).arg(total % 60);
  return Job::tr("%1 s left").arg(total);
}

} // namespace ui
} // namespace md
