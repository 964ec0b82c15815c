#pragma once
// Changing the Ollama desktop app's `models` setting (its Settings: "Model
// location") after a store move, so the app starts the server with the new
// folder. Done only:
//  - while the app is not running: it keeps the database open and writes its
//    whole settings row back when the user changes any setting, so a change
//    made under it could be lost (findRunningOllamaApp, injectable in tests);
//  - after a backup of the database next to it (db.sqlite.modeldesk-backup-
//    <UTC time>), made with SQLite's backup API, so pages still in the app's
//    write-ahead log are in the copy too;
//  - in one transaction (BEGIN IMMEDIATE … COMMIT) whose UPDATE is read back
//    before COMMIT (else ROLLBACK), and read back once more afterwards
//    through a fresh read-only connection.
// The move's history entry records the change (app_setting_history.h), so
// undo and redo of it put the setting back by the same rules, and only when
// it still reads what the move (or the undo) left there.

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "core/env/catalog.h"
#include "core/env/ollama_app_settings.h"
#include "core/util/result.h"

namespace md::env {

// Whether the app's `models` setting needs changing for a store at `target`.
enum class AppModelsNeed {
  NoDatabase,   // the app was never run here: nothing overrides OLLAMA_MODELS
  NotSet,       // `models` is empty: the app passes OLLAMA_MODELS through
  AlreadyThere, // `models` already names the target
  Change,       // `models` names another folder: the app would use that one
};

struct AppModelsCheck {
  AppModelsNeed need = AppModelsNeed::NoDatabase;
  std::string current; // the setting now ("" when unset or no database)
};

Result<AppModelsCheck> checkOllamaAppModels(const std::filesystem::path& database, const std::filesystem::path& target);

// The running desktop app's process ("ollama app.exe"), nullopt when it is
// not running. Windows: a process whose file is `ollama app.exe` (any case)
// or `Ollama.exe` (exactly: the server is `ollama.exe`); macOS: an executable
// inside `Ollama.app/Contents/MacOS/` (the bundled server is in Resources);
// Linux: a process named `ollama app` or `Ollama` (read from /proc, or from
// MODELDESK_PROC_DIR where set: tests give it a folder of fake processes).
std::optional<std::string> findRunningOllamaApp();
// The naming rule of findRunningOllamaApp, for a process's file name
// (Windows, Linux) or its executable's full path (macOS).
bool isOllamaAppProcess(Os os, const std::string& nameOrPath);

struct AppSettingsWriteOptions {
  std::function<std::optional<std::string>()> findRunningApp = findRunningOllamaApp;
  int busyTimeoutMs = 2000; // how long to wait for another writer's lock
  // Set: change the setting only when it reads this inside the transaction
  // (else OllamaAppSettingChangedSince, nothing changed, no backup kept).
  std::optional<std::string> expected;
};

struct AppModelsUpdate {
  std::string previous;         // the setting before the change
  std::filesystem::path backup; // the copy of the database made first
};

// Sets `models` to `folder` (UTF-8) as described above. Errors (nothing
// changed, no backup left behind): OllamaAppRunning while the app runs,
// OllamaAppSettingsNotWritten when SQLite refuses or the value does not read
// back, OllamaAppSettingChangedSince when it is not `expected`, NotFound when
// there is no database. Needs SQLite (else Unsupported).
Result<AppModelsUpdate> setOllamaAppModels(const std::filesystem::path& database, const std::string& folder,
                                           const AppSettingsWriteOptions& options = {});

} // namespace md::env
