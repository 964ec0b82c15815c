#include "ui/modelfile/template_plan_view.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/modelfile/plan_text.h"
#include "ui/shell/core_text.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

namespace tp = md::templates;

namespace {

QLabel* wrappingLabel(QWidget* parent, const char* name) {
  auto* label = new QLabel(parent);
  label->setObjectName(QLatin1String(name));
  label->setWordWrap(true);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  label->setTextFormat(Qt::PlainText);
  return label;
}

} // namespace

TemplatePlanView::TemplatePlanView(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  heading_ = makeHeading(this);
  heading_->setObjectName(QStringLiteral("planHeading"));
  heading_->setWordWrap(true);
  renders_ = wrappingLabel(this, "planRendersWith");
  detected_ = wrappingLabel(this, "planDetected");
  capabilitiesCaption_ = new QLabel(this);
  badges_ = new QWidget(this);
  badges_->setObjectName(QStringLiteral("planCapabilities"));
  badgeLayout_ = new QHBoxLayout(badges_);
  badgeLayout_->setContentsMargins(0, 0, 0, 0);
  badgeLayout_->setSpacing(4);
  auto* capabilityRow = new QHBoxLayout;
  capabilityRow->addWidget(capabilitiesCaption_);
  capabilityRow->addWidget(badges_);
  capabilityRow->addStretch(1);
  stops_ = wrappingLabel(this, "planStops");
  warnings_ = wrappingLabel(this, "planWarnings");
  warnings_->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; border-left: 4px solid #e0a100; "
                                          "border-radius: 4px; padding: 6px; color: #1f1f1f; }"));
  layout->addWidget(heading_);
  layout->addWidget(renders_);
  layout->addWidget(detected_);
  layout->addLayout(capabilityRow);
  layout->addWidget(stops_);
  layout->addWidget(warnings_);
  layout->addStretch(1);
  render();
}

void TemplatePlanView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    render();
  QWidget::changeEvent(event);
}

void TemplatePlanView::showOutcome(const PlanOutcome& outcome) {
  outcome_ = outcome;
  message_ = nullptr;
  render();
}

void TemplatePlanView::showMessage(std::function<QString()> text) {
  outcome_.reset();
  message_ = std::move(text);
  render();
}

QString TemplatePlanView::problemText(const PlanOutcome& outcome) {
  switch (outcome.problem) {
  case PlanProblem::None: return {};
  case PlanProblem::DoesNotParse:
    return tr("The Modelfile does not parse yet (see the problems below); the plan shows once it does.");
  case PlanProblem::NamesOllamaModel:
    return tr("FROM names the Ollama model “%1”: its template is the server’s, so there is no GGUF to plan for.")
        .arg(outcome.detail);
  case PlanProblem::UnsavedRelative: return tr("Save the Modelfile first: its FROM paths are relative to its folder.");
  case PlanProblem::NoGguf: return tr("Add a FROM line that names a GGUF model file to see what Ollama will do.");
  case PlanProblem::ReadFailed: return tr("Cannot read the FROM file: %1").arg(describeError(outcome.error));
  }
  return {};
}

void TemplatePlanView::render() {
  const bool planned = outcome_ && outcome_->problem == PlanProblem::None;
  heading_->setText(outcome_ ? tr("What %1 will do").arg(PlanText::ollamaVersion(outcome_->version))
                             : tr("What Ollama will do"));
  renders_->setText(message_    ? message_()
                    : !outcome_ ? QString()
                    : planned   ? PlanText::rendersWith(outcome_->plan, outcome_->version)
                                : problemText(*outcome_));
  detected_->setVisible(planned);
  capabilitiesCaption_->setVisible(planned);
  badges_->setVisible(planned);
  stops_->setVisible(planned);
  QStringList warnings;
  if (planned) {
    const tp::TemplatePlan& plan = outcome_->plan;
    detected_->setText(
        plan.detected ? PlanText::detectedTemplate(plan.detected->family, static_cast<int>(plan.detected->distance))
                      : tr("Ollama detects no template of its own in the GGUF."));
    capabilitiesCaption_->setText(tr("Capabilities:"));
    QStringList names;
    for (auto capability : plan.capabilities)
      names << PlanText::capability(capability);
    setBadges(names);
    stops_->setText(tr("Stops: %1").arg(PlanText::stops(plan.stop)));
    for (const auto& warning : plan.warnings)
      warnings << PlanText::warning(warning);
  }
  warnings_->setText(warnings.join(QLatin1Char('\n')));
  warnings_->setVisible(!warnings.isEmpty());
}

void TemplatePlanView::setBadges(const QStringList& names) {
  while (QLayoutItem* item = badgeLayout_->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  for (const QString& name : names) {
    auto* badge = new QLabel(name, badges_);
    badge->setObjectName(QStringLiteral("capabilityBadge"));
    badge->setStyleSheet(QStringLiteral("QLabel { background: #e8f0fe; color: #1a3d8f; border-radius: 8px; "
                                        "padding: 1px 8px; }"));
    badgeLayout_->addWidget(badge);
  }
}

QString TemplatePlanView::headingText() const {
  return heading_->text();
}
QString TemplatePlanView::rendersText() const {
  return renders_->text();
}
QString TemplatePlanView::detectedText() const {
  return detected_->isHidden() ? QString() : detected_->text();
}
QStringList TemplatePlanView::capabilityTexts() const {
  QStringList out;
  for (int i = 0; i < badgeLayout_->count(); ++i)
    if (auto* label = qobject_cast<QLabel*>(badgeLayout_->itemAt(i)->widget()))
      out << label->text();
  return badges_->isHidden() ? QStringList() : out;
}
QString TemplatePlanView::stopsText() const {
  return stops_->isHidden() ? QString() : stops_->text();
}
QString TemplatePlanView::warningsText() const {
  return warnings_->text();
}
bool TemplatePlanView::hasWarnings() const {
  return !warnings_->text().isEmpty();
}

} // namespace ui
} // namespace md
