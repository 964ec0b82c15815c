// A store move's change of the Ollama app's `models` setting in the history,
// and its undo and redo (see app_setting_history.h).
#include "core/env/app_setting_history.h"

#include "core/util/paths.h"

namespace md::env {
namespace fs = std::filesystem;

Result<AppModelsUpdate> moveOllamaAppModels(ChangeHistory& history, const fs::path& database, const std::string& folder,
                                            const AppSettingsWriteOptions& options) {
  auto before = readOllamaAppSettings(database);
  auto update = setOllamaAppModels(database, folder, options);
  AppSettingRecord record{database, "", folder, update.ok()};
  if (update)
    record.previous = update->previous;
  else if (before && before->has_value())
    record.previous = (*before)->models;
  // The setting changed (or not) either way; a history that cannot be
  // written has refused the variable's change just before.
  (void)history.recordAppSetting("OLLAMA_MODELS", folder, record);
  return update;
}

const char* AppSettingRestore::reason() const {
  switch (outcome) {
  case AppSettingRestoreOutcome::Updated: return "updated";
  case AppSettingRestoreOutcome::NotChanged: return "not_changed";
  case AppSettingRestoreOutcome::AlreadySet: return "already_set";
  case AppSettingRestoreOutcome::ChangedSince: return "changed_since";
  case AppSettingRestoreOutcome::NoDatabase: return "no_database";
  case AppSettingRestoreOutcome::AppRunning: return "app_running";
  case AppSettingRestoreOutcome::Failed: return "failed";
  }
  return "failed";
}

std::string AppSettingRestore::describe() const {
  const auto shown = [](const std::string& value) { return value.empty() ? std::string("(not set)") : value; };
  const std::string location = "The Ollama app's model location (setting \"models\" in " + pathToUtf8(database) + ")";
  switch (outcome) {
  case AppSettingRestoreOutcome::Updated:
    return location + " is " + shown(target) + " again (it was " + shown(previous) +
           "); backup of its settings: " + pathToUtf8(backup);
  case AppSettingRestoreOutcome::NotChanged: return location + " was left as it is: the move did not change it";
  case AppSettingRestoreOutcome::AlreadySet: return location + " already is " + shown(target);
  case AppSettingRestoreOutcome::ChangedSince:
    return location + " was left at " + shown(previous) + ": it was changed since ModelDesk set it to " +
           shown(expected);
  case AppSettingRestoreOutcome::NoDatabase: return location + " is gone: nothing to put back";
  case AppSettingRestoreOutcome::AppRunning:
  case AppSettingRestoreOutcome::Failed: break;
  }
  return error ? error->describe() : location + " was not changed";
}

Result<std::optional<AppSettingRestore>> planAppSettingRestore(const HistoryEntry& entry, bool redo,
                                                               const AppSettingsWriteOptions& options) {
  if (!entry.appSetting)
    return std::optional<AppSettingRestore>();
  const AppSettingRecord& record = *entry.appSetting;
  AppSettingRestore plan;
  plan.database = record.database;
  plan.expected = redo ? record.previous : record.value;
  plan.target = redo ? record.value : record.previous;
  if (!record.changed)
    return std::optional(plan); // NotChanged
  auto settings = readOllamaAppSettings(record.database);
  if (!settings) {
    plan.outcome = AppSettingRestoreOutcome::Failed;
    plan.error = settings.error();
    return std::optional(plan);
  }
  if (!settings->has_value()) {
    plan.outcome = AppSettingRestoreOutcome::NoDatabase;
    return std::optional(plan);
  }
  plan.previous = (*settings)->models;
  if (plan.previous == plan.target) {
    plan.outcome = AppSettingRestoreOutcome::AlreadySet;
    return std::optional(plan);
  }
  if (plan.previous != plan.expected) {
    plan.outcome = AppSettingRestoreOutcome::ChangedSince;
    return std::optional(plan);
  }
  if (const auto running = options.findRunningApp ? options.findRunningApp() : std::nullopt)
    return makeError(ErrorCode::Io,
                     Message(MessageId::EnvAppSettingAppRunning,
                             {MessageArg::number(entry.id), pathToUtf8(record.database), *running}),
                     atPath(record.database));
  plan.outcome = AppSettingRestoreOutcome::Updated;
  plan.needsWrite = true;
  return std::optional(plan);
}

void finishAppSettingRestore(AppSettingRestore& planned, const AppSettingsWriteOptions& options) {
  if (!planned.needsWrite)
    return;
  planned.needsWrite = false;
  AppSettingsWriteOptions onlyIfUnchanged = options;
  onlyIfUnchanged.expected = planned.expected;
  auto update = setOllamaAppModels(planned.database, planned.target, onlyIfUnchanged);
  if (update) {
    planned.outcome = AppSettingRestoreOutcome::Updated;
    planned.previous = update->previous;
    planned.backup = update->backup;
    return;
  }
  const MessageId why = update.error().text.id;
  if (why == MessageId::OllamaAppSettingChangedSince) {
    planned.outcome = AppSettingRestoreOutcome::ChangedSince;
    if (auto now = readOllamaAppSettings(planned.database); now && now->has_value())
      planned.previous = (*now)->models;
    return;
  }
  planned.outcome = why == MessageId::OllamaAppRunning           ? AppSettingRestoreOutcome::AppRunning
                    : update.error().code == ErrorCode::NotFound ? AppSettingRestoreOutcome::NoDatabase
                                                                 : AppSettingRestoreOutcome::Failed;
  planned.error = update.error();
}

} // namespace md::env
