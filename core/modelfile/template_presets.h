#pragma once
// TEMPLATE + stop presets for the common chat formats, and recognising the
// format from a GGUF's `tokenizer.chat_template` (a Jinja string). The
// templates use Ollama's Go text/template variables.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/result.h"

namespace md::modelfile {

enum class TemplateFamily { ChatML, Llama3, Gemma, Mistral, Phi3, Llama2, Vicuna, Alpaca, DeepSeek };

struct TemplatePreset {
  TemplateFamily family;
  std::string id;          // "chatml", "llama3", …
  std::string displayName; // "ChatML / Qwen", …
  std::string templateText;
  std::vector<std::string> stops;
};

const std::vector<TemplatePreset>& templatePresets();
const TemplatePreset& templatePreset(TemplateFamily family);
const TemplatePreset* findTemplatePreset(std::string_view id);

// The family whose markers the chat template uses, or nothing when unknown.
std::optional<TemplateFamily> detectTemplateFamily(std::string_view chatTemplate);

// The TEMPLATE line and one PARAMETER stop line per stop, "\n"-terminated.
std::string templateModelfileText(std::string_view templateText, const std::vector<std::string>& stops);
std::string presetModelfileText(const TemplatePreset& preset);

// `modelfileText` with its TEMPLATE and stop lines replaced by the preset's
// (placed where the first TEMPLATE was, else at the end). Fails, leaving the
// caller's text alone, when the text does not parse up to its end.
Result<std::string> applyTemplatePreset(std::string_view modelfileText, const TemplatePreset& preset);
// The same with any template text and stops.
Result<std::string> applyTemplateAndStops(std::string_view modelfileText, std::string_view templateText,
                                          const std::vector<std::string>& stops);

} // namespace md::modelfile
