// The Environment page's folder sizes: each path variable's folder is
// measured on the job pool when the page is shown, after a reload and when
// a watched folder (the folder or one right under it) changes.
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

#include <climits>
#include <filesystem>

#include "core/env/disk_usage.h"
#include "core/util/paths.h"
#include "ui/env/env_variable_row.h"
#include "ui/env/environment_page.h"
#include "ui/shell/job.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

namespace {
namespace fs = std::filesystem;

QString q(const std::string& text) {
  return QString::fromStdString(text);
}

// A folder's size and the folders right under it (watched for changes).
struct MeasuredFolder {
  env::FolderSize usage;
  QStringList watch;
};

} // namespace

// Measured again when the page is shown and when a watched folder changes
// (a create or pull in OLLAMA_MODELS adds to blobs/).
void EnvironmentPage::showEvent(QShowEvent* event) {
  Page::showEvent(event);
  measured_.clear();
  missingFolders_.clear();
  measureSizes();
}

void EnvironmentPage::lookForMissingFolders() {
  if (!isVisible() || missingFolders_.isEmpty()) {
    lookForMissing_->stop();
    return;
  }
  for (const QString& folder : std::as_const(missingFolders_))
    if (QFileInfo(folder).isDir()) {
      missingFolders_.clear();
      lookForMissing_->stop();
      remeasure_->start();
      return;
    }
}

void EnvironmentPage::measureSizes() {
  for (EnvVariableRow* row : std::as_const(rows_)) {
    if (!row->isPath())
      continue;
    const QString name = row->name();
    const QString path = q(row->state().effective);
    if (path.isEmpty() || measured_.value(name) == path)
      continue; // not loaded yet, or this folder is measured or being measured
    if (JobHandle* running = sizeJobs_.value(name))
      running->cancel();
    measured_.insert(name, path);
    const auto folder = pathFromUtf8(path.toStdString());
    row->showMeasuring(0);
    JobHandle* job = runJob(
        this,
        [folder](ProgressReporter& progress) -> Result<MeasuredFolder> {
          auto usage = env::folderSize(folder, progress);
          if (!usage)
            return usage.error();
          MeasuredFolder measured{*usage, {}};
          std::error_code ec;
          if (usage->exists)
            measured.watch << q(pathToUtf8(folder));
          for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
            if (it->is_directory(ec) && !it->is_symlink(ec))
              measured.watch << q(pathToUtf8(it->path()));
          return measured;
        },
        [this, row, name, path](Result<MeasuredFolder> measured) {
          if (!measured) {
            if (measured.error().code == ErrorCode::Cancelled)
              return; // replaced by a newer measurement, which says the size
            if (measured_.value(name) == path) {
              row->showSize([] { return tr("Size not measured"); });
              measured_.remove(name);
            }
            return;
          }
          const env::FolderSize& usage = measured->usage;
          if (!usage.exists && !missingFolders_.contains(path)) {
            missingFolders_ << path;
            if (isVisible())
              lookForMissing_->start();
          }
          row->showSize([usage] {
            return !usage.exists ? tr("The folder does not exist yet")
                                 : tr("%1 in %n file(s)", nullptr, int(qMin<quint64>(usage.files, INT_MAX)))
                                       .arg(sizeText(usage.bytes));
          });
          watchFolders(measured->watch);
        });
    connect(job, &JobHandle::progress, row, [row](const JobProgress& progress) { row->showMeasuring(progress.done); });
    sizeJobs_.insert(name, job);
  }
}

void EnvironmentPage::watchFolders(const QStringList& folders) {
  QStringList fresh;
  const QStringList watched = watcher_->directories();
  for (const QString& folder : folders)
    if (!watched.contains(folder))
      fresh << folder;
  if (!fresh.isEmpty())
    watcher_->addPaths(fresh);
}

} // namespace ui
} // namespace md
