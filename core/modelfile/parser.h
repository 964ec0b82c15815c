#pragma once
// Ollama's Modelfile parser (parser/parser.go), rune for rune: the same
// values, the same acceptance and the same error texts, plus the source spans
// an editor needs.

#include <optional>
#include <string_view>
#include <vector>

#include "core/modelfile/modelfile.h"
#include "core/util/result.h"

namespace md::modelfile {

struct ParseOutcome {
  Modelfile modelfile;             // the commands read before any error (what Ollama would have read)
  std::optional<Diagnostic> error; // Ollama's exact error text, e.g. "(line 3): command must be one of …"
  // Every syntax problem, in the order found (the first is `error`): after a
  // problem the parser reads on from the next line, and "no FROM line" is
  // reported whatever came before it.
  std::vector<Diagnostic> problems;
  Modelfile allCommands; // every command read, also those after a problem
  bool ok() const { return !error.has_value(); }
};

ParseOutcome parse(std::string_view text);

// The same, as a Result: Malformed errors carry the line (Ollama's count).
Result<Modelfile> parseModelfile(std::string_view text);

// Content sniffing for dropped files with any name: the first instruction is
// a known one and there is a FROM line.
bool looksLikeModelfile(std::string_view text);

// Ollama's error texts.
inline constexpr std::string_view kInvalidCommandMessage =
    "command must be one of \"from\", \"license\", \"template\", \"system\", \"adapter\", \"draft\", \"renderer\", "
    "\"parser\", \"parameter\", \"message\", or \"requires\"";
inline constexpr std::string_view kInvalidRoleMessage =
    "message role must be one of \"system\", \"user\", or \"assistant\"";
inline constexpr std::string_view kUnexpectedEofMessage = "unexpected EOF";
inline constexpr std::string_view kNoFromMessage = "no FROM line";

} // namespace md::modelfile
