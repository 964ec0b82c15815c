#include "core/modelfile/validator.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "core/modelfile/from_resolver.h"
#include "core/modelfile/parameters.h"

namespace md::modelfile {

namespace {

Diagnostic diagnostic(Severity severity, std::string message, const SourceSpan& span) {
  Diagnostic d;
  d.severity = severity;
  d.message = std::move(message);
  d.span = span;
  d.ollamaLine = span.line;
  return d;
}

void checkParameter(const Command& command, std::vector<Diagnostic>& out) {
  const ParameterSpec* spec = findParameter(command.name);
  if (!spec) {
    out.push_back(diagnostic(Severity::Error, "unknown parameter '" + command.name + "'", command.nameSpan));
    return;
  }
  if (spec->deprecated) {
    out.push_back(diagnostic(Severity::Warning, "parameter " + command.name + " is deprecated", command.nameSpan));
    return;
  }
  if (auto error = parameterValueError(*spec, command.value))
    out.push_back(diagnostic(Severity::Error, *error, command.valueSpan));
}

void checkTarget(const Command& command, const CheckOptions& options, std::vector<Diagnostic>& out) {
  const char* keyword = instructionName(command.instruction);
  if (command.value.empty()) {
    out.push_back(
        diagnostic(Severity::Error, std::string(keyword) + " needs a model name or a path", command.keywordSpan));
    return;
  }
  if (!options.checkPaths)
    return;
  auto target = resolveFrom(command.value, options.modelfileDir);
  if (!target) {
    out.push_back(diagnostic(Severity::Error, target.error().message, command.valueSpan));
    return;
  }
  if (target->kind != FromKind::ModelName)
    return;
  if (command.instruction == Instruction::Adapter) {
    out.push_back(diagnostic(Severity::Error, "no such adapter file: " + command.value, command.valueSpan));
    return;
  }
  if (options.modelExists && !options.modelExists(target->modelName))
    out.push_back(diagnostic(Severity::Error,
                             "'" + command.value + "' is neither a file nor a model on the Ollama server",
                             command.valueSpan));
  else if (!options.modelExists)
    out.push_back(diagnostic(Severity::Info,
                             "'" + command.value + "' is not a file here, so Ollama will use the model of that name",
                             command.valueSpan));
}

// The last TEMPLATE, SYSTEM, … and the last value of a scalar parameter win;
// LICENSE, MESSAGE, FROM, ADAPTER and stop accumulate.
void checkRepeats(const Modelfile& modelfile, std::vector<Diagnostic>& out) {
  std::map<std::string, const Command*> last;
  auto keyOf = [](const Command& c) -> std::string {
    switch (c.instruction) {
    case Instruction::Template:
    case Instruction::System:
    case Instruction::Draft:
    case Instruction::Renderer:
    case Instruction::Parser:
    case Instruction::Requires: return instructionName(c.instruction);
    case Instruction::Parameter: {
      const ParameterSpec* spec = findParameter(c.name);
      if (spec && !spec->deprecated && spec->type != ParameterType::StringList)
        return "PARAMETER " + c.name;
      return {};
    }
    default: return {};
    }
  };
  for (const auto& command : modelfile.commands)
    if (auto key = keyOf(command); !key.empty())
      last[key] = &command;
  for (const auto& command : modelfile.commands) {
    const auto key = keyOf(command);
    if (key.empty() || last[key] == &command)
      continue;
    out.push_back(diagnostic(Severity::Warning,
                             key + " is set again on line " + std::to_string(last[key]->keywordSpan.line) +
                                 "; only the last one is used",
                             command.keywordSpan));
  }
}

} // namespace

bool isSemanticVersion(std::string_view text) {
  if (!text.empty() && text.front() == 'v')
    text.remove_prefix(1);
  const std::size_t extra = text.find_first_of("-+");
  const std::string_view core = text.substr(0, extra);
  if (extra != std::string_view::npos) {
    const std::string_view suffix = text.substr(extra + 1);
    if (suffix.empty() || !std::all_of(suffix.begin(), suffix.end(), [](char c) {
          return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '+';
        }))
      return false;
  }
  int parts = 0;
  for (std::size_t start = 0;;) {
    const std::size_t end = core.find('.', start);
    const std::string_view part = core.substr(start, end - start);
    if (part.empty() || !std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return false;
    ++parts;
    if (end == std::string_view::npos)
      break;
    start = end + 1;
  }
  return parts >= 1 && parts <= 3;
}

std::vector<Diagnostic> validate(const Modelfile& modelfile, const CheckOptions& options) {
  std::vector<Diagnostic> out;
  for (const auto& command : modelfile.commands) {
    switch (command.instruction) {
    case Instruction::Parameter: checkParameter(command, out); break;
    case Instruction::From:
    case Instruction::Adapter:
    case Instruction::Draft: checkTarget(command, options, out); break;
    case Instruction::Requires:
      if (!isSemanticVersion(command.value))
        out.push_back(diagnostic(Severity::Error,
                                 "REQUIRES must be an Ollama version such as 0.6.2, not '" + command.value + "'",
                                 command.valueSpan));
      break;
    default: break;
    }
  }
  checkRepeats(modelfile, out);
  std::stable_sort(out.begin(), out.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.span.begin < b.span.begin; });
  return out;
}

bool CheckReport::hasErrors() const {
  return firstError() != nullptr;
}

const Diagnostic* CheckReport::firstError() const {
  for (const auto& d : diagnostics)
    if (d.severity == Severity::Error)
      return &d;
  return nullptr;
}

CheckReport check(std::string_view text, const CheckOptions& options) {
  CheckReport report;
  report.parse = parse(text);
  if (report.parse.error)
    report.diagnostics.push_back(*report.parse.error);
  auto found = validate(report.parse.modelfile, options);
  report.diagnostics.insert(report.diagnostics.end(), found.begin(), found.end());
  return report;
}

} // namespace md::modelfile
