#include "ui/shell/job_view.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

#include "ui/shell/core_text.h"
#include "ui/shell/progress_panel.h"

namespace md {
namespace ui {

JobView::JobView(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  banner_ = new Banner(this);
  banner_->setObjectName(QStringLiteral("jobBanner"));
  progress_ = new ProgressPanel(this);
  progress_->setObjectName(QStringLiteral("jobProgress"));
  log_ = new QPlainTextEdit(this);
  log_->setObjectName(QStringLiteral("jobLog"));
  log_->setReadOnly(true);
  log_->setMaximumBlockCount(2000);
  log_->setMinimumHeight(100);
  log_->setVisible(false);
  QScrollBar* scroll = log_->verticalScrollBar();
  connect(scroll, &QScrollBar::valueChanged, this,
          [this, scroll](int value) { logAtEnd_ = value >= scroll->maximum(); });
  connect(scroll, &QScrollBar::rangeChanged, this, [this, scroll](int, int maximum) {
    if (logAtEnd_)
      scroll->setValue(maximum);
  });
  layout->addWidget(banner_);
  layout->addWidget(progress_);
  layout->addWidget(log_, 1);
  connect(progress_, &ProgressPanel::finished, this, [this](bool ok, const md::Error& error) {
    job_.clear();
    Q_EMIT finished(ok, error);
  });
}

void JobView::setLogVisible(bool visible) {
  log_->setVisible(visible);
}

void JobView::setPhaseNames(QHash<QString, QString> names) {
  progress_->setPhaseNames(std::move(names));
}

void JobView::setCountsItems(bool items) {
  progress_->setCountsItems(items);
}

void JobView::track(JobHandle* job) {
  job_ = job;
  banner_->clear();
  connect(job, &JobHandle::notes, log_, [this](const QStringList& lines) {
    for (const QString& line : lines)
      log_->appendPlainText(line);
  });
  progress_->track(job);
}

void JobView::showOutcome(bool ok, const md::Error& error, Banner::TextSource succeeded, Banner::TextSource cancelled) {
  if (ok) {
    banner_->showMessage(Banner::Kind::Success, std::move(succeeded));
  } else if (error.code == md::ErrorCode::Cancelled) {
    banner_->showMessage(Banner::Kind::Warning, std::move(cancelled));
  } else {
    banner_->showError(error);
    appendLog(describeError(error));
  }
}

void JobView::showMessage(Banner::Kind kind, Banner::TextSource text) {
  banner_->showMessage(kind, std::move(text));
}

void JobView::showError(const md::Error& error) {
  banner_->showError(error);
}

void JobView::clearBanner() {
  banner_->clear();
}

void JobView::appendLog(const QString& line) {
  log_->appendPlainText(line);
}

void JobView::clearLog() {
  log_->clear();
}

} // namespace ui
} // namespace md
