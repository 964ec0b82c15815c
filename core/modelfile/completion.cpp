#include "core/modelfile/completion.h"

#include <cctype>

#include "core/modelfile/highlight_tokenizer.h"
#include "core/modelfile/modelfile.h"
#include "core/modelfile/parameters.h"

namespace md::modelfile {

namespace {

bool startsWithNoCase(std::string_view text, std::string_view prefix) {
  if (prefix.size() > text.size())
    return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  return true;
}

bool isBlank(char c) {
  return c == ' ' || c == '\t';
}

// Splits the text before the cursor into words separated by single blanks.
std::vector<std::pair<std::size_t, std::string_view>> wordsBefore(std::string_view line, std::size_t cursor) {
  std::vector<std::pair<std::size_t, std::string_view>> words;
  std::size_t pos = 0;
  while (pos < cursor && isBlank(line[pos]))
    ++pos;
  while (pos <= cursor) {
    std::size_t end = pos;
    while (end < cursor && !isBlank(line[end]))
      ++end;
    words.emplace_back(pos, line.substr(pos, end - pos));
    if (end >= cursor)
      break;
    pos = end + 1;
  }
  return words;
}

} // namespace

std::string instructionDoc(std::string_view keyword) {
  const auto instruction = instructionFromName(keyword);
  if (!instruction)
    return {};
  switch (*instruction) {
  case Instruction::From: return "The base model: a model name, a GGUF file or a folder of GGUF files";
  case Instruction::Adapter: return "A LoRA adapter applied to the base model";
  case Instruction::Template: return "The prompt template (Go text/template)";
  case Instruction::System: return "The system message";
  case Instruction::License: return "The model's license text";
  case Instruction::Parameter: return "A runtime parameter: PARAMETER name value";
  case Instruction::Message: return "A message of the conversation history: MESSAGE role text";
  case Instruction::Draft: return "A draft model for speculative decoding";
  case Instruction::Renderer: return "The prompt renderer built into Ollama";
  case Instruction::Parser: return "The output parser built into Ollama";
  case Instruction::Requires: return "The lowest Ollama version the model needs";
  }
  return {};
}

CompletionContext completeAt(std::string_view line, std::size_t cursor, int startState) {
  CompletionContext context;
  cursor = std::min(cursor, line.size());
  if ((startState & highlight_state::kQuoteMask) != highlight_state::kNormal)
    return context;
  const auto words = wordsBefore(line, cursor);
  if (words.empty() || (!words[0].second.empty() && words[0].second.front() == '#'))
    return context;
  context.replaceStart = words.back().first;
  context.prefix = std::string(words.back().second);
  auto offer = [&](std::string text, std::string detail, std::string doc, CompletionKind kind) {
    if (startsWithNoCase(text, context.prefix))
      context.items.push_back({std::move(text), std::move(detail), std::move(doc), kind});
  };
  const auto instruction = instructionFromName(words[0].second);
  if (words.size() == 1) {
    for (Instruction candidate : allInstructions())
      offer(instructionName(candidate), {}, instructionDoc(instructionName(candidate)), CompletionKind::Instruction);
  } else if (words.size() == 2 && instruction == Instruction::Parameter) {
    for (const auto& spec : parameterSpecs())
      if (!spec.deprecated)
        offer(std::string(spec.name), parameterTypeName(spec.type), std::string(spec.doc), CompletionKind::Parameter);
  } else if (words.size() == 2 && instruction == Instruction::Message) {
    offer("system", {}, "Sets the system message", CompletionKind::Role);
    offer("user", {}, "What the user said", CompletionKind::Role);
    offer("assistant", {}, "What the model answered", CompletionKind::Role);
  } else if (words.size() == 3 && instruction == Instruction::Parameter) {
    const ParameterSpec* spec = findParameter(words[1].second);
    if (spec && spec->type == ParameterType::Bool) {
      offer("true", "bool", {}, CompletionKind::Value);
      offer("false", "bool", {}, CompletionKind::Value);
    }
  }
  return context;
}

} // namespace md::modelfile
