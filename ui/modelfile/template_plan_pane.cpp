#include "ui/modelfile/template_plan_pane.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "core/ollama/host.h"
#include "ui/modelfile/plan_text.h"
#include "ui/modelfile/template_plan_view.h"
#include "ui/modelfile/template_planner.h"
#include "ui/shell/ollama_status.h"

namespace md {
namespace ui {

namespace {
enum VersionChoice { ServerVersion, Current, BeforeJinja };
}

TemplatePlanPane::TemplatePlanPane(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("templatePlanPane"));
  auto* layout = new QVBoxLayout(this);
  auto* versionRow = new QHBoxLayout;
  versionCaption_ = new QLabel(this);
  versionCombo_ = new QComboBox(this);
  versionCombo_->setObjectName(QStringLiteral("planVersionCombo"));
  versionCombo_->addItems({QString(), QString(), QString()});
  versionCaption_->setBuddy(versionCombo_);
  versionRow->addWidget(versionCaption_);
  versionRow->addWidget(versionCombo_, 1);
  layout->addLayout(versionRow);
  serverLabel_ = new QLabel(this);
  serverLabel_->setObjectName(QStringLiteral("planServerStatus"));
  serverLabel_->setWordWrap(true);
  layout->addWidget(serverLabel_);
  view_ = new TemplatePlanView(this);
  view_->setObjectName(QStringLiteral("templatePlanView"));
  layout->addWidget(view_, 1);

  planner_ = new TemplatePlanner(this);
  connect(planner_, &TemplatePlanner::planReady, this, [this] { view_->showOutcome(*planner_->outcome()); });
  status_ = new OllamaStatus(QString::fromStdString(md::ollama::hostFromEnvironment()), this);
  status_->setObjectName(QStringLiteral("planOllamaCheck"));
  connect(status_, &OllamaStatus::changed, this, &TemplatePlanPane::updateVersion);
  connect(versionCombo_, &QComboBox::currentIndexChanged, this, &TemplatePlanPane::updateVersion);
  retranslate();
}

void TemplatePlanPane::setOllamaHost(const QString& url) {
  status_->setBaseUrl(url.isEmpty() ? QString::fromStdString(md::ollama::hostFromEnvironment()) : url);
}

void TemplatePlanPane::watch(QTextDocument* document) {
  planner_->watch(document);
}

void TemplatePlanPane::showEvent(QShowEvent* event) {
  status_->start(); // asks now, then every few seconds while shown
  QWidget::showEvent(event);
}

void TemplatePlanPane::hideEvent(QHideEvent* event) {
  status_->stop();
  QWidget::hideEvent(event);
}

bool TemplatePlanPane::isServerReachable() const {
  return status_->isReachable() && md::parseVersion(status_->version().toStdString()).has_value();
}

md::Version TemplatePlanPane::plannedVersion() const {
  switch (versionCombo_->currentIndex()) {
  case BeforeJinja: return kBeforeJinjaVersion;
  case Current: return kCurrentVersion;
  default: break;
  }
  if (isServerReachable())
    return *md::parseVersion(status_->version().toStdString());
  return kCurrentVersion;
}

void TemplatePlanPane::updateVersion() {
  const QString host = status_->baseUrl();
  const bool pickServer = versionCombo_->currentIndex() == ServerVersion;
  if (!status_->isChecked())
    serverLabel_->setText(tr("Asking Ollama at %1 for its version…").arg(host));
  else if (isServerReachable())
    serverLabel_->setText(tr("Ollama %1 is running at %2.").arg(status_->version(), host));
  else if (pickServer)
    serverLabel_->setText(tr("Ollama is not running at %1: planning for %2. Pick the version you will create on.")
                              .arg(host, PlanText::ollamaVersion(kCurrentVersion)));
  else
    serverLabel_->setText(tr("Ollama is not running at %1.").arg(host));
  planner_->setVersion(plannedVersion());
}

void TemplatePlanPane::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

void TemplatePlanPane::retranslate() {
  versionCaption_->setText(tr("Plan for:"));
  versionCombo_->setItemText(ServerVersion, tr("The server’s version"));
  versionCombo_->setItemText(Current, tr("Ollama 0.33"));
  versionCombo_->setItemText(BeforeJinja, tr("Ollama 0.29 (before 0.30)"));
  versionCombo_->setToolTip(tr("Ollama 0.30 and newer render chats with the GGUF’s own chat template when the "
                               "Modelfile has no better TEMPLATE; older versions need a Go template."));
  updateVersion();
}

} // namespace ui
} // namespace md
