#pragma once
// The one view of a running job, used by every dialog and page that runs a
// long core job: a banner for the outcome, the progress (phase, bar, rate,
// time left and a working Cancel) and, where the job has something to say,
// a log of its notes (core's own lines and the server's status lines). Bind
// it to a job with track(); it emits finished() when the job ends.

#include <QHash>
#include <QPointer>
#include <QWidget>

#include "ui/shell/banner.h"
#include "ui/shell/job.h"

class QPlainTextEdit;

namespace md {
namespace ui {

class ProgressPanel;

class JobView : public QWidget {
  Q_OBJECT
public:
  explicit JobView(QWidget* parent = nullptr);

  // The log is hidden unless asked for (the merge page has none).
  void setLogVisible(bool visible);
  // How a phase key ("hashing") reads to the user ("Hashing").
  void setPhaseNames(QHash<QString, QString> names);
  // The units are counts, not bytes.
  void setCountsItems(bool items);

  // Follows `job` until it finishes: progress in the bar, notes in the log.
  void track(JobHandle* job);
  bool isRunning() const { return !job_.isNull(); }

  // The outcome, in the banner. A cancel says `cancelled`; an error is
  // described in the reader's language and also logged. The texts are built
  // again on a language switch, like every banner's.
  void showOutcome(bool ok, const md::Error& error, Banner::TextSource succeeded, Banner::TextSource cancelled);
  void showMessage(Banner::Kind kind, Banner::TextSource text);
  void showError(const md::Error& error);
  void clearBanner();
  void appendLog(const QString& line);
  void clearLog();

Q_SIGNALS:
  void finished(bool ok, const md::Error& error);

private:
  QPointer<JobHandle> job_;
  Banner* banner_ = nullptr;
  ProgressPanel* progress_ = nullptr;
  QPlainTextEdit* log_ = nullptr;
  // The log follows its newest line, also when the banner or the progress
  // makes it shorter, until the user scrolls up to read.
  bool logAtEnd_ = true;
};

} // namespace ui
} // namespace md
