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
//   {"ok": false, "error": {"line": N|null, "message": S}} with a non-zero exit.

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
  if (diagnostic.message == mf::kNoFromMessage)
    return nullptr;
  return diagnostic.span.line;
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

int fail(CommandContext& context, const std::string& path, const nlohmann::json& line, const std::string& message) {
  if (context.json)
    context.out << toJsonText({{"ok", false}, {"error", {{"line", line}, {"message", message}}}}, 2) << "\n";
  else
    context.err << path << (line.is_null() ? "" : ":" + line.dump()) << ": error: " << message << "\n";
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
  else if (report.parse = mf::parse(*text); report.parse.error)
    report.diagnostics.push_back(*report.parse.error);

  if (const mf::Diagnostic* error = report.firstError()) {
    if (!context.json)
      for (const auto& d : report.diagnostics)
        context.err << *file << ":" << d.span.line << ": " << mf::severityName(d.severity) << ": " << d.message << "\n";
    return context.json ? fail(context, *file, lineJson(*error), error->message) : kExitFailure;
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
    context.out << toJsonText(result, 2) << "\n";
    return kExitOk;
  }
  printHumanCommands(context.out, report.parse.modelfile);
  for (const auto& d : report.diagnostics)
    context.err << *file << ":" << d.span.line << ": " << mf::severityName(d.severity) << ": " << d.message << "\n";
  return kExitOk;
}

const CommandRegistration registration("modelfile",
                                       "modelfile parse|check FILE [--json] [--lines] | preview FILE "
                                       "[--server-version X.Y.Z] [--json] | fill FILE [--server-version X.Y.Z] "
                                       "[--write] [--force]",
                                       runModelfile);

} // namespace
} // namespace md::cli
