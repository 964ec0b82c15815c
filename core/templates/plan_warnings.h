#pragma once
// What a template plan warns about, as stable codes with arguments: core
// speaks in codes, each front end says them in its own words. English text
// for the CLI (and as the source of the GUI's translations) is here too.

#include <string>
#include <vector>

namespace md::templates {

enum class PlanWarningCode {
  BarePromptNoTemplate,        // < 0.30 without a Go template. args: {server version}
  BarePromptNoChatTemplate,    // >= 0.30, no Go template and no tokenizer.chat_template. args: {server version}
  NoFamilyToSuggest,           // a TEMPLATE is needed and ModelDesk does not know the format. args: {}
  GoTemplateLacksCapabilities, // the rendering Go template lacks what the GGUF's has. args: {source, "tools, thinking"}
  GgufTemplatePreferred,       // >= 0.30 prefers the GGUF's template over the Go one. args: {server version, source}
  RendererOverrides,           // RENDERER or PARSER decides. args: {"RENDERER x" or "PARSER x"}
};

struct PlanWarning {
  PlanWarningCode code;
  std::vector<std::string> args; // as listed for each code; a source is "modelfile" or "detected NAME"
};

// The English sentence for a warning.
std::string warningText(const PlanWarning& warning);

} // namespace md::templates
