#pragma once
// The template plan in the reader's language: core's plan speaks in codes
// (RendersWith, Capability, PlanWarningCode with arguments) and this turns
// each into tr() text of its own, never picking core's English apart.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

#include "core/templates/template_plan.h"
#include "core/util/version.h"

namespace md {
namespace ui {

class PlanText {
  Q_DECLARE_TR_FUNCTIONS(PlanText)
public:
  // "tools" → "tools" / "工具"; an unknown name (a newer server's) as it is.
  static QString capability(const std::string& name);
  static QString capability(md::templates::Capability capability);
  // "Ollama 0.33.0"
  static QString ollamaVersion(const md::Version& version);
  // What renders chats, and why, as one sentence.
  static QString rendersWith(const md::templates::TemplatePlan& plan, const md::Version& version);
  static QString warning(const md::templates::PlanWarning& warning);
  // "“<|im_end|>”, “</s>”", or "none".
  static QString stops(const std::vector<std::string>& stops);
  // A plan source argument: "modelfile" or "detected NAME".
  static QString source(const std::string& source);
  // The template Ollama finds in a GGUF's chat template and how close the
  // match is (Ollama picks the known template at the smallest edit distance).
  static QString detectedTemplate(const std::string& family, int distance);
  // "tools, thinking" (a core argument) with each name translated.
  static QString capabilityList(const std::string& commaSeparated);
};

} // namespace ui
} // namespace md
