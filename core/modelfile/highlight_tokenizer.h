#pragma once
// The Modelfile highlighter's engine, free of Qt: it splits one line into
// coloured tokens, carrying an int state across lines for quoted values
// (QSyntaxHighlighter's block state). Golden tests drive it headless.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace md::modelfile {

enum class TokenKind {
  Instruction,      // FROM, PARAMETER, …
  ParameterName,    // a known parameter
  Role,             // system, user, assistant
  Value,            // a bare value
  Number,           // a bare numeric value
  String,           // "…" or """…""", across lines
  TemplateAction,   // {{ … }} in a TEMPLATE, with the {{- and -}} trim markers
  TemplateKeyword,  // if, range, else, end, … inside an action
  TemplateVariable, // .System, .Prompt, $x, … inside an action
  Comment,
  Error, // an unknown instruction, parameter or role
};

const char* tokenKindName(TokenKind kind);

struct Token {
  TokenKind kind;
  std::size_t start;  // byte offset in the line
  std::size_t length; // bytes
};

// The state between lines: 0 outside a value; otherwise an open quote.
namespace highlight_state {
inline constexpr int kNormal = 0;
inline constexpr int kInQuote = 1;
inline constexpr int kInTripleQuote = 2;
inline constexpr int kQuoteMask = 3;
inline constexpr int kTemplateFlag = 4; // the open value belongs to TEMPLATE
} // namespace highlight_state

struct LineTokens {
  std::vector<Token> tokens; // sorted, not overlapping
  int endState = highlight_state::kNormal;
};

// `line` has no line break. `startState` is the previous line's endState.
LineTokens tokenizeLine(std::string_view line, int startState);

// Every line of a text ("\n", "\r\n" or "\r" breaks).
std::vector<LineTokens> tokenizeText(std::string_view text);

} // namespace md::modelfile
