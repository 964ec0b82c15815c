#pragma once
// The one place that changes persisted variables: validates, backs up into
// the history, then asks the backend. Also assembles, for each catalog
// variable, the value in this process, the persisted value, what the Ollama
// service sees, the default and the effective value.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/env/app_setting_history.h"
#include "core/env/catalog.h"
#include "core/env/env_backend.h"
#include "core/env/history.h"

namespace md::env {

struct VariableState {
  const VariableInfo* info = nullptr;
  std::optional<std::string> process;   // in this process's environment
  std::optional<std::string> persisted; // saved for the user
  std::optional<std::string> service;   // the Ollama service's own setting
  std::string defaultValue;
  std::string effective; // process, else persisted, else default

  // Persisted differs from what this process (and programs started with it) see.
  bool differs() const { return persisted != process; }
  bool needsOllamaRestart() const { return info->readByOllama && differs(); }
};

// The one state a variable is in, computed here only: the Environment page
// says it in one sentence, `env list --json` as "state".
enum class VarStatus {
  Default,            // set nowhere: the default applies
  InEffect,           // saved, and this session has the same value
  SavedNextLogin,     // saved; this session has none or another: programs started after the next login see it
  SavedRestartOllama, // the same for a variable Ollama reads: Ollama needs a restart
  SessionOnly,        // only in this session's environment, not saved
  ServiceOverrides,   // the Ollama system service has its own value, which Ollama uses
  AppOverrides,       // the Ollama desktop app starts the server with its own value
};
VarStatus variableStatus(const VariableState& state, bool appOverrides = false);
const char* varStatusName(VarStatus status); // "default", "in_effect", ...

using ProcessLookup = std::function<std::optional<std::string>(const std::string&)>;
ProcessLookup processEnvironment();

// An undone or redone change, and what became of the Ollama app's setting
// when it was a store move's (app_setting_history.h); nullopt otherwise.
struct AppliedChange {
  HistoryEntry entry;
  std::optional<AppSettingRestore> appSetting;
};

class EnvManager {
public:
  EnvManager(EnvBackend& backend, std::filesystem::path historyFolder, DefaultContext defaults,
             ProcessLookup process = processEnvironment());

  EnvBackend& backend() { return backend_; }
  ChangeHistory& history() { return history_; }

  Result<std::vector<VariableState>> list() const;
  Result<VariableState> state(const std::string& name) const;

  // Validation then the backend's plan; nothing is written.
  Result<std::vector<PlannedWrite>> planSet(const std::string& name, const std::string& value) const;
  Result<std::vector<PlannedWrite>> planUnset(const std::string& name) const;
  Status set(const std::string& name, const std::string& value);
  Status unset(const std::string& name);
  // Applies the previous value of a change (the newest one in effect when
  // id is empty) and marks it undone; refused when a later change in effect
  // changed the same variable. A store move's change also puts the Ollama
  // app's setting back (refused as a whole while the app runs and the
  // setting would change; see app_setting_history.h).
  Result<AppliedChange> undo(std::optional<std::uint64_t> id = std::nullopt);
  // Applies an undone change's value again (the most recently undone when
  // id is empty); refused when it would skip or overwrite another change.
  Result<AppliedChange> redo(std::optional<std::uint64_t> id = std::nullopt);
  // How undo and redo find the running Ollama app (tests inject it).
  void setAppSettingsOptions(AppSettingsWriteOptions options) { appOptions_ = std::move(options); }

  // Every secret value known (process and persisted), for redactSecrets().
  std::vector<std::string> knownSecrets() const;

private:
  Status change(const std::string& name, const std::optional<std::string>& value);
  EnvBackend& backend_;
  ChangeHistory history_;
  DefaultContext defaults_;
  ProcessLookup process_;
  AppSettingsWriteOptions appOptions_;
};

// The backend for this OS, its helpers, and the history folder, for a home.
struct PlatformEnv {
  std::shared_ptr<void> helper; // registry or command runner the backend uses
  std::unique_ptr<EnvBackend> backend;
  std::filesystem::path historyFolder;
};
PlatformEnv makePlatformEnv(const DefaultContext& context);

} // namespace md::env
