#include "core/modelfile/highlight_tokenizer.h"

#include <cctype>

#include "core/modelfile/modelfile.h"
#include "core/modelfile/parameters.h"

namespace md::modelfile {

namespace hs = highlight_state;

const char* tokenKindName(TokenKind kind) {
  switch (kind) {
  case TokenKind::Instruction: return "instruction";
  case TokenKind::ParameterName: return "parameter";
  case TokenKind::Role: return "role";
  case TokenKind::Value: return "value";
  case TokenKind::Number: return "number";
  case TokenKind::String: return "string";
  case TokenKind::TemplateAction: return "action";
  case TokenKind::TemplateKeyword: return "keyword";
  case TokenKind::TemplateVariable: return "variable";
  case TokenKind::Comment: return "comment";
  case TokenKind::Error: return "error";
  }
  return "";
}

namespace {

bool isBlank(char c) {
  return c == ' ' || c == '\t';
}
bool isWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

bool isTemplateKeyword(std::string_view word) {
  for (std::string_view keyword :
       {"if",    "else",  "end",   "range",  "with",    "define", "block",  "template", "break", "continue",
        "and",   "or",    "not",   "len",    "eq",      "ne",     "lt",     "le",       "gt",    "ge",
        "index", "slice", "print", "printf", "println", "json",   "toJson", "nil",      "true",  "false"})
    if (word == keyword)
      return true;
  return false;
}

void add(std::vector<Token>& tokens, TokenKind kind, std::size_t start, std::size_t end) {
  if (end > start)
    tokens.push_back({kind, start, end - start});
}

// The inside of one {{ … }} action: keywords, variables, and the rest.
void addActionBody(std::vector<Token>& tokens, std::string_view line, std::size_t begin, std::size_t end) {
  std::size_t plain = begin;
  for (std::size_t i = begin; i < end;) {
    const bool variable = (line[i] == '.' || line[i] == '$') && i + 1 < end && isWordChar(line[i + 1]);
    if (!variable && !isWordChar(line[i])) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < end && (isWordChar(line[j]) || (variable && line[j] == '.')))
      ++j;
    const bool keyword = !variable && (i == begin || !isWordChar(line[i - 1])) && line[i] != '.' &&
                         isTemplateKeyword(line.substr(i, j - i));
    if (variable || keyword) {
      add(tokens, TokenKind::TemplateAction, plain, i);
      add(tokens, variable ? TokenKind::TemplateVariable : TokenKind::TemplateKeyword, i, j);
      plain = j;
    }
    i = j;
  }
  add(tokens, TokenKind::TemplateAction, plain, end);
}

// A value range, with {{ … }} actions picked out when it is a template.
void addValue(std::vector<Token>& tokens, std::string_view line, std::size_t begin, std::size_t end, TokenKind base,
              bool isTemplate) {
  std::size_t plain = begin;
  while (isTemplate) {
    const std::size_t open = line.find("{{", plain);
    if (open == std::string_view::npos || open >= end)
      break;
    std::size_t close = line.find("}}", open + 2);
    close = (close == std::string_view::npos || close + 2 > end) ? end : close + 2;
    add(tokens, base, plain, open);
    addActionBody(tokens, line, open, close);
    plain = close;
  }
  add(tokens, base, plain, end);
}

std::size_t trimmedEnd(std::string_view line, std::size_t begin) {
  std::size_t end = line.size();
  while (end > begin && isBlank(line[end - 1]))
    --end;
  return end;
}

// Whether a quoted value is closed by the end of this line, as Ollama decides it.
bool closesHere(std::string_view text, int quote) {
  const std::string_view mark = quote == hs::kInTripleQuote ? R"(""")" : "\"";
  return text.size() >= mark.size() && text.substr(text.size() - mark.size()) == mark;
}

