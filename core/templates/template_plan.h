#pragma once
// The template plan: for a Modelfile, the GGUF files it names and an Ollama
// server version, what `ollama create` will detect, what renders chats, the
// capabilities /api/show will list, the stop parameters, and whether (and
// which) TEMPLATE to add. The rules are DESIGN.md §3 "Templates: what renders
// chats, by version".

#include <optional>
#include <string>
#include <vector>

#include "core/modelfile/modelfile.h"
#include "core/templates/capabilities.h"
#include "core/templates/plan_warnings.h"
#include "core/templates/reference_templates.h"
#include "core/util/version.h"

namespace md::templates {

inline constexpr Version kJinjaRendering{0, 30, 0}; // GGUF models render with their own chat template

struct TemplatePlanInput {
  modelfile::Modelfile modelfile; // parsed
  std::optional<std::string>
      chatTemplate;          // the model GGUF's tokenizer.chat_template; nothing (or empty) when it has none
  bool hasProjector = false; // a projector layer (vision)
  bool isEmbedding = false;  // an embedding model (<arch>.pooling_type)
  Version serverVersion;
  bool goTemplateEnv = false; // OLLAMA_GO_TEMPLATE is set in the server's environment
};

// What renders chats. With RENDERER or PARSER in the Modelfile: Modelfile
// (Ollama's built-in renderer named there overrides every template).
enum class RendersWith { Modelfile, Detected, Gguf, None };

// "modelfile", "detected", "gguf", "none".
const char* rendersWithName(RendersWith rendersWith);

struct SuggestedTemplate {
  std::string family; // a GoTemplateFamily id
  std::string templateText;
  std::vector<std::string> stops;
};

struct TemplatePlan {
  std::optional<DetectedTemplate> detected; // what Ollama's create detects (also when a TEMPLATE replaces it)
  RendersWith rendersWith = RendersWith::None;
  std::vector<Capability> capabilities;       // as /api/show will list them
  std::vector<std::string> stop;              // the Modelfile's PARAMETER stop values, else the detected family's
  bool needsTemplate = false;                 // nothing renders chats: a TEMPLATE is needed
  std::optional<SuggestedTemplate> suggested; // ModelDesk's template for the GGUF's format, when it knows it
  std::vector<PlanWarning> warnings;          // never empty when nothing renders chats
};

TemplatePlan planTemplate(const TemplatePlanInput& input);

} // namespace md::templates
