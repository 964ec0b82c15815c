// modeldesk-cli modelfile parse FILE [--json] [--lines]
// modeldesk-cli modelfile check FILE [--json]
// (preview and fill are in cmd_modelfile_template.cpp)
//
// A Modelfile is decoded as Ollama decodes it: a UTF-8 or UTF-16 BOM selects the encoding.
//
// --json output (other tools parse it):
//   {"ok": true, "commands": [{"instruction": "FROM", "value": S} |
//                             {"instruction": "PARAMETER", "name": S, "value": S} |
//                             {"instruction": "MESSAGE", "role": S, "value": S}, …]}
//   check adds "warnings": [{"line": N, "message": S}, …]; --lines adds "line" to each command.
//   {"ok": false, "error": {"line": N|null, "message": S}} with a non-zero exit: the first problem, as Ollama
//   reports it (its words, its "(line N)").
//   check adds "problems": [{"line": N|null, "severity": "error"|"warning"|"info", "message": S}, …], every problem
//   found, in line order (a problem of the whole file, "no FROM line", has line null and comes first).

#include <nlohmann/json.hpp>
#include <ostream>

#include "app/cli/cmd_modelfile.h"
#include "app/cli/command.h"
#include "core/modelfile/text_encoding.h"
#include "core/modelfile/validator.h"
#include "core/util/json_text.h"
#include "core/util/paths.h"

namespace md::cli {
namespace {

namespace mf = md::modelfile;

// The real line of the problem. The message keeps Ollama's own "(line N)",
// which can differ: Ollama counts "\r\n" as two lines and counts a line break
// that ends a keyword before reporting it.
nlohmann::json lineJson(const mf::Diagnostic& diagnostic) {
  if (diagnostic.wholeFile())
    return nullptr;
  return diagnostic.span.line;
}

nlohmann::json problemsJson(const mf::CheckReport& report) {
  nlohmann::json problems = nlohmann::json::array();
  for (const auto& d : report.diagnostics)
    problems.push_back(
        {{"line", lineJson(d)}, {"severity", mf::severityName(d.severity)}, {"message", d.text.english()}});
  return problems;
}

// "FILE:LINE: error: message", one line per problem, the line number once.
void printProblems(std::ostream& err, const std::string& file, const mf::CheckReport& report) {
  for (const auto& d : report.diagnostics) {
    const nlohmann::json line = lineJson(d);
    err << file << (line.is_null() ? "" : ":" + line.dump()) << ": " << mf::severityName(d.severity) << ": "
        << d.text.english() << "\n";
  }
}

nlohmann::json commandJson(const mf::Command& command, bool withLine) {
  nlohmann::json json = {{"instruction", mf::instructionName(command.instruction)}};
  if (command.instruction == mf::Instruction::Parameter)
    json["name"] = command.name;
  else if (command.instruction == mf::Instruction::Message)
    json["role"] = command.name;
  json["value"] = command.value;
  if (withLine)
    json["line"] = command.keywordSpan.line;
  return json;
}

int fail(CommandContext& context, const std::string& path, const nlohmann::json& line, const std::string& message,
         const nlohmann::json& problems = nullptr) {
  if (context.json) {
    nlohmann::json result = {{"ok", false}, {"error", {{"line", line}, {"message", message}}}};
    if (!problems.is_null())
      result["problems"] = problems;
    context.out << toJsonText(result, 2) << "\n";
  } else {
    context.err << path << (line.is_null() ? "" : ":" + line.dump()) << ": error: " << message << "\n";
  }
  return kExitFailure;
}

void printHumanCommands(std::ostream& out, const mf::Modelfile& modelfile) {
  for (const auto& command : modelfile.commands) {
    out << command.keywordSpan.line << "\t" << mf::instructionName(command.instruction);
    if (!command.name.empty())
      out << " " << command.name;
    out << " " << nlohmann::json(command.value).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
}

int runModelfile(CommandContext& context) {
  const auto action = context.args.takeFirst();
  if (action && (*action == "preview" || *action == "fill"))
    return modelfileTemplateCommand(context, *action);
  const bool withLines = context.args.takeFlag("lines");
  const auto file = context.args.takeFirst();
  if (!action || (*action != "parse" && *action != "check") || !file || !context.args.empty()) {
    context.err << "usage: modeldesk-cli modelfile parse|check FILE [--json]\n"
                   "       modeldesk-cli modelfile preview FILE [--server-version X.Y.Z] [--json]\n"
                   "       modeldesk-cli modelfile fill FILE [--server-version X.Y.Z] [--write] [--force]\n";
    return kExitUsage;
  }
  const std::filesystem::path path = pathFromUtf8(*file);
  auto decoded = mf::readModelfileFile(path);
  if (!decoded)
    return fail(context, *file, nullptr, decoded.error().message);
  const std::string* text = &decoded->text;

  mf::CheckOptions options;
  options.modelfileDir = path.parent_path();
  options.checkPaths = *action == "check";
  mf::CheckReport report;
  if (*action == "check")
    report = mf::check(*text, options);
  else {
    report.parse = mf::parse(*text);
    report.diagnostics = report.parse.problems;
  }

  if (const mf::Diagnostic* error = report.firstError()) {
    if (!context.json)
      printProblems(context.err, *file, report);
    const nlohmann::json problems = *action == "check" ? problemsJson(report) : nlohmann::json(nullptr);
    return context.json ? fail(context, *file, lineJson(*error), error->message, problems) : kExitFailure;
  }
  nlohmann::json commands = nlohmann::json::array();
  for (const auto& command : report.parse.modelfile.commands)
    commands.push_back(commandJson(command, withLines));
  nlohmann::json warnings = nlohmann::json::array();
  for (const auto& d : report.diagnostics)
    if (d.severity == mf::Severity::Warning)
      warnings.push_back({{"line", d.span.line}, {"message", d.message}});

  if (context.json) {
    nlohmann::json result = {{"ok", true}, {"commands", commands}};
    if (*action == "check" && !warnings.empty())
      result["warnings"] = warnings;
    if (*action == "check")
      result["problems"] = problemsJson(report);
    context.out << toJsonText(result, 2) << "\n";
    return kExitOk;
  }
  printHumanCommands(context.out, report.parse.modelfile);
  printProblems(context.err, *file, report);
  return kExitOk;
}

const CommandRegistration registration("modelfile",
                                       "modelfile parse|check FILE [--json] [--lines] | preview FILE "
                                       "[--server-version X.Y.Z] [--json] | fill FILE [--server-version X.Y.Z] "
                                       "[--write] [--force]",
                                       runModelfile);

} // namespace
} // namespace md::cli
