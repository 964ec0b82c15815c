#include "core/templates/capabilities.h"

namespace md::templates {

namespace {

bool has(std::string_view text, std::string_view what) {
  return text.find(what) != std::string_view::npos;
}

} // namespace

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
  traits.tools = has(jinja, "tools") || has(jinja, "tool_call");
  const bool splitsAtEnd = has(jinja, "split('</think>')") || has(jinja, "split(\"</think>\")");
  traits.thinking =
      (has(jinja, "<think>") && has(jinja, "</think>")) || (splitsAtEnd && !has(jinja, "reasoning_content"));
  const bool toolResults = has(jinja, "'tool'") || has(jinja, "\"tool\"") || has(jinja, "tool_response") ||
                           has(jinja, "TOOL_RESULTS") || has(jinja, "ipython");
  traits.toolRoundTrip = has(jinja, "tool_call") && toolResults;
  return traits;
}

TemplateTraits goTraits(std::string_view goTemplate) {
  TemplateTraits traits;
  traits.tools = has(goTemplate, ".Tools");
  traits.insert = has(goTemplate, ".Suffix");
  traits.thinking = has(goTemplate, ".Thinking") || (has(goTemplate, "<think>") && has(goTemplate, "</think>"));
  const bool toolRole =
      has(goTemplate, "eq .Role \"tool\"") || has(goTemplate, "tool_response") || has(goTemplate, "TOOL_RESULTS");
  traits.toolRoundTrip = traits.tools && has(goTemplate, ".ToolCalls") && toolRole;
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
