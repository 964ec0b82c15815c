#pragma once
// ModelDesk's own Go templates (Ollama's text/template variables), one per
// chat format: every family Ollama v0.33 detects, under Ollama's name, plus
// current formats Ollama does not detect (Qwen 2.5/3, Llama 3.1+,
// DeepSeek-R1, Mistral v7/Tekken, Phi-4). Where the format has them, a
// template carries tool calls and results (.Tools, .ToolCalls, the "tool"
// role) and thinking (.Thinking between <think> tags).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace md::templates {

struct GoTemplateFamily {
  std::string id;          // Ollama's family name ("chatml", …) or ModelDesk's ("qwen3", "llama3.1", …)
  std::string displayName; // "ChatML", "Qwen 3 (ChatML, tools, thinking)", …
  bool ollamaDetects = false;
  std::string templateText;
  std::vector<std::string> stops;
};

// Ollama's 19 families first (in DESIGN.md's order), then ModelDesk's.
const std::vector<GoTemplateFamily>& goTemplateFamilies();
const GoTemplateFamily* findGoTemplateFamily(std::string_view id);

// The family whose markers a GGUF's Jinja chat template uses, or nothing.
// Recognises the modern formats (tools, thinking) that Ollama's distance
// check misses, so a suggestion can carry their tool and thinking blocks.
std::optional<std::string> recognizeJinjaFamily(std::string_view jinja);

// Implementation pieces (go_families_ollama.cpp, go_families_modern.cpp).
std::vector<GoTemplateFamily> ollamaDetectedFamilies();
std::vector<GoTemplateFamily> modernFamilies();

} // namespace md::templates
