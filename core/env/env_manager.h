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

using ProcessLookup = std::function<std::optional<std::string>(const std::string&)>;
ProcessLookup processEnvironment();

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
  // Restores the newest change exactly; returns what was undone.
  Result<HistoryEntry> undo();

  // Every secret value known (process and persisted), for redactSecrets().
  std::vector<std::string> knownSecrets() const;

private:
  Status change(const std::string& name, const std::optional<std::string>& value);
  EnvBackend& backend_;
  ChangeHistory history_;
  DefaultContext defaults_;
  ProcessLookup process_;
};

// The backend for this OS, its helpers, and the history folder, for a home.
struct PlatformEnv {
  std::shared_ptr<void> helper; // registry or command runner the backend uses
  std::unique_ptr<EnvBackend> backend;
  std::filesystem::path historyFolder;
};
PlatformEnv makePlatformEnv(const DefaultContext& context);

} // namespace md::env
