// modeldesk-cli env list [--json]
// modeldesk-cli env get NAME
// modeldesk-cli env set NAME VALUE|- [--dry-run]
// modeldesk-cli env unset NAME [--dry-run]
// modeldesk-cli env undo [ID] | redo [ID] | history
// modeldesk-cli env move-models NEWDIR [--from DIR] [--leave-damaged] [--delete-old]
// modeldesk-cli env check-key NAME [KEY|-]
//
// Persistence goes through core/env (the backend for this OS, with a backup
// in the history first). Secret values never reach the output in clear.

#include <charconv>
#include <iostream>
#include <ostream>
#include <set>

#include <nlohmann/json.hpp>

#include "app/cli/cmd_env.h"
#include "app/cli/command.h"
#include "core/env/linux_backend.h"
#include "core/env/ollama_app_settings.h"
#include "core/env/secret_mask.h"
#include "core/util/json_text.h"
#include "core/util/paths.h"

namespace md::cli {
namespace fs = std::filesystem;

EnvSession::EnvSession()
    : context(env::DefaultContext::fromProcess()), platform(env::makePlatformEnv(context)),
      manager(*platform.backend, platform.historyFolder, context) {}

std::string EnvSession::shown(const std::string& name, const std::string& value) const {
  const env::VariableInfo* info = env::findVariable(name);
  return info != nullptr && info->kind == env::VarKind::Secret ? env::maskSecret(value) : value;
}

nlohmann::json appSettingJson(const std::string& reason, const std::string& previous, const fs::path& database,
                              const std::optional<std::string>& backup, const std::optional<Error>& error) {
  return {{"updated", reason == "updated"},
          {"backup", backup ? nlohmann::json(*backup) : nlohmann::json(nullptr)},
          {"reason", reason},
          {"previous", previous},
          {"database", pathToUtf8(database)},
          {"error", error ? nlohmann::json(error->describe()) : nlohmann::json(nullptr)}};
}

int envFail(CommandContext& context, const Error& error, const std::vector<std::string>& secrets) {
  const std::string message = env::redactSecrets(error.describe(), secrets);
  if (context.json)
    context.out << toJsonText({{"error", {{"message", message}, {"code", errorCodeName(error.code)}}}}, 2) << "\n";
  else
    context.err << "modeldesk-cli: " << message << "\n";
  return kExitFailure;
}

namespace {

nlohmann::json optionalJson(const EnvSession& session, const std::string& name,
                            const std::optional<std::string>& value) {
  return value ? nlohmann::json(session.shown(name, *value)) : nlohmann::json(nullptr);
}

// The variables the Ollama desktop app sets itself when it starts the server.
std::set<std::string> appOverridden(const EnvSession& session) {
  std::set<std::string> names;
  if (auto settings = env::readOllamaAppSettings(env::ollamaAppDatabasePath(session.context));
      settings && settings->has_value())
    for (const auto& override : env::appServerOverrides(**settings))
      names.insert(override.variable);
  return names;
}

nlohmann::json stateJson(const EnvSession& session, const env::VariableState& state,
                         const std::set<std::string>& appOverrides) {
  const auto& info = *state.info;
  const auto note = env::defaultNote(info);
  nlohmann::json json = {{"name", info.name},
                         {"kind", env::varKindName(info.kind)},
                         {"purpose", info.purpose},
                         {"advanced", info.advanced},
                         {"read_by_ollama", info.readByOllama},
                         {"process", optionalJson(session, info.name, state.process)},
                         {"persisted", optionalJson(session, info.name, state.persisted)},
                         {"service", optionalJson(session, info.name, state.service)},
                         {"default", state.defaultValue},
                         {"effective", state.effective.empty()
                                           ? nlohmann::json(nullptr)
                                           : nlohmann::json(session.shown(info.name, state.effective))},
                         {"differs", state.differs()},
                         {"needs_ollama_restart", state.needsOllamaRestart()},
                         {"state", env::varStatusName(env::variableStatus(state, appOverrides.count(info.name) != 0))},
                         {"default_note", note ? nlohmann::json(note->english()) : nlohmann::json(nullptr)}};
  if (!info.choices.empty())
    json["choices"] = info.choices;
  if (info.kind == env::VarKind::Number) {
    json["minimum"] = info.minimum;
    json["maximum"] = info.maximum;
  }
  return json;
}

// The Ollama desktop app's settings and what they override when it starts
// the server ("ollama_app" in env list --json).
nlohmann::json appSettingsJson(const EnvSession& session) {
  const auto database = env::ollamaAppDatabasePath(session.context);
  nlohmann::json app = {{"database", pathToUtf8(database)},
                        {"found", false},
                        {"settings", nullptr},
                        {"overrides", nlohmann::json::array()},
                        {"error", nullptr}};
  auto settings = env::readOllamaAppSettings(database);
  if (!settings) {
    app["error"] = settings.error().describe();
    return app;
  }
  if (!settings->has_value())
    return app;
  const auto& values = **settings;
  app["found"] = true;
  app["settings"] = {{"models", values.models},
                     {"expose", values.expose},
                     {"browser", values.browser},
                     {"context_length", values.contextLength}};
  for (const auto& override : env::appServerOverrides(values))
    app["overrides"].push_back(
        {{"variable", override.variable}, {"value", override.value}, {"setting", override.setting}});
  return app;
}

// Text mode: what the app sets when it starts the server, in one line each.
void printAppOverrides(std::ostream& out, const EnvSession& session) {
  const auto database = env::ollamaAppDatabasePath(session.context);
  auto settings = env::readOllamaAppSettings(database);
  if (!settings) {
    out << "\n" << settings.error().describe() << "\n";
    return;
  }
  if (!settings->has_value())
    return;
  const auto overrides = env::appServerOverrides(**settings);
  if (overrides.empty())
    return;
  out << "\nThe Ollama app starts the server with (its settings in " << pathToUtf8(database) << "):\n";
  for (const auto& override : overrides)
    out << "  " << override.variable << "=" << override.value << "  (setting \"" << override.setting << "\")\n";
}

int listCommand(CommandContext& context, EnvSession& session) {
  auto states = session.manager.list();
  if (!states)
    return envFail(context, states.error(), session.manager.knownSecrets());
  if (context.json) {
    auto variables = nlohmann::json::array();
    const auto overridden = appOverridden(session);
    for (const auto& state : *states)
      variables.push_back(stateJson(session, state, overridden));
    context.out << toJsonText({{"backend", session.platform.backend->name()},
                               {"restart_advice", session.platform.backend->restartAdvice()},
                               {"variables", variables},
                               {"ollama_app", appSettingsJson(session)}},
                              2)
                << "\n";
    return kExitOk;
  }
  bool advancedHeading = false;
  for (const auto& state : *states) {
    if (state.info->advanced && !advancedHeading) {
      context.out << "\nAdvanced (Ollama server):\n";
      advancedHeading = true;
    }
    std::string flags;
    if (state.persisted)
      flags += " persisted";
    if (state.process)
      flags += " in-process";
    if (state.differs())
      flags += " differs";
    if (state.needsOllamaRestart())
      flags += " restart-ollama";
    context.out << state.info->name << "="
                << (state.effective.empty() ? "" : session.shown(state.info->name, state.effective))
                << (state.process || state.persisted ? "" : "  (default)")
                << (flags.empty() ? "" : "  [" + flags.substr(1) + "]") << "\n    " << state.info->purpose << "\n";
    if (state.service)
      context.out << "    the Ollama service sees: " << session.shown(state.info->name, *state.service) << "\n";
  }
  printAppOverrides(context.out, session);
  return kExitOk;
}

int getCommand(CommandContext& context, EnvSession& session, const std::string& name) {
  auto state = session.manager.state(name);
  if (!state)
    return envFail(context, state.error(), session.manager.knownSecrets());
  if (context.json)
    context.out << toJsonText(stateJson(session, *state, appOverridden(session)), 2) << "\n";
  else
    context.out << session.shown(name, state->effective) << "\n";
  return kExitOk;
}

void printPlan(std::ostream& out, const std::vector<env::PlannedWrite>& writes,
               const std::vector<std::string>& secrets) {
  for (const auto& write : writes) {
    out << "# " << write.action << ": " << write.target << "\n";
    if (!write.content.empty()) {
      const std::string content = env::redactSecrets(write.content, secrets);
      out << content << (content.back() == '\n' ? "" : "\n");
    }
  }
}

nlohmann::json planJson(const std::vector<env::PlannedWrite>& writes, const std::vector<std::string>& secrets) {
  auto array = nlohmann::json::array();
  for (const auto& write : writes)
    array.push_back(
        {{"action", write.action}, {"target", write.target}, {"content", env::redactSecrets(write.content, secrets)}});
  return array;
}

// On Linux, the Ollama system service sees none of the user's files: show
// its override for copying.
void printServiceAdvice(CommandContext& context, EnvSession& session, const std::string& name,
                        const std::optional<std::string>& value, const std::vector<std::string>& secrets) {
  const env::VariableInfo* info = env::findVariable(name);
  auto* linux = dynamic_cast<env::LinuxEnvBackend*>(session.platform.backend.get());
  if (linux == nullptr || info == nullptr || !info->readByOllama || !env::ollamaServiceUserExists())
    return;
  auto override = linux->planServiceOverride(name, value);
  if (!override)
    return;
  context.err << "Ollama runs as a system service here and does not read your environment. As root, write "
              << override->target << ":\n"
              << env::redactSecrets(override->content, secrets)
              << "then run: sudo systemctl daemon-reload && sudo systemctl restart ollama\n";
}

int changeCommand(CommandContext& context, EnvSession& session, const std::string& name,
                  const std::optional<std::string>& value, bool dryRun) {
  const env::VariableInfo* info = env::findVariable(name);
  // Every secret, the new one too, is masked wherever it would be printed.
  std::vector<std::string> masked = session.manager.knownSecrets();
  if (value && info != nullptr && info->kind == env::VarKind::Secret)
    masked.push_back(*value);
  auto planned = value ? session.manager.planSet(name, *value) : session.manager.planUnset(name);
  if (!planned)
    return envFail(context, planned.error(), masked);
  if (dryRun) {
    if (context.json)
      context.out << toJsonText({{"dry_run", true}, {"writes", planJson(*planned, masked)}}, 2) << "\n";
    else
      printPlan(context.out, *planned, masked);
    printServiceAdvice(context, session, name, value, masked);
    return kExitOk;
  }
  if (auto changed = value ? session.manager.set(name, *value) : session.manager.unset(name); !changed)
    return envFail(context, changed.error(), masked);
  if (context.json) {
    context.out << toJsonText({{"name", name},
                               {"value", value ? nlohmann::json(session.shown(name, *value)) : nlohmann::json(nullptr)},
                               {"writes", planJson(*planned, masked)},
                               {"restart_advice", info->readByOllama ? session.platform.backend->restartAdvice() : ""}},
                              2)
                << "\n";
  } else {
    context.out << (value ? "Set " + name + "=" + session.shown(name, *value) : "Unset " + name) << "\n";
    for (const auto& write : *planned)
      context.out << "  " << write.action << ": " << write.target << "\n";
    if (info->readByOllama)
      context.out << session.platform.backend->restartAdvice() << "\n";
  }
  printServiceAdvice(context, session, name, value, masked);
  return kExitOk;
}

// env undo [ID] and env redo [ID]: the newest change in effect (the most
// recently undone one) when no ID is given.
// A store move's change also reports the Ollama app's setting ("app_setting",
// null for any other change).
int undoRedoCommand(CommandContext& context, EnvSession& session, bool redo, std::optional<std::uint64_t> id) {
  auto done = redo ? session.manager.redo(id) : session.manager.undo(id);
  if (!done)
    return envFail(context, done.error(), session.manager.knownSecrets());
  const env::HistoryEntry& entry = done->entry;
  const auto& app = done->appSetting;
  if (context.json) {
    nlohmann::json result = {
        {redo ? "redone" : "undone", entry.describe()}, {"id", entry.id}, {"variable", entry.variable}};
    result["app_setting"] = nullptr;
    if (app)
      result["app_setting"] =
          appSettingJson(app->reason(), app->previous, app->database,
                         app->backup.empty() ? std::nullopt : std::optional(pathToUtf8(app->backup)), app->error);
    context.out << toJsonText(result, 2) << "\n";
  } else {
    context.out << (redo ? "Redid: " : "Undid: ") << entry.describe() << "\n";
    if (app)
      context.out << app->describe() << "\n";
  }
  return kExitOk;
}

int historyCommand(CommandContext& context, EnvSession& session) {
  auto entries = session.manager.history().entries();
  if (!entries)
    return envFail(context, entries.error(), session.manager.knownSecrets());
  if (context.json) {
    auto array = nlohmann::json::array();
    for (const auto& entry : *entries)
      array.push_back({{"id", entry.id},
                       {"time", entry.time},
                       {"variable", entry.variable},
                       {"change", entry.describe()},
                       {"undone", entry.undone}});
    context.out << toJsonText(array, 2) << "\n";
  } else {
    for (const auto& entry : *entries)
      context.out << "#" << entry.id << " " << entry.describe() << (entry.undone ? "  (undone)" : "") << "\n";
  }
  return kExitOk;
}

constexpr const char* kUsage =
    "usage: modeldesk-cli env list [--json]\n"
    "       modeldesk-cli env get NAME\n"
    "       modeldesk-cli env set NAME VALUE [--dry-run]   (VALUE - reads it from stdin)\n"
    "       modeldesk-cli env unset NAME [--dry-run]\n"
    "       modeldesk-cli env undo [ID] | redo [ID] | history\n"
    "       modeldesk-cli env move-models NEWDIR [--from DIR] [--leave-damaged] [--delete-old]\n"
    "       modeldesk-cli env check-key NAME [KEY|-] [--json]   (without KEY: the variable's value)\n";

int envCommand(CommandContext& context) {
  const auto sub = context.args.takeFirst();
  const bool dryRun = context.args.takeFlag("dry-run");
  if (sub && *sub == "move-models")
    return moveModelsCommand(context);
  if (sub && *sub == "check-key")
    return checkKeyCommand(context);
  if (!sub || context.args.unknownOption()) {
    context.err << kUsage;
    return kExitUsage;
  }
  const auto& rest = context.args.rest();
  EnvSession session;
  if (*sub == "list" && rest.empty())
    return listCommand(context, session);
  if (*sub == "get" && rest.size() == 1)
    return getCommand(context, session, rest[0]);
  if (*sub == "set" && rest.size() == 2) {
    std::string value = rest[1];
    if (value == "-" && !std::getline(std::cin, value))
      value.clear();
    return changeCommand(context, session, rest[0], value, dryRun);
  }
  if (*sub == "unset" && rest.size() == 1)
    return changeCommand(context, session, rest[0], std::nullopt, dryRun);
  if ((*sub == "undo" || *sub == "redo") && rest.size() <= 1) {
    std::optional<std::uint64_t> id;
    if (!rest.empty()) {
      std::uint64_t number = 0;
      const auto [end, error] = std::from_chars(rest[0].data(), rest[0].data() + rest[0].size(), number);
      if (error != std::errc() || end != rest[0].data() + rest[0].size()) {
        context.err << kUsage;
        return kExitUsage;
      }
      id = number;
    }
    return undoRedoCommand(context, session, *sub == "redo", id);
  }
  if (*sub == "history" && rest.empty())
    return historyCommand(context, session);
  context.err << kUsage;
  return kExitUsage;
}

const CommandRegistration registration(
    "env",
    "env list|get|set|unset|undo|redo|history|move-models|check-key ...   see and persist the environment variables",
    envCommand);

} // namespace
} // namespace md::cli
