#pragma once
// Completion candidates at a cursor: instructions at the start of a line,
// parameter names (with type and a one-line doc) after PARAMETER, roles after
// MESSAGE, and true/false for bool parameters.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace md::modelfile {

enum class CompletionKind { Instruction, Parameter, Role, Value };

struct CompletionItem {
  std::string text;   // what is inserted
  std::string detail; // "float", "int", …; empty for instructions and roles
  std::string doc;    // one line
  CompletionKind kind = CompletionKind::Instruction;
};

struct CompletionContext {
  std::size_t replaceStart = 0;      // byte offset in the line of the word being completed
  std::string prefix;                // what is typed of it so far
  std::vector<CompletionItem> items; // every candidate for this position, filtered by prefix (case-insensitive)
};

// `line` is the current line, `cursor` a byte offset in it, `startState` the
// highlighter state at the start of the line (no completion inside a quote).
CompletionContext completeAt(std::string_view line, std::size_t cursor, int startState);

// One line about an instruction, for completion and tooltips.
std::string instructionDoc(std::string_view keyword);

} // namespace md::modelfile
