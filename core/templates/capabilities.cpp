#include "core/templates/capabilities.h"

#include "core/util/text_search.h"

namespace md::templates {

const char* capabilityName(Capability capability) {
  switch (capability) {
  case Capability::Completion: return "completion";
  case Capability::Tools: return "tools";
  case Capability::Insert: return "insert";
  case Capability::Vision: return "vision";
  case Capability::Embedding: return "embedding";
  case Capability::Thinking: return "thinking";
  }
  return "";
}

TemplateTraits jinjaTraits(std::string_view jinja) {
  TemplateTraits traits;
  traits.tools = containsText(jinja, "tools") || containsText(jinja, "tool_call");
  const bool splitsAtEnd = containsText(jinja, "split('</think>')") || containsText(jinja, "split(\"</think>\")");
  traits.thinking = (containsText(jinja, "<think>") && containsText(jinja, "</think>")) ||
                    (splitsAtEnd && !containsText(jinja, "reasoning_content"));
  const bool toolResults = containsText(jinja, "'tool'") || containsText(jinja, "\"tool\"") ||
                           containsText(jinja, "tool_response") || containsText(jinja, "TOOL_RESULTS") ||
                           containsText(jinja, "ipython");
  traits.toolRoundTrip = containsText(jinja, "tool_call") && toolResults;
  return traits;
}

TemplateTraits goTraits(std::string_view goTemplate) {
  TemplateTraits traits;
  traits.tools = containsText(goTemplate, ".Tools");
  traits.insert = containsText(goTemplate, ".Suffix");
  traits.thinking = containsText(goTemplate, ".Thinking") ||
                    (containsText(goTemplate, "<think>") && containsText(goTemplate, "</think>"));
  const bool toolRole = containsText(goTemplate, "eq .Role \"tool\"") || containsText(goTemplate, "tool_response") ||
                        containsText(goTemplate, "TOOL_RESULTS");
  traits.toolRoundTrip = traits.tools && containsText(goTemplate, ".ToolCalls") && toolRole;
  return traits;
}

std::vector<Capability> capabilityList(const TemplateTraits& rendering, bool hasProjector, bool isEmbedding) {
  std::vector<Capability> out;
  out.push_back(isEmbedding ? Capability::Embedding : Capability::Completion);
  if (rendering.tools)
    out.push_back(Capability::Tools);
  if (rendering.insert)
    out.push_back(Capability::Insert);
  if (hasProjector)
    out.push_back(Capability::Vision);
  if (rendering.thinking)
    out.push_back(Capability::Thinking);
  return out;
}

} // namespace md::templates
