#include "core/modelfile/writer.h"

#include "core/modelfile/parser.h"
#include "core/modelfile/unicode_text.h"

namespace md::modelfile {

namespace {

// Parses "SYSTEM <written>" and says whether it yields `value`.
bool readsBack(std::string_view written, std::string_view value) {
  const std::string text = "FROM x\nSYSTEM " + std::string(written) + "\n";
  const ParseOutcome outcome = parse(text);
  return outcome.ok() && outcome.modelfile.commands.size() == 2 && outcome.modelfile.commands[1].value == value;
}

bool hasUnprintable(std::string_view value) {
  for (std::size_t i = 0; i < value.size();) {
    const DecodedRune decoded = decodeUtf8(value, i);
    if (decoded.rune == 0xFFFD && decoded.length == 1)
      return true; // not UTF-8
    if (!isGoPrintable(decoded.rune) && decoded.rune != '\n' && decoded.rune != '\r' && decoded.rune != '\t')
      return true;
    i += decoded.length;
  }
  return false;
}

bool isNameText(std::string_view name) {
  if (name.empty())
    return false;
  for (char c : name)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
      return false;
  return true;
}

} // namespace

Result<std::string> quoteValue(std::string_view value, bool preferTripleQuotes) {
  if (hasUnprintable(value))
    return makeError(ErrorCode::Invalid,
                     "the value has a control character, which Ollama's parser drops: it cannot be written");
  const std::string bare(value);
  const std::string triple = R"(""")" + bare + R"(""")";
  const std::string single = "\"" + bare + "\"";
  const bool tripleFirst = preferTripleQuotes || value.find('"') != std::string_view::npos;
  for (const std::string* candidate : {&bare, tripleFirst ? &triple : &single, tripleFirst ? &single : &triple})
    if (!candidate->empty() && readsBack(*candidate, value))
      return *candidate;
  return makeError(ErrorCode::Invalid,
                   "the value's quotes and line breaks cannot be written so Ollama reads them back");
}

Result<std::string> writeCommand(const Command& command) {
  std::string line = instructionName(command.instruction);
  if (command.instruction == Instruction::Parameter || command.instruction == Instruction::Message) {
    if (!isNameText(command.name))
      return makeError(ErrorCode::Invalid, "'" + command.name + "' is not a valid parameter name or role");
    if (command.instruction == Instruction::Message && command.name != "system" && command.name != "user" &&
        command.name != "assistant")
      return makeError(ErrorCode::Invalid, std::string(kInvalidRoleMessage));
    line += " " + command.name;
  }
  auto value = quoteValue(command.value);
  if (!value)
    return value.error();
  return line + " " + *value;
}

Result<std::string> writeModelfile(const Modelfile& modelfile) {
  std::string text;
  for (const auto& command : modelfile.commands) {
    auto line = writeCommand(command);
    if (!line)
      return line.error();
    text += *line + "\n";
  }
  return text;
}

} // namespace md::modelfile
