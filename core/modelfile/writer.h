#pragma once
// Writes Modelfile text that Ollama's parser reads back to the same commands.

#include <string>
#include <string_view>

#include "core/modelfile/modelfile.h"
#include "core/util/result.h"

namespace md::modelfile {

// The value as it must appear after the instruction: bare when that reads
// back unchanged, otherwise "…" or """…""". Invalid when no form reads back
// the same (Ollama drops control characters, and some quote
// sequences cannot be written).
// `preferTripleQuotes` picks """…""" over "…" for multi-line text (templates).
Result<std::string> quoteValue(std::string_view value, bool preferTripleQuotes = false);

// One line (or several, for multi-line values) per command, "\n"-separated,
// ending with a newline.
Result<std::string> writeModelfile(const Modelfile& modelfile);
Result<std::string> writeCommand(const Command& command);

} // namespace md::modelfile
