#pragma once
// After "Create in Ollama": does what /api/show reports (capabilities and
// template) agree with the template plan made before creating? Each
// difference is named in the reader's language.

#include <QCoreApplication>
#include <QStringList>

#include "core/ollama/types.h"
#include "ui/modelfile/template_planner.h"

namespace md {
namespace ui {

class PlanCheck {
  Q_DECLARE_TR_FUNCTIONS(PlanCheck)
public:
  // Empty when /api/show agrees with the plan.
  static QStringList differences(const PlanOutcome& planned, const md::ollama::ShowResult& shown);
  // "Ollama’s /api/show agrees with the plan: completion, tools."
  static QString agreement(const md::ollama::ShowResult& shown);
};

} // namespace ui
} // namespace md
