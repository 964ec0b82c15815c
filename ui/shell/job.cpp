#include "ui/shell/job.h"

#include <QCoreApplication>
#include <QRunnable>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <mutex>
#include <optional>

#include "core/util/paths.h"
#include "ui/shell/background_priority.h"
#include "ui/shell/core_text.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

// What the job thread has reported and the GUI thread has not yet taken.
struct JobHandle::State {
  md::CancelToken cancel;
  std::mutex mutex;
  std::optional<md::Progress> progress;
  std::vector<md::Message> notes;
  std::string pieces;
  std::vector<md::ItemProgress> items; // the latest of each, in the order they first came
  std::atomic<bool> flushQueued{false};

  void record(const md::ItemProgress& item) {
    for (auto& known : items)
      if (known.key == item.key) {
        known = item;
        return;
      }
    items.push_back(item);
  }
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
  // On the GUI thread: emits everything reported since the last flush.
  static void flush(JobHandle* handle, JobHandle::State& state) {
    state.flushQueued = false;
    std::optional<md::Progress> progress;
    std::vector<md::Message> notes;
    std::string pieces;
    std::vector<md::ItemProgress> items;
    {
      std::lock_guard lock(state.mutex);
      progress.swap(state.progress);
      notes.swap(state.notes);
      pieces.swap(state.pieces);
      items.swap(state.items);
    }
    if (!notes.empty()) {
      QStringList lines;
      for (const auto& note : notes)
        lines << coreText(note);
      Q_EMIT handle->notes(lines);
    }
    if (!pieces.empty())
      Q_EMIT handle->pieces(QString::fromStdString(pieces));
    if (!items.empty()) {
      QList<JobItem> changed;
      for (const auto& item : items)
        changed.append(JobItem{QString::fromStdString(item.key), item.done, item.total});
      Q_EMIT handle->items(changed);
    }
    if (progress)
      Q_EMIT handle->progress(toJobProgress(*progress));
  }

  // On the job thread: records a report with `record` and makes sure one
  // flush waits in the GUI queue.
  template <class Record>
  static void report(JobHandle* handle, const std::shared_ptr<JobHandle::State>& state, Record record,
                     bool always = false) {
    {
      std::lock_guard lock(state->mutex);
      record(*state);
    }
    if (!state->flushQueued.exchange(true) || always)
      QMetaObject::invokeMethod(
          handle, [handle, state] { flush(handle, *state); }, Qt::QueuedConnection);
  }

  static JobHandle* launch(QObject* owner, JobWork work) {
    static const int registered = [] {
      qRegisterMetaType<md::ui::JobProgress>();
      qRegisterMetaType<md::ui::JobItem>();
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
      lowerCurrentThreadPriority(); // the GUI thread goes first (background_priority.h)
      md::JobSinks sinks;
      sinks.progress = [handle, state](const md::Progress& p) {
        report(
            handle, state, [&p](JobHandle::State& s) { s.progress = p; }, p.final);
      };
      sinks.notes = [handle, state](const md::Message& note) {
        report(handle, state, [&note](JobHandle::State& s) { s.notes.push_back(note); });
      };
      sinks.pieces = [handle, state](const std::string& text) {
        report(handle, state, [&text](JobHandle::State& s) { s.pieces += text; });
      };
      sinks.items = [handle, state](const md::ItemProgress& item) {
        report(handle, state, [&item](JobHandle::State& s) { s.record(item); });
      };
      auto reporter = md::ProgressReporter::withSinks(std::move(sinks), &state->cancel);
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
          [handle, state, status] {
            flush(handle, *state); // whatever came after the last queued flush
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
