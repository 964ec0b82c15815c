#include "core/templates/go_families.h"

#include "core/util/text_search.h"

namespace md::templates {

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
  const bool tools = containsText(t, "tools") || containsText(t, "tool_call");
  if (containsText(t, "<|start_header_id|>"))
    return std::string(tools || containsText(t, "ipython") ? "llama3.1" : "llama3-instruct");
  if (containsText(t, "<|im_sep|>"))
    return std::string("phi-4");
  if (containsText(t, "<|im_start|>"))
    return std::string(containsText(t, "<think>") ? "qwen3" : tools ? "qwen2.5" : "chatml");
  if (containsText(t, "<｜User｜>") || containsText(t, "<｜Assistant｜>"))
    return std::string("deepseek-r1");
  if (containsText(t, "[AVAILABLE_TOOLS]") || containsText(t, "[TOOL_CALLS]") || containsText(t, "[SYSTEM_PROMPT]"))
    return std::string("mistral-v7");
  if (containsText(t, "<start_of_turn>"))
    return std::string(containsText(t, "first_user_prefix") || containsText(t, "start_of_image") ? "gemma3-instruct"
                                                                                                 : "gemma-instruct");
  if (containsText(t, "<<SYS>>"))
    return std::string("llama2-chat");
  if (containsText(t, "[INST]"))
    return std::string("mistral-instruct");
  if (containsText(t, "<|START_OF_TURN_TOKEN|>"))
    return std::string("command-r");
  if (containsText(t, "<|user|>"))
    return std::string(containsText(t, "<|end|>") ? "phi-3" : "zephyr");
  if (containsText(t, "GPT4 Correct"))
    return std::string("openchat");
  if (containsText(t, "<start_user>") || containsText(t, "<start_assistant>"))
    return std::string("alfred");
  if (containsText(t, "@@ Instruction"))
    return std::string("magicoder");
  if (containsText(t, "### Instruction:"))
    return std::string("alpaca");
  if (containsText(t, "### Instruction"))
    return std::string("starcoder2-instruct");
  if (containsText(t, "### User:"))
    return std::string("solar-instruct");
  if (containsText(t, "Destination:") && containsText(t, "<step>"))
    return std::string("codellama-70b-instruct");
  if (containsText(t, "Question:") && containsText(t, "Answer:"))
    return std::string("granite-instruct");
  if (containsText(t, "Falcon:"))
    return std::string("falcon-instruct");
  if (containsText(t, "User:") && containsText(t, "Assistant:"))
    return std::string("chatqa");
  return std::nullopt;
}

} // namespace md::templates