int addValueStart(std::vector<Token>& tokens, std::string_view line, std::size_t begin, Instruction instruction,
                  const ParameterSpec* parameter) {
  while (begin < line.size() && isBlank(line[begin]))
    ++begin;
  const std::size_t end = trimmedEnd(line, begin);
  if (begin >= end)
    return hs::kNormal;
  const bool isTemplate = instruction == Instruction::Template;
  const std::string_view value = line.substr(begin, end - begin);
  if (value.front() == '"') {
    const int quote = value.substr(0, 3) == R"(""")" ? hs::kInTripleQuote : hs::kInQuote;
    const std::size_t minimum = quote == hs::kInTripleQuote ? 6 : 2;
    addValue(tokens, line, begin, end, TokenKind::String, isTemplate);
    const bool closed = value.size() >= minimum && closesHere(value, quote);
    return closed ? hs::kNormal : quote | (isTemplate ? hs::kTemplateFlag : 0);
  }
  const bool numeric = parameter && (parameter->type == ParameterType::Int || parameter->type == ParameterType::Float);
  const bool isNumber = numeric && (parameter->type == ParameterType::Int ? isGoInt(value) : isGoFloat32(value));
  addValue(tokens, line, begin, end, isNumber ? TokenKind::Number : TokenKind::Value, isTemplate);
  return hs::kNormal;
}

} // namespace

LineTokens tokenizeLine(std::string_view line, int startState) {
  LineTokens out;
  const int quote = startState & hs::kQuoteMask;
  if (quote != hs::kNormal) {
    const std::size_t end = trimmedEnd(line, 0);
    addValue(out.tokens, line, 0, line.size(), TokenKind::String, (startState & hs::kTemplateFlag) != 0);
    out.endState = closesHere(line.substr(0, end), quote) ? hs::kNormal : startState;
    return out;
  }
  std::size_t pos = 0;
  while (pos < line.size() && isBlank(line[pos]))
    ++pos;
  if (pos == line.size())
    return out;
  if (line[pos] == '#') {
    add(out.tokens, TokenKind::Comment, pos, line.size());
    return out;
  }
  std::size_t wordEnd = pos;
  while (wordEnd < line.size() && std::isalpha(static_cast<unsigned char>(line[wordEnd])))
    ++wordEnd;
  const auto instruction = instructionFromName(line.substr(pos, wordEnd - pos));
  if (!instruction || wordEnd == line.size() || !isBlank(line[wordEnd])) {
    add(out.tokens, TokenKind::Error, pos, trimmedEnd(line, pos));
    return out;
  }
  add(out.tokens, TokenKind::Instruction, pos, wordEnd);
  pos = wordEnd + 1;
  const ParameterSpec* parameter = nullptr;
  if (*instruction == Instruction::Parameter || *instruction == Instruction::Message) {
    std::size_t nameEnd = pos;
    while (nameEnd < line.size() &&
           (*instruction == Instruction::Parameter ? isWordChar(line[nameEnd])
                                                   : std::isalpha(static_cast<unsigned char>(line[nameEnd]))))
      ++nameEnd;
    const std::string_view name = line.substr(pos, nameEnd - pos);
    if (nameEnd < line.size() && !isBlank(line[nameEnd])) {
      add(out.tokens, TokenKind::Error, pos, trimmedEnd(line, pos));
      return out;
    }
    bool known = false;
    if (*instruction == Instruction::Parameter) {
      parameter = findParameter(name);
      known = parameter != nullptr;
    } else {
      known = name == "system" || name == "user" || name == "assistant";
    }
    const TokenKind kind = *instruction == Instruction::Parameter ? TokenKind::ParameterName : TokenKind::Role;
    add(out.tokens, known ? kind : TokenKind::Error, pos, nameEnd);
    pos = nameEnd + 1;
  }
  if (pos < line.size())
    out.endState = addValueStart(out.tokens, line, pos, *instruction, parameter);
  return out;
}

std::vector<LineTokens> tokenizeText(std::string_view text) {
  std::vector<LineTokens> lines;
  int state = hs::kNormal;
  std::size_t start = 0;
  while (true) {
    std::size_t end = text.find_first_of("\r\n", start);
    const std::string_view line = text.substr(start, end == std::string_view::npos ? text.npos : end - start);
    lines.push_back(tokenizeLine(line, state));
    state = lines.back().endState;
    if (end == std::string_view::npos)
      break;
    start = end + ((text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ? 2 : 1);
  }
  return lines;
}

} // namespace md::modelfile
