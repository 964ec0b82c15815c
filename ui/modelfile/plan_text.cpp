#include "ui/modelfile/plan_text.h"

namespace md {
namespace ui {

namespace tp = md::templates;

namespace {

QString argument(const tp::PlanWarning& warning, std::size_t index) {
  return index < warning.args.size() ? QString::fromStdString(warning.args[index]) : QString();
}

} // namespace

QString PlanText::capability(const std::string& name) {
  if (name == "completion")
    return tr("completion");
  if (name == "tools")
    return tr("tools");
  if (name == "insert")
    return tr("insert");
  if (name == "vision")
    return tr("vision");
  if (name == "embedding")
    return tr("embedding");
  if (name == "thinking")
    return tr("thinking");
  return QString::fromStdString(name);
}

QString PlanText::capability(tp::Capability capability) {
  return PlanText::capability(std::string(tp::capabilityName(capability)));
}

QString PlanText::ollamaVersion(const md::Version& version) {
  return tr("Ollama %1").arg(QString::fromStdString(version.toString()));
}

QString PlanText::source(const std::string& source) {
  if (source == "modelfile")
    return tr("the Modelfile’s TEMPLATE");
  if (source.rfind("detected ", 0) == 0)
    return tr("the detected %1 template").arg(QString::fromStdString(source.substr(9)));
  return QString::fromStdString(source);
}

QString PlanText::capabilityList(const std::string& commaSeparated) {
  QStringList names;
  for (const QString& name : QString::fromStdString(commaSeparated).split(QLatin1Char(','), Qt::SkipEmptyParts))
    names << capability(name.trimmed().toStdString());
  return names.join(tr(", "));
}

QString PlanText::stops(const std::vector<std::string>& stops) {
  if (stops.empty())
    return tr("none");
  QStringList quoted;
  for (const auto& stop : stops)
    quoted << tr("“%1”").arg(QString::fromStdString(stop));
  return quoted.join(tr(", "));
}

QString PlanText::rendersWith(const tp::TemplatePlan& plan, const md::Version& version) {
  const QString ollama = ollamaVersion(version);
  const QString family = plan.detected ? QString::fromStdString(plan.detected->family) : QString();
  switch (plan.rendersWith) {
  case tp::RendersWith::Modelfile: return tr("The Modelfile decides: %1 renders chats with its TEMPLATE.").arg(ollama);
  case tp::RendersWith::Detected:
    return tr("%1 renders chats with the %2 template it detects in the GGUF’s chat template.").arg(ollama, family);
  case tp::RendersWith::Gguf:
    return version < tp::kJinjaRendering
               ? tr("%1 renders chats with the GGUF’s own chat template.").arg(ollama)
               : tr("%1 renders chats with the GGUF’s own chat template (Ollama 0.30 and newer use it when there "
                    "is no better Go template).")
                     .arg(ollama);
  case tp::RendersWith::None: return tr("Nothing renders chats: %1 sends the bare prompt.").arg(ollama);
  }
  return {};
}

QString PlanText::warning(const tp::PlanWarning& w) {
  switch (w.code) {
  case tp::PlanWarningCode::BarePromptNoTemplate:
    return tr("Ollama %1 renders chats only with a Go template, and this model has none (no TEMPLATE, and Ollama "
              "detects no template in the GGUF): chats get the bare prompt and the model talks nonsense. Add a "
              "TEMPLATE.")
        .arg(argument(w, 0));
  case tp::PlanWarningCode::BarePromptNoChatTemplate:
    return tr("The GGUF has no tokenizer.chat_template and the Modelfile no TEMPLATE: Ollama %1 sends chats as the "
              "bare prompt and the model talks nonsense. Add a TEMPLATE.")
        .arg(argument(w, 0));
  case tp::PlanWarningCode::NoFamilyToSuggest:
    return tr("ModelDesk does not recognise the model’s chat format, so it cannot suggest a TEMPLATE: write one by "
              "hand or pick a preset.");
  case tp::PlanWarningCode::GoTemplateLacksCapabilities:
    return tr("Chats render with %1, which has no %2 although the GGUF’s chat template has; the model will not offer "
              "them. A TEMPLATE with them keeps them.")
        .arg(source(w.args.empty() ? std::string() : w.args[0]),
             capabilityList(w.args.size() > 1 ? w.args[1] : std::string()));
  case tp::PlanWarningCode::GgufTemplatePreferred:
    return tr("Ollama %1 renders chats with the GGUF’s own chat template, not %2, because the GGUF’s has more "
              "capabilities (OLLAMA_GO_TEMPLATE on the server turns this off).")
        .arg(argument(w, 0), source(w.args.size() > 1 ? w.args[1] : std::string()));
  case tp::PlanWarningCode::RendererOverrides:
    return tr("The Modelfile’s %1 decides how chats render; templates and their capabilities are Ollama’s built-in "
              "renderer’s.")
        .arg(argument(w, 0));
  }
  return {};
}

QString PlanText::detectedTemplate(const std::string& family, int distance) {
  const QString name = QString::fromStdString(family);
  if (distance == 0)
    return tr("Ollama recognises the chat template as its “%1” template: an exact match.").arg(name);
  return tr("Ollama recognises the chat template as its “%1” template, the closest of its own: %n character(s) differ.",
            nullptr, distance)
      .arg(name);
}

} // namespace ui
} // namespace md
