#include "core/templates/template_plan.h"

#include "core/templates/go_families.h"

namespace md::templates {

namespace {

using modelfile::Instruction;

struct ModelfileFacts {
  std::optional<std::string> templateText; // the last TEMPLATE, when not empty
  std::vector<std::string> stops;
  std::optional<std::string> renderer; // "RENDERER x" or "PARSER x"
};

ModelfileFacts factsOf(const modelfile::Modelfile& modelfile) {
  ModelfileFacts facts;
  std::optional<std::string> lastTemplate;
  for (const auto& command : modelfile.commands) {
    if (command.instruction == Instruction::Template)
      lastTemplate = command.value; // the last one wins
    else if (command.instruction == Instruction::Parameter && command.name == "stop")
      facts.stops.push_back(command.value);
    else if ((command.instruction == Instruction::Renderer || command.instruction == Instruction::Parser) &&
             !facts.renderer)
      facts.renderer = std::string(modelfile::instructionName(command.instruction)) + " " + command.value;
  }
  if (lastTemplate && !lastTemplate->empty())
    facts.templateText = lastTemplate; // an empty TEMPLATE is no template, as in Ollama's create request
  return facts;
}

// Ollama's own Go templates for the detected families: only command-r's uses
// .Tools; none uses .Suffix or thinking tags (DESIGN.md §3).
TemplateTraits detectedTraits(const DetectedTemplate& detected) {
  TemplateTraits traits;
  traits.tools = detected.family == "command-r";
  return traits;
}

// "tools", "thinking" or "tools, thinking": what `jinja` has and `go` lacks.
std::string missingCapabilities(const TemplateTraits& jinja, const TemplateTraits& go) {
  std::string out;
  if (jinja.tools && !go.tools)
    out = "tools";
  if (jinja.thinking && !go.thinking)
    out += out.empty() ? "thinking" : ", thinking";
  return out;
}

std::optional<SuggestedTemplate> suggestionFor(const std::string* chatTemplate,
                                               const std::optional<DetectedTemplate>& detected) {
  std::optional<std::string> id;
  if (chatTemplate)
    id = recognizeJinjaFamily(*chatTemplate);
  // A modern format ModelDesk knows beats the older family Ollama detects (it keeps tools and thinking).
  const GoTemplateFamily* family = id ? findGoTemplateFamily(*id) : nullptr;
  if (detected && (!family || family->ollamaDetects))
    family = findGoTemplateFamily(detected->family);
  if (!family)
    return std::nullopt;
  return SuggestedTemplate{family->id, family->templateText, family->stops};
}

} // namespace

const char* rendersWithName(RendersWith rendersWith) {
  switch (rendersWith) {
  case RendersWith::Modelfile: return "modelfile";
  case RendersWith::Detected: return "detected";
  case RendersWith::Gguf: return "gguf";
  case RendersWith::None: return "none";
  }
  return "";
}

TemplatePlan planTemplate(const TemplatePlanInput& input) {
  TemplatePlan plan;
  const ModelfileFacts facts = factsOf(input.modelfile);
  // The GGUF's chat template, if it has a non-empty one (a pointer, not a
  // copy: GCC 12 at -O2 warns about a copied optional<string>).
  const std::string* chatTemplate = input.chatTemplate && !input.chatTemplate->empty() ? &*input.chatTemplate : nullptr;
  if (chatTemplate)
    plan.detected = detectOllamaTemplate(*chatTemplate);
  plan.stop = !facts.stops.empty() ? facts.stops : plan.detected ? plan.detected->stop : std::vector<std::string>{};
  plan.suggested = suggestionFor(chatTemplate, plan.detected);

  // The Go template Ollama would use: the Modelfile's, else the detected one.
  std::optional<RendersWith> goSource;
  std::string goSourceName;
  TemplateTraits go;
  if (facts.templateText) {
    goSource = RendersWith::Modelfile;
    goSourceName = "modelfile";
    go = goTraits(*facts.templateText);
  } else if (plan.detected) {
    goSource = RendersWith::Detected;
    goSourceName = "detected " + plan.detected->family;
    go = detectedTraits(*plan.detected);
  }
  const TemplateTraits jinja = chatTemplate ? jinjaTraits(*chatTemplate) : TemplateTraits{};
  const std::string version = input.serverVersion.toString();

  TemplateTraits rendering;
  if (facts.renderer) {
    plan.rendersWith = RendersWith::Modelfile;
    rendering = facts.templateText ? go : TemplateTraits{};
    plan.warnings.push_back({PlanWarningCode::RendererOverrides, {*facts.renderer}});
  } else if (input.serverVersion < kJinjaRendering || (goSource && (input.goTemplateEnv || !chatTemplate))) {
    plan.rendersWith = goSource.value_or(RendersWith::None);
    rendering = go;
  } else if (!goSource) {
    plan.rendersWith = chatTemplate ? RendersWith::Gguf : RendersWith::None;
    rendering = jinja;
  } else {
    // Both: the GGUF's wins with more capabilities, unless only the Go template has a tool round trip.
    const bool keepGo = go.toolRoundTrip && !jinja.toolRoundTrip;
    const bool gguf = jinja.count() > go.count() && !keepGo;
    plan.rendersWith = gguf ? RendersWith::Gguf : *goSource;
    rendering = gguf ? jinja : go;
    if (gguf)
      plan.warnings.push_back({PlanWarningCode::GgufTemplatePreferred, {version, goSourceName}});
  }
  plan.capabilities = capabilityList(rendering, input.hasProjector, input.isEmbedding);

  if (plan.rendersWith == RendersWith::None) {
    plan.needsTemplate = true;
    plan.warnings.push_back({input.serverVersion < kJinjaRendering ? PlanWarningCode::BarePromptNoTemplate
                                                                   : PlanWarningCode::BarePromptNoChatTemplate,
                             {version}});
    if (!plan.suggested)
      plan.warnings.push_back({PlanWarningCode::NoFamilyToSuggest, {}});
  } else if (goSource && plan.rendersWith == *goSource && chatTemplate && !facts.renderer) {
    const std::string missing = missingCapabilities(jinja, go);
    if (!missing.empty())
      plan.warnings.push_back({PlanWarningCode::GoTemplateLacksCapabilities, {goSourceName, missing}});
  }
  return plan;
}

} // namespace md::templates
