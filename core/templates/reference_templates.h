#pragma once
// Ollama v0.33's 37 reference chat templates (resources/templates, compiled
// in), and the detection `ollama create` runs with them: the Levenshtein
// distance of a GGUF's tokenizer.chat_template to each, the first minimum
// winning, a match only below 100.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace md::templates {

struct ReferenceTemplate {
  std::string family;            // one of Ollama's 19 names: "chatml", "llama3-instruct", …
  std::string jinja;             // as a GGUF carries it
  std::u32string codePoints;     // the same, decoded
  std::vector<std::string> stop; // the stop parameters Ollama adds with the family
};

// In Ollama's order.
const std::vector<ReferenceTemplate>& referenceTemplates();
// The data's license notice ("Ollama is MIT-licensed, …").
const std::string& referenceTemplatesNotice();

inline constexpr std::size_t kDetectionCutoff = 100; // a match needs a distance below it

struct DetectedTemplate {
  std::string family;
  std::size_t distance = 0;
  std::size_t index = 0; // into referenceTemplates()
  std::vector<std::string> stop;
};

// What Ollama's create detects for `chatTemplate`, or nothing (no match, or
// an empty template).
std::optional<DetectedTemplate> detectOllamaTemplate(std::string_view chatTemplate);
// The same against any list: the first reference with the smallest distance
// below kDetectionCutoff.
std::optional<DetectedTemplate> closestTemplate(std::string_view chatTemplate,
                                                const std::vector<ReferenceTemplate>& references);

} // namespace md::templates
