#include "core/templates/plan_warnings.h"

namespace md::templates {

namespace {

std::string arg(const PlanWarning& warning, std::size_t index) {
  return index < warning.args.size() ? warning.args[index] : std::string();
}

// "modelfile" -> "the Modelfile's TEMPLATE"; "detected chatml" -> "the detected chatml template".
std::string sourceText(const std::string& source) {
  if (source == "modelfile")
    return "the Modelfile's TEMPLATE";
  if (source.rfind("detected ", 0) == 0)
    return "the detected " + source.substr(9) + " template";
  return source;
}

} // namespace

std::string warningText(const PlanWarning& w) {
  switch (w.code) {
  case PlanWarningCode::BarePromptNoTemplate:
    return "Ollama " + arg(w, 0) +
           " renders chats only with a Go template, and this model has none (no TEMPLATE, and Ollama detects no "
           "template in the GGUF): chats get the bare prompt and the model talks nonsense. Add a TEMPLATE.";
  case PlanWarningCode::BarePromptNoChatTemplate:
    return "The GGUF has no tokenizer.chat_template and the Modelfile no TEMPLATE: Ollama " + arg(w, 0) +
           " sends chats as the bare prompt and the model talks nonsense. Add a TEMPLATE.";
  case PlanWarningCode::NoFamilyToSuggest:
    return "ModelDesk does not recognise the model's chat format, so it cannot suggest a TEMPLATE: write one by "
           "hand or pick a preset.";
  case PlanWarningCode::GoTemplateLacksCapabilities:
    return "Chats render with " + sourceText(arg(w, 0)) + ", which has no " + arg(w, 1) +
           " although the GGUF's chat template has; the model will not offer them. A TEMPLATE with them keeps "
           "them (modelfile fill --force).";
  case PlanWarningCode::GgufTemplatePreferred:
    return "Ollama " + arg(w, 0) + " renders chats with the GGUF's own chat template, not " + sourceText(arg(w, 1)) +
           ", because the GGUF's has more capabilities (OLLAMA_GO_TEMPLATE on the server turns this off).";
  case PlanWarningCode::RendererOverrides:
    return "The Modelfile's " + arg(w, 0) +
           " decides how chats render; templates and their capabilities are Ollama's built-in renderer's.";
  }
  return {};
}

} // namespace md::templates
