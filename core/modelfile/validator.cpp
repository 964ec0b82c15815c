#include "core/modelfile/validator.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "core/modelfile/from_resolver.h"
#include "core/modelfile/parameters.h"
#include "core/modelfile/source_index.h"
#include "core/util/paths.h"

namespace md::modelfile {

namespace {

Diagnostic diagnostic(Severity severity, Message text, const SourceSpan& span) {
  Diagnostic d;
  d.severity = severity;
  d.message = text.english();
  d.text = std::move(text);
  d.span = span;
  d.ollamaLine = span.line;
  return d;
}

void checkParameter(const Command& command, std::vector<Diagnostic>& out) {
  const ParameterSpec* spec = findParameter(command.name);
  if (!spec) {
    const auto nearest = nearestParameterName(command.name);
    Message text = nearest ? Message(MessageId::ModelfileUnknownParameterDidYouMean, {command.name, *nearest})
                           : Message(MessageId::ModelfileUnknownParameter, {command.name});
    Diagnostic d = diagnostic(Severity::Error, std::move(text), command.nameSpan);
    d.message = "unknown parameter '" + command.name + "'"; // Ollama's words
    out.push_back(std::move(d));
    return;
  }
  if (spec->deprecated) {
    out.push_back(diagnostic(Severity::Warning, Message(MessageId::ModelfileDeprecatedParameter, {command.name}),
                             command.nameSpan));
    return;
  }
  if (parameterValueError(*spec, command.value))
    out.push_back(diagnostic(Severity::Error,
                             Message(MessageId::ModelfileInvalidValue, {parameterTypeName(spec->type), command.value}),
                             command.valueSpan));
}

// Checks a FROM/ADAPTER/DRAFT value; returns the local files it names.
std::vector<std::filesystem::path> checkTarget(const Command& command, const CheckOptions& options,
                                               std::vector<Diagnostic>& out) {
  const char* keyword = instructionName(command.instruction);
  if (command.value.empty()) {
    out.push_back(
        diagnostic(Severity::Error, Message(MessageId::ModelfileNeedsTarget, {keyword}), command.keywordSpan));
    return {};
  }
  if (!options.checkPaths)
    return {};
  auto target = resolveFrom(command.value, options.modelfileDir);
  if (!target) {
    out.push_back(diagnostic(Severity::Error, target.error().text, command.valueSpan));
    return {};
  }
  if (target->kind != FromKind::ModelName)
    return target->files;
  if (command.instruction != Instruction::From) { // Ollama reads ADAPTER and DRAFT from local paths only
    out.push_back(diagnostic(Severity::Error, Message(MessageId::ModelfileNeedsLocalPath, {command.value, keyword}),
                             command.valueSpan));
    return {};
  }
  if (options.modelExists && !options.modelExists(target->modelName))
    out.push_back(
        diagnostic(Severity::Error, Message(MessageId::ModelfileNotFileNorModel, {command.value}), command.valueSpan));
  else if (!options.modelExists)
    out.push_back(
        diagnostic(Severity::Info, Message(MessageId::ModelfileUsesModelName, {command.value}), command.valueSpan));
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
    out.push_back(diagnostic(
        Severity::Warning,
        Message(MessageId::ModelfileSetAgain, {key, MessageArg::number(std::uint64_t(last[key]->keywordSpan.line))}),
        command.keywordSpan));
  }
}

// Where the action that starts at `from` (after its "{{") ends: the offset
// of its "}}", skipping quoted strings and comments; npos when another "{{"
// or the end comes first.
std::size_t actionEnd(std::string_view value, std::size_t from) {
  for (std::size_t i = from; i < value.size(); ++i) {
    const char c = value[i];
    if (value.substr(i, 2) == "}}")
      return i;
    if (value.substr(i, 2) == "{{")
      return std::string_view::npos;
    if (value.substr(i, 2) == "/*") {
      const std::size_t end = value.find("*/", i + 2);
      if (end == std::string_view::npos)
        return std::string_view::npos;
      i = end + 1;
    } else if (c == '"' || c == '`' || c == '\'') {
      std::size_t j = i + 1;
      while (j < value.size() && value[j] != c && (c == '`' || value[j] != '\n'))
        j += value[j] == '\\' && c != '`' ? 2 : 1;
      if (j >= value.size() || value[j] != c)
        return std::string_view::npos;
      i = j;
    }
  }
  return std::string_view::npos;
}

// Go's template lexer: an action opened by "{{" must be closed by "}}"
// (strings and comments inside it may hold braces). Reports each "{{" that is
// never closed (an error) and each "}}" outside an action (a warning), at its own line.
void checkTemplateActions(std::string_view text, const SourceIndex& index, const Command& command,
                          std::vector<Diagnostic>& out) {
  const std::string_view raw = text.substr(command.valueSpan.begin, command.valueSpan.end - command.valueSpan.begin);
  const std::size_t inRaw = raw.find(command.value);
  if (command.value.empty() || inRaw == std::string_view::npos)
    return;
  const std::size_t base = command.valueSpan.begin + inRaw;
  const std::string_view value = command.value;
  auto report = [&](MessageId id, std::size_t at) {
    // An unclosed action fails Ollama's template parse; a "}}" outside one is text to Go, likely a typo.
    const Severity severity = id == MessageId::ModelfileUnclosedAction ? Severity::Error : Severity::Warning;
    out.push_back(diagnostic(severity, Message(id), index.span(base + at, base + at + 2)));
  };
  for (std::size_t i = 0; i < value.size();) {
    const std::size_t open = value.find("{{", i);
    const std::size_t stray = value.substr(i, open == std::string_view::npos ? open : open - i).find("}}");
    if (stray != std::string_view::npos)
      report(MessageId::ModelfileStrayClose, i + stray);
    if (open == std::string_view::npos)
      return;
    const std::size_t close = actionEnd(value, open + 2);
    if (close == std::string_view::npos) {
      report(MessageId::ModelfileUnclosedAction, open);
      i = open + 2; // look for more problems after it
    } else {
      i = close + 2;
    }
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
        out.push_back(diagnostic(Severity::Error, Message(MessageId::ModelfileBadRequires), command.valueSpan));
      break;
    default: break;
    }
  }
  for (const auto& [command, file] : draftFiles)
    if (std::find(fromFiles.begin(), fromFiles.end(), file) != fromFiles.end())
      out.push_back(diagnostic(Severity::Error, Message(MessageId::ModelfileDraftSameAsFrom, {pathToUtf8(file)}),
                               command->valueSpan));
  checkRepeats(modelfile, out);
  std::stable_sort(out.begin(), out.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.span.begin < b.span.begin; });
  return out;
}

bool CheckReport::hasErrors() const {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

const Diagnostic* CheckReport::firstError() const {
  if (parse.error)
    return &*parse.error;
  for (const auto& d : diagnostics)
    if (d.severity == Severity::Error)
      return &d;
  return nullptr;
}

CheckReport check(std::string_view text, const CheckOptions& options) {
  CheckReport report;
  report.parse = parse(text);
  report.diagnostics = report.parse.problems;
  auto found = validate(report.parse.allCommands, options);
  report.diagnostics.insert(report.diagnostics.end(), found.begin(), found.end());
  const SourceIndex index(text);
  for (const auto& command : report.parse.allCommands.commands)
    if (command.instruction == Instruction::Template)
      checkTemplateActions(text, index, command, report.diagnostics);
  std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.span.begin < b.span.begin; });
  return report;
}

} // namespace md::modelfile
