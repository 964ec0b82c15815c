#include "ui/shell/progress_panel.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include "core/util/paths.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

ProgressPanel::ProgressPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QGridLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  phase_ = new QLabel(this);
  bar_ = new QProgressBar(this);
  bar_->setObjectName(QStringLiteral("progressBar"));
  bar_->setTextVisible(true);
  detail_ = new QLabel(this);
  detail_->setForegroundRole(QPalette::PlaceholderText);
  cancel_ = new QPushButton(this);
  layout->addWidget(phase_, 0, 0, 1, 2);
  layout->addWidget(bar_, 1, 0);
  layout->addWidget(cancel_, 1, 1);
  layout->addWidget(detail_, 2, 0, 1, 2);
  connect(cancel_, &QPushButton::clicked, this, [this] {
    if (job_) {
      job_->cancel();
      cancel_->setEnabled(false);
      phase_->setText(tr("Cancelling…"));
    }
  });
  retranslate();
  setVisible(false);
}

void ProgressPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

void ProgressPanel::retranslate() {
  cancel_->setText(tr("Cancel"));
}

void ProgressPanel::track(JobHandle* job) {
  job_ = job;
  cancel_->setEnabled(true);
  bar_->setRange(0, 0); // busy until the first report says how much
  phase_->setText(tr("Starting…"));
  detail_->clear();
  setVisible(true);
  connect(job, &JobHandle::progress, this, &ProgressPanel::show);
  connect(job, &JobHandle::finished, this, [this](bool ok, const md::Error& error) {
    job_.clear();
    setVisible(false);
    Q_EMIT finished(ok, error);
  });
}

void ProgressPanel::show(const JobProgress& progress) {
  const QString phase = phaseNames_.value(progress.phase, progress.phase);
  phase_->setText(progress.detail.isEmpty() ? phase : tr("%1: %2").arg(phase, progress.detail));
  if (progress.total > 0) {
    // QProgressBar is int-based: show permille so 100 GB files fit.
    bar_->setRange(0, 1000);
    bar_->setValue(int(double(progress.done) / double(progress.total) * 1000.0));
    bar_->setFormat(QStringLiteral("%1%").arg(double(progress.done) * 100.0 / double(progress.total), 0, 'f', 1));
  } else {
    bar_->setRange(0, 0);
  }
  QStringList parts;
  auto amount = [this](quint64 value) { return countsItems_ ? QString::number(value) : sizeText(value); };
  parts << (progress.total > 0 ? tr("%1 of %2").arg(amount(progress.done), amount(progress.total))
                               : amount(progress.done));
  if (!countsItems_ && progress.ratePerSecond > 0)
    parts << formatRate(progress.ratePerSecond);
  if (progress.etaSeconds >= 0 && !progress.final)
    parts << formatEta(progress.etaSeconds);
  detail_->setText(parts.join(QStringLiteral(" · ")));
}

QString ProgressPanel::statusText() const {
  return phase_->text() + QLatin1Char('\n') + detail_->text();
}

} // namespace ui
} // namespace md
