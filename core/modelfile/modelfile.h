#pragma once
// The structured form of a Modelfile (Ollama's parser/parser.go grammar).
// Every command keeps where it came from, so an editor can underline the
// instruction, the parameter name or role, and the value.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/message.h"

namespace md::modelfile {

enum class Instruction {
  From,
  Adapter,
  Template,
  System,
  License,
  Parameter,
  Message,
  Draft,
  Renderer,
  Parser,
  Requires
};

// "FROM", "PARAMETER", …
const char* instructionName(Instruction instruction);
// Case-insensitive lookup of an instruction keyword.
std::optional<Instruction> instructionFromName(std::string_view name);
// Every instruction, in the order Ollama's error message lists them.
const std::vector<Instruction>& allInstructions();

// A range of the source text: byte offsets [begin, end), the 1-based line and
// 0-based byte column of both ends. CRLF counts as one line break.
struct SourceSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  int line = 0;
  int column = 0;
  int endLine = 0;
  int endColumn = 0;
};

struct Command {
  Instruction instruction = Instruction::From;
  std::string name;  // PARAMETER: the parameter name; MESSAGE: the role; else empty
  std::string value; // quotes stripped, trimmed, as Ollama stores it
  SourceSpan keywordSpan;
  SourceSpan nameSpan; // only for PARAMETER and MESSAGE
  SourceSpan valueSpan;

  bool operator==(const Command& other) const {
    return instruction == other.instruction && name == other.name && value == other.value;
  }
};

struct Modelfile {
  std::vector<Command> commands; // in file order
};

enum class Severity { Error, Warning, Info };

const char* severityName(Severity severity);

struct Diagnostic {
  Severity severity = Severity::Error;
  // English. For the parser's errors Ollama's exact text, with Ollama's own
  // "(line N): " in front when Ollama gives one.
  std::string message;
  // The same problem as a coded message for people (translated in the UI),
  // never with a line number in it: the line is `span.line`.
  Message text;
  SourceSpan span;
  // The line Ollama itself would report (it counts "\r" and "\n" separately);
  // empty when Ollama reports no line.
  std::optional<int> ollamaLine;

  // About the Modelfile as a whole ("no FROM line"): no line is named.
  bool wholeFile() const { return text.id == MessageId::ModelfileNoFrom; }
};

} // namespace md::modelfile
