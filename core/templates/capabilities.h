#pragma once
// What a chat template lets a model do, read the way Ollama v0.33 reads it
// (DESIGN.md §3 "Capabilities"), from a GGUF's Jinja template or from a Go
// template, and the capability list /api/show reports.

#include <string_view>
#include <vector>

namespace md::templates {

enum class Capability { Completion, Tools, Insert, Vision, Embedding, Thinking };

// "completion", "tools", "insert", "vision", "embedding", "thinking".
const char* capabilityName(Capability capability);

struct TemplateTraits {
  bool tools = false;
  bool insert = false;
  bool thinking = false;
  // Tools go out and their results come back: a Go template uses .Tools and
  // .ToolCalls and handles the "tool" role (or tool_response / TOOL_RESULTS);
  // a Jinja template mentions tool calls and tool results the same ways.
  bool toolRoundTrip = false;

  int count() const { return int(tools) + int(insert) + int(thinking); }
};

// Jinja: tools for "tools" or "tool_call"; thinking for both "<think>" and
// "</think>", or content split at "</think>" without "reasoning_content".
TemplateTraits jinjaTraits(std::string_view jinja);
// Go: tools for .Tools, insert for .Suffix, thinking for .Thinking or a
// "<think>" … "</think>" pair.
TemplateTraits goTraits(std::string_view goTemplate);

// In /api/show's order: completion (or embedding), tools, insert, vision, thinking.
std::vector<Capability> capabilityList(const TemplateTraits& rendering, bool hasProjector, bool isEmbedding);

} // namespace md::templates
