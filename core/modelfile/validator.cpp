#include "core/modelfile/validator.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "core/modelfile/from_resolver.h"
#include "core/modelfile/parameters.h"
#include "core/util/paths.h"

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

// Checks a FROM/ADAPTER/DRAFT value; returns the local files it names.
std::vector<std::filesystem::path> checkTarget(const Command& command, const CheckOptions& options,
                                               std::vector<Diagnostic>& out) {
  const char* keyword = instructionName(command.instruction);
  if (command.value.empty()) {
    out.push_back(
        diagnostic(Severity::Error, std::string(keyword) + " needs a model name or a path", command.keywordSpan));
    return {};
  }
  if (!options.checkPaths)
    return {};
  auto target = resolveFrom(command.value, options.modelfileDir);
  if (!target) {
    out.push_back(diagnostic(Severity::Error, target.error().message, command.valueSpan));
    return {};
  }
  if (target->kind != FromKind::ModelName)
    return target->files;
  if (command.instruction != Instruction::From) { // Ollama reads ADAPTER and DRAFT from local paths only
    out.push_back(diagnostic(Severity::Error,
                             "no such file or folder: " + command.value + " (" + keyword + " needs a local path)",
                             command.valueSpan));
    return {};
  }
  if (options.modelExists && !options.modelExists(target->modelName))
    out.push_back(diagnostic(Severity::Error,
                             "'" + command.value + "' is neither a file nor a model on the Ollama server",
                             command.valueSpan));
  else if (!options.modelExists)
    out.push_back(diagnostic(Severity::Info,
                             "'" + command.value + "' is not a file here, so Ollama will use the model of that name",
                             command.valueSpan));
  return {};
}

std::filesystem::path comparablePath(const std::filesystem::path& path) {
  std::error_code ec;
  auto result = std::filesystem::weakly_canonical(path, ec);
  return ec ? path : result;
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
  // golang.org/x/mod/semver after Ollama adds the "v": vMAJOR[.MINOR[.PATCH[-PRE][+BUILD]]].
  if (!text.empty() && text.front() == 'v')
    text.remove_prefix(1);
  auto identifiers = [](std::string_view list, bool numericRule) {
    for (std::size_t start = 0;;) {
      const std::size_t end = list.find('.', start);
      const std::string_view id = list.substr(start, end - start);
      const bool numeric = std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (id.empty() || !std::all_of(id.begin(), id.end(),
                                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; }))
        return false;
      if (numericRule && numeric && id.size() > 1 && id.front() == '0')
        return false;
      if (end == std::string_view::npos)
        return true;
      start = end + 1;
    }
  };
  const std::size_t build = text.find('+');
  if (build != std::string_view::npos && !identifiers(text.substr(build + 1), false))
    return false;
  const std::string_view withoutBuild = text.substr(0, build);
  const std::size_t pre = withoutBuild.find('-');
  if (pre != std::string_view::npos && !identifiers(withoutBuild.substr(pre + 1), true))
    return false;
  const std::string_view core = withoutBuild.substr(0, pre);
  int parts = 0;
  for (std::size_t start = 0;; ++parts) {
    const std::size_t end = core.find('.', start);
    const std::string_view part = core.substr(start, end - start);
    if (part.empty() || !std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
        (part.size() > 1 && part.front() == '0'))
      return false;
    if (end == std::string_view::npos)
      break;
    start = end + 1;
  }
  ++parts;
  const bool hasSuffix = build != std::string_view::npos || pre != std::string_view::npos;
  return parts <= 3 && (!hasSuffix || parts == 3);
}

std::vector<Diagnostic> validate(const Modelfile& modelfile, const CheckOptions& options) {
  std::vector<Diagnostic> out;
  std::vector<std::filesystem::path> fromFiles;
  std::vector<std::pair<const Command*, std::filesystem::path>> draftFiles;
  for (const auto& command : modelfile.commands) {
    switch (command.instruction) {
    case Instruction::Parameter: checkParameter(command, out); break;
    case Instruction::Adapter: checkTarget(command, options, out); break;
    case Instruction::From:
      for (const auto& file : checkTarget(command, options, out))
        fromFiles.push_back(comparablePath(file));
      break;
    case Instruction::Draft:
      for (const auto& file : checkTarget(command, options, out))
        draftFiles.emplace_back(&command, comparablePath(file));
      break;
    case Instruction::Requires:
      if (!isSemanticVersion(command.value))
        out.push_back(diagnostic(Severity::Error, "requires must be a valid semver (e.g. 0.14.0)", command.valueSpan));
      break;
    default: break;
    }
  }
  for (const auto& [command, file] : draftFiles)
    if (std::find(fromFiles.begin(), fromFiles.end(), file) != fromFiles.end())
      out.push_back(diagnostic(Severity::Error,
                               "DRAFT must not reference the same local path as FROM: " + pathToUtf8(file),
                               command->valueSpan));
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
