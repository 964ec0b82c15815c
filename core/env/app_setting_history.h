#pragma once
// A store move's change of the Ollama desktop app's `models` setting, kept
// in the history with the move's OLLAMA_MODELS change (AppSettingRecord):
//  - moveOllamaAppModels changes the setting after the move switched the
//    variable (setOllamaAppModels: app not running, backup, one transaction,
//    read back) and records what happened in that change's entry;
//  - undo and redo of the entry (EnvManager) put the setting back, or again,
//    by the same rules, and only when it still reads what the move (or the
//    undo) left there: a value changed since, in the app or elsewhere, is
//    never overwritten. While the app runs and the setting would change, the
//    undo or redo is refused as a whole (EnvAppSettingAppRunning) and nothing
//    changes: the user quits the app and tries again, and both go back
//    together. A setting the move could not change is left alone.

#include <filesystem>
#include <optional>
#include <string>

#include "core/env/history.h"
#include "core/env/ollama_app_settings_update.h"
#include "core/util/result.h"

namespace md::env {

// Changes the app's setting to `folder` and records it in the newest entry in
// effect that set OLLAMA_MODELS to `folder`.
Result<AppModelsUpdate> moveOllamaAppModels(ChangeHistory& history, const std::filesystem::path& database,
                                            const std::string& folder, const AppSettingsWriteOptions& options = {});

// What undo or redo of an entry did to the app's setting.
enum class AppSettingRestoreOutcome {
  Updated,      // put back (undo) or set again (redo), after a backup
  NotChanged,   // the move did not change it: nothing to put back
  AlreadySet,   // it already reads the value undo or redo wants
  ChangedSince, // it reads neither value: changed since, so left as it is
  NoDatabase,   // the app's database is gone
  AppRunning,   // the app started in the meantime: left (the variable changed)
  Failed,       // SQLite could not read or change it: left
};

struct AppSettingRestore {
  AppSettingRestoreOutcome outcome = AppSettingRestoreOutcome::NotChanged;
  std::filesystem::path database;
  std::string previous;         // the setting before the undo or redo ("" when unread)
  std::string target;           // the value undo or redo wants it to have
  std::string expected;         // the value ModelDesk left there (the move, or the undo for a redo)
  std::filesystem::path backup; // Updated: the copy of the database made first
  std::optional<Error> error;   // AppRunning, Failed
  bool needsWrite = false;      // planned: the setting will be changed

  // "updated", "not_changed", "already_set", "changed_since", "no_database",
  // "app_running", "failed" (the CLI's JSON "reason").
  const char* reason() const;
  // One English line for the CLI.
  std::string describe() const;
};

// Before undo (redo = false) or redo of `entry` changes the variable: what
// will happen to the app's setting (nullopt: the entry has no record), or an
// EnvAppSettingAppRunning refusal when it would change while the app runs.
Result<std::optional<AppSettingRestore>> planAppSettingRestore(const HistoryEntry& entry, bool redo,
                                                               const AppSettingsWriteOptions& options);
// After the variable changed: the write planned above, if any.
void finishAppSettingRestore(AppSettingRestore& planned, const AppSettingsWriteOptions& options);

} // namespace md::env
