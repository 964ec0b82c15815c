#include "core/modelfile/modelfile.h"

#include <algorithm>
#include <cctype>

namespace md::modelfile {

namespace {
struct InstructionEntry {
  Instruction instruction;
  const char* name;
};
// Ollama's order in its "command must be one of" message.
constexpr InstructionEntry kInstructions[] = {
    {Instruction::From, "FROM"},         {Instruction::License, "LICENSE"},   {Instruction::Template, "TEMPLATE"},
    {Instruction::System, "SYSTEM"},     {Instruction::Adapter, "ADAPTER"},   {Instruction::Draft, "DRAFT"},
    {Instruction::Renderer, "RENDERER"}, {Instruction::Parser, "PARSER"},     {Instruction::Parameter, "PARAMETER"},
    {Instruction::Message, "MESSAGE"},   {Instruction::Requires, "REQUIRES"},
};
} // namespace

const char* instructionName(Instruction instruction) {
  for (const auto& entry : kInstructions)
    if (entry.instruction == instruction)
      return entry.name;
  return "";
}

std::optional<Instruction> instructionFromName(std::string_view name) {
  for (const auto& entry : kInstructions) {
    const std::string_view known = entry.name;
    if (known.size() == name.size() && std::equal(known.begin(), known.end(), name.begin(), [](char a, char b) {
          return a == std::toupper(static_cast<unsigned char>(b));
        }))
      return entry.instruction;
  }
  return std::nullopt;
}

const std::vector<Instruction>& allInstructions() {
  static const std::vector<Instruction> all = [] {
    std::vector<Instruction> list;
    for (const auto& entry : kInstructions)
      list.push_back(entry.instruction);
    return list;
  }();
  return all;
}

const char* severityName(Severity severity) {
  switch (severity) {
  case Severity::Error: return "error";
  case Severity::Warning: return "warning";
  case Severity::Info: return "info";
  }
  return "error";
}

} // namespace md::modelfile
