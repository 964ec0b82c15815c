#include "core/modelfile/template_presets.h"

#include <algorithm>

#include "core/modelfile/parser.h"
#include "core/modelfile/writer.h"

namespace md::modelfile {

const std::vector<TemplatePreset>& templatePresets() {
  using F = TemplateFamily;
  static const std::vector<TemplatePreset> presets = {
      {F::ChatML,
       "chatml",
       "ChatML / Qwen",
       R"({{ if .System }}<|im_start|>system
{{ .System }}<|im_end|>
{{ end }}{{ if .Prompt }}<|im_start|>user
{{ .Prompt }}<|im_end|>
{{ end }}<|im_start|>assistant
{{ .Response }}<|im_end|>
)",
       {"<|im_start|>", "<|im_end|>"}},
      {F::Llama3,
       "llama3",
       "Llama 3",
       R"({{ if .System }}<|start_header_id|>system<|end_header_id|>

{{ .System }}<|eot_id|>{{ end }}{{ if .Prompt }}<|start_header_id|>user<|end_header_id|>

{{ .Prompt }}<|eot_id|>{{ end }}<|start_header_id|>assistant<|end_header_id|>

{{ .Response }}<|eot_id|>)",
       {"<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>"}},
      {F::Gemma,
       "gemma",
       "Gemma",
       R"(<start_of_turn>user
{{ if .System }}{{ .System }} {{ end }}{{ .Prompt }}<end_of_turn>
<start_of_turn>model
{{ .Response }}<end_of_turn>
)",
       {"<start_of_turn>", "<end_of_turn>"}},
      {F::Mistral,
       "mistral",
       "Mistral",
       R"([INST] {{ if .System }}{{ .System }} {{ end }}{{ .Prompt }} [/INST] {{ .Response }})",
       {"[INST]", "[/INST]"}},
      {F::Phi3,
       "phi3",
       "Phi-3",
       R"({{ if .System }}<|system|>
{{ .System }}<|end|>
{{ end }}{{ if .Prompt }}<|user|>
{{ .Prompt }}<|end|>
{{ end }}<|assistant|>
{{ .Response }}<|end|>
)",
       {"<|end|>", "<|user|>", "<|assistant|>"}},
      {F::Llama2,
       "llama2",
       "Llama 2",
       R"([INST] <<SYS>>{{ .System }}<</SYS>>

{{ .Prompt }} [/INST] {{ .Response }})",
       {"[INST]", "[/INST]", "<<SYS>>", "<</SYS>>"}},
      {F::Vicuna,
       "vicuna",
       "Vicuna",
       R"({{ if .System }}{{ .System }}

{{ end }}USER: {{ .Prompt }}
ASSISTANT: {{ .Response }})",
       {"USER:", "ASSISTANT:"}},
      {F::Alpaca,
       "alpaca",
       "Alpaca",
       R"({{ if .System }}{{ .System }}

{{ end }}### Instruction:
{{ .Prompt }}

### Response:
{{ .Response }})",
       {"### Instruction:", "### Response:"}},
      {F::DeepSeek,
       "deepseek",
       "DeepSeek",
       R"({{ if .System }}{{ .System }}{{ end }}<｜User｜>{{ .Prompt }}<｜Assistant｜>{{ .Response }}<｜end▁of▁sentence｜>)",
       {"<｜begin▁of▁sentence｜>", "<｜end▁of▁sentence｜>", "<｜User｜>", "<｜Assistant｜>"}},
  };
  return presets;
}

const TemplatePreset& templatePreset(TemplateFamily family) {
  const auto& presets = templatePresets();
  return *std::find_if(presets.begin(), presets.end(), [&](const TemplatePreset& p) { return p.family == family; });
}

const TemplatePreset* findTemplatePreset(std::string_view id) {
  for (const auto& preset : templatePresets())
    if (preset.id == id)
      return &preset;
  return nullptr;
}

std::optional<TemplateFamily> detectTemplateFamily(std::string_view t) {
  auto has = [t](std::string_view marker) { return t.find(marker) != std::string_view::npos; };
  if (has("<|start_header_id|>"))
    return TemplateFamily::Llama3;
  if (has("<|im_start|>"))
    return TemplateFamily::ChatML;
  if (has("<start_of_turn>"))
    return TemplateFamily::Gemma;
  if (has("<｜User｜>") || has("<｜Assistant｜>"))
    return TemplateFamily::DeepSeek;
  if (has("<|user|>") && has("<|end|>"))
    return TemplateFamily::Phi3;
  if (has("<<SYS>>"))
    return TemplateFamily::Llama2;
  if (has("[INST]"))
    return TemplateFamily::Mistral;
  if (has("### Instruction"))
    return TemplateFamily::Alpaca;
  if (has("USER:") && has("ASSISTANT:"))
    return TemplateFamily::Vicuna;
  return std::nullopt;
}

std::string templateModelfileText(std::string_view templateText, const std::vector<std::string>& stops) {
  // Template texts are ours and always writable; the fallback never triggers.
  auto quoted = quoteValue(templateText, true);
  std::string text = "TEMPLATE " + (quoted ? *quoted : R"(""")" + std::string(templateText) + R"(""")") + "\n";
  for (const auto& stop : stops)
    text += "PARAMETER stop " + (quoteValue(stop) ? *quoteValue(stop) : stop) + "\n";
  return text;
}

std::string presetModelfileText(const TemplatePreset& preset) {
  return templateModelfileText(preset.templateText, preset.stops);
}

Result<std::string> applyTemplatePreset(std::string_view modelfileText, const TemplatePreset& preset) {
  return applyTemplateAndStops(modelfileText, preset.templateText, preset.stops);
}

Result<std::string> applyTemplateAndStops(std::string_view modelfileText, std::string_view templateText,
                                          const std::vector<std::string>& stops) {
  const ParseOutcome outcome = parse(modelfileText);
  if (outcome.error && outcome.error->message != kNoFromMessage) {
    // The coded problem for the UI (which says "fix the Modelfile first" itself); Ollama's words for the CLI.
    Error error = makeError(ErrorCode::Malformed, outcome.error->text, Location{{}, {}, outcome.error->span.line, {}});
    error.message = "fix the Modelfile first: " + outcome.error->message;
    return error;
  }
  // Whole lines to drop: [start of the keyword's line, after the value's line break).
  std::vector<std::pair<std::size_t, std::size_t>> drop;
  for (const auto& command : outcome.modelfile.commands) {
    const bool isTemplate = command.instruction == Instruction::Template;
    const bool isStop = command.instruction == Instruction::Parameter && command.name == "stop";
    if (!isTemplate && !isStop)
      continue;
    std::size_t begin = command.keywordSpan.begin - std::size_t(command.keywordSpan.column);
    std::size_t end = modelfileText.find_first_of("\r\n", std::max(command.valueSpan.end, command.keywordSpan.end));
    end = end == std::string_view::npos ? modelfileText.size() : end + (modelfileText.substr(end, 2) == "\r\n" ? 2 : 1);
    drop.emplace_back(begin, end);
  }
  std::string text(modelfileText);
  const std::string block = templateModelfileText(templateText, stops);
  if (drop.empty()) {
    if (!text.empty() && text.back() != '\n')
      text += "\n";
    return text + block;
  }
  const std::size_t insertAt = drop.front().first;
  for (auto it = drop.rbegin(); it != drop.rend(); ++it)
    text.erase(it->first, it->second - it->first);
  text.insert(insertAt, block);
  return text;
}

} // namespace md::modelfile
