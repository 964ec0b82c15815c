#include "core/templates/go_families.h"

namespace md::templates {

namespace {

bool has(std::string_view text, std::string_view what) {
  return text.find(what) != std::string_view::npos;
}

} // namespace

const std::vector<GoTemplateFamily>& goTemplateFamilies() {
  static const std::vector<GoTemplateFamily> families = [] {
    auto all = ollamaDetectedFamilies();
    for (auto& modern : modernFamilies())
      all.push_back(std::move(modern));
    return all;
  }();
  return families;
}

const GoTemplateFamily* findGoTemplateFamily(std::string_view id) {
  for (const auto& family : goTemplateFamilies())
    if (family.id == id)
      return &family;
  return nullptr;
}

std::optional<std::string> recognizeJinjaFamily(std::string_view t) {
  const bool tools = has(t, "tools") || has(t, "tool_call");
  if (has(t, "<|start_header_id|>"))
    return std::string(tools || has(t, "ipython") ? "llama3.1" : "llama3-instruct");
  if (has(t, "<|im_sep|>"))
    return std::string("phi-4");
  if (has(t, "<|im_start|>"))
    return std::string(has(t, "<think>") ? "qwen3" : tools ? "qwen2.5" : "chatml");
  if (has(t, "<｜User｜>") || has(t, "<｜Assistant｜>"))
    return std::string("deepseek-r1");
  if (has(t, "[AVAILABLE_TOOLS]") || has(t, "[TOOL_CALLS]") || has(t, "[SYSTEM_PROMPT]"))
    return std::string("mistral-v7");
  if (has(t, "<start_of_turn>"))
    return std::string(has(t, "first_user_prefix") || has(t, "start_of_image") ? "gemma3-instruct" : "gemma-instruct");
  if (has(t, "<<SYS>>"))
    return std::string("llama2-chat");
  if (has(t, "[INST]"))
    return std::string("mistral-instruct");
  if (has(t, "<|START_OF_TURN_TOKEN|>"))
    return std::string("command-r");
  if (has(t, "<|user|>"))
    return std::string(has(t, "<|end|>") ? "phi-3" : "zephyr");
  if (has(t, "GPT4 Correct"))
    return std::string("openchat");
  if (has(t, "<start_user>") || has(t, "<start_assistant>"))
    return std::string("alfred");
  if (has(t, "@@ Instruction"))
    return std::string("magicoder");
  if (has(t, "### Instruction:"))
    return std::string("alpaca");
  if (has(t, "### Instruction"))
    return std::string("starcoder2-instruct");
  if (has(t, "### User:"))
    return std::string("solar-instruct");
  if (has(t, "Destination:") && has(t, "<step>"))
    return std::string("codellama-70b-instruct");
  if (has(t, "Question:") && has(t, "Answer:"))
    return std::string("granite-instruct");
  if (has(t, "Falcon:"))
    return std::string("falcon-instruct");
  if (has(t, "User:") && has(t, "Assistant:"))
    return std::string("chatqa");
  return std::nullopt;
}

} // namespace md::templates
