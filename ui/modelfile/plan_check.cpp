#include "ui/modelfile/plan_check.h"

#include <algorithm>

#include "ui/modelfile/plan_text.h"

namespace md {
namespace ui {

namespace tp = md::templates;

namespace {

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

QString translatedList(const std::vector<std::string>& names) {
  QStringList out;
  for (const auto& name : names)
    out << PlanText::capability(name);
  return out.join(PlanText::tr(", "));
}

} // namespace

QStringList PlanCheck::differences(const PlanOutcome& planned, const md::ollama::ShowResult& shown) {
  QStringList out;
  if (planned.problem != PlanProblem::None)
    return out;
  const tp::TemplatePlan& plan = planned.plan;
  std::vector<std::string> expected;
  for (auto capability : plan.capabilities)
    expected.emplace_back(tp::capabilityName(capability));
  std::vector<std::string> missing, extra;
  for (const auto& name : expected)
    if (!contains(shown.capabilities, name))
      missing.push_back(name);
  for (const auto& name : shown.capabilities)
    if (!contains(expected, name))
      extra.push_back(name);
  if (!missing.empty())
    out << tr("The plan expected %1, but Ollama does not list it among the model’s capabilities.")
               .arg(translatedList(missing));
  if (!extra.empty())
    out << tr("Ollama lists %1, which the plan did not expect.").arg(translatedList(extra));

  if (planned.modelfileHasTemplate) {
    if (shown.templateText != planned.modelfileTemplate)
      out << tr("Ollama’s template is not the Modelfile’s TEMPLATE.");
  } else if (plan.detected) {
    if (shown.templateText.empty())
      out << tr("The plan expected Ollama to detect the %1 template, but Ollama reports no template.")
                 .arg(QString::fromStdString(plan.detected->family));
  } else if (!shown.templateText.empty()) {
    out << tr("Ollama reports a template, but the plan expected none (no TEMPLATE, nothing detected).");
  }
  return out;
}

QString PlanCheck::agreement(const md::ollama::ShowResult& shown) {
  return tr("Ollama’s /api/show agrees with the plan: %1.").arg(translatedList(shown.capabilities));
}

} // namespace ui
} // namespace md
