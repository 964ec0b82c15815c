#pragma once
// Shows a running job: what it is doing, a bar, the rate and the time left,
// and a working Cancel button. Bind it to a JobHandle with track().

#include <QHash>
#include <QPointer>
#include <QWidget>

#include "ui/shell/job.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace md {
namespace ui {

class ProgressPanel : public QWidget {
  Q_OBJECT
public:
  explicit ProgressPanel(QWidget* parent = nullptr);

  // Follows `job` until it finishes; Cancel cancels it. Units are bytes
  // unless setCountsItems(true).
  void track(JobHandle* job);
  void setCountsItems(bool items) { countsItems_ = items; }
  // How a phase key ("copying") reads to the user ("Copying").
  void setPhaseNames(QHash<QString, QString> names) { phaseNames_ = std::move(names); }

  bool isRunning() const { return !job_.isNull(); }
  QString statusText() const;
  QPushButton* cancelButton() const { return cancel_; }

Q_SIGNALS:
  void finished(bool ok, const md::Error& error);

protected:
  void changeEvent(QEvent* event) override;

private:
  void show(const JobProgress& progress);
  void retranslate();

  QPointer<JobHandle> job_;
  QLabel* phase_ = nullptr;
  QProgressBar* bar_ = nullptr;
  QLabel* detail_ = nullptr;
  QPushButton* cancel_ = nullptr;
  QHash<QString, QString> phaseNames_;
  bool countsItems_ = false;
};

} // namespace ui
} // namespace md
