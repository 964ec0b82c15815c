#include "core/env/env_manager.h"

#include <cstdlib>

#include "core/env/linux_backend.h"
#include "core/env/macos_backend.h"
#include "core/env/windows_backend.h"
#include "core/io/atomic_write.h"
#include "core/util/paths.h"

namespace md::env {
namespace fs = std::filesystem;

ProcessLookup processEnvironment() {
  return [](const std::string& name) -> std::optional<std::string> {
    // Empty counts as unset, as it does for Ollama.
    const char* value = std::getenv(name.c_str());
    return value != nullptr && *value != '\0' ? std::optional<std::string>(value) : std::nullopt;
  };
}

EnvManager::EnvManager(EnvBackend& backend, fs::path historyFolder, DefaultContext defaults, ProcessLookup process)
    : backend_(backend), history_(std::move(historyFolder)), defaults_(std::move(defaults)),
      process_(std::move(process)) {}

Result<std::vector<VariableState>> EnvManager::list() const {
  auto persisted = backend_.readPersisted();
  if (!persisted)
    return persisted.error();
  VariableMap service;
  if (auto seen = backend_.serviceEnvironment(); seen && seen->ok())
    service = seen->value();
  std::vector<VariableState> states;
  for (const auto& info : catalog()) {
    VariableState state;
    state.info = &info;
    state.process = process_(info.name);
    if (auto it = persisted->find(info.name); it != persisted->end())
      state.persisted = it->second;
    if (auto it = service.find(info.name); it != service.end())
      state.service = it->second;
    state.defaultValue = defaultValue(info, defaults_);
    state.effective = state.process.value_or(state.persisted.value_or(state.defaultValue));
    states.push_back(std::move(state));
  }
  return states;
}

Result<VariableState> EnvManager::state(const std::string& name) const {
  auto states = list();
  if (!states)
    return states.error();
  for (auto& state : *states)
    if (state.info->name == name)
      return state;
  return makeError(ErrorCode::NotFound, "Unknown variable " + name + " (see `env list`)");
}

Result<std::vector<PlannedWrite>> EnvManager::planSet(const std::string& name, const std::string& value) const {
  const VariableInfo* info = findVariable(name);
  if (info == nullptr)
    return makeError(ErrorCode::NotFound, "Unknown variable " + name + " (see `env list`)");
  if (auto valid = validateValue(*info, value); !valid)
    return valid.error();
  return backend_.plan(name, value);
}

Result<std::vector<PlannedWrite>> EnvManager::planUnset(const std::string& name) const {
  if (findVariable(name) == nullptr)
    return makeError(ErrorCode::NotFound, "Unknown variable " + name + " (see `env list`)");
  return backend_.plan(name, std::nullopt);
}

Status EnvManager::change(const std::string& name, const std::optional<std::string>& value) {
  auto persisted = backend_.readPersisted();
  if (!persisted)
    return persisted.error();
  std::optional<std::string> previous;
  if (auto it = persisted->find(name); it != persisted->end())
    previous = it->second;
  if (previous == value)
    return {};
  auto recorded = history_.record(name, previous, value, backend_.managedFiles());
  if (!recorded)
    return recorded.error();
  return backend_.apply(name, value);
}

Status EnvManager::set(const std::string& name, const std::string& value) {
  if (auto planned = planSet(name, value); !planned)
    return planned.error();
  return change(name, value);
}

Status EnvManager::unset(const std::string& name) {
  if (findVariable(name) == nullptr)
    return makeError(ErrorCode::NotFound, "Unknown variable " + name + " (see `env list`)");
  return change(name, std::nullopt);
}

VarStatus variableStatus(const VariableState& state, bool appOverrides) {
  const bool ollama = state.info != nullptr && state.info->readByOllama;
  if (ollama && appOverrides)
    return VarStatus::AppOverrides;
  if (ollama && state.service && state.service != state.persisted)
    return VarStatus::ServiceOverrides;
  if (state.persisted)
    return !state.differs() ? VarStatus::InEffect : ollama ? VarStatus::SavedRestartOllama : VarStatus::SavedNextLogin;
  return state.process ? VarStatus::SessionOnly : VarStatus::Default;
}

const char* varStatusName(VarStatus status) {
  switch (status) {
  case VarStatus::Default: return "default";
  case VarStatus::InEffect: return "in_effect";
  case VarStatus::SavedNextLogin: return "saved_next_login";
  case VarStatus::SavedRestartOllama: return "saved_restart_ollama";
  case VarStatus::SessionOnly: return "session_only";
  case VarStatus::ServiceOverrides: return "service_overrides";
  case VarStatus::AppOverrides: return "app_overrides";
  }
  return "default";
}

// Applies the previous value the way any value is applied: only ModelDesk's
// own part of each file changes, so what other programs wrote since stays.
// A file this change created is removed only when it is left empty.
Result<AppliedChange> EnvManager::undo(std::optional<std::uint64_t> id) {
  auto entry = history_.undoable(id);
  if (!entry)
    return entry.error();
  auto app = planAppSettingRestore(*entry, false, appOptions_);
  if (!app)
    return app.error();
  if (auto applied = backend_.apply(entry->variable, entry->previous); !applied)
    return applied.error();
  for (const auto& file : entry->files) {
    if (file.existed)
      continue;
    auto text = io::readSmallFile(file.path);
    if (text && *text && (*text)->find_first_not_of(" \t\r\n") == std::string::npos) {
      std::error_code ec;
      fs::remove(file.path, ec);
    }
  }
  if (auto marked = history_.markUndone(entry->id, true); !marked)
    return marked.error();
  if (*app)
    finishAppSettingRestore(**app, appOptions_);
  return AppliedChange{std::move(*entry), std::move(*app)};
}

Result<AppliedChange> EnvManager::redo(std::optional<std::uint64_t> id) {
  auto entry = history_.redoable(id);
  if (!entry)
    return entry.error();
  if (entry->value) {
    if (const VariableInfo* info = findVariable(entry->variable))
      if (auto valid = validateValue(*info, *entry->value); !valid)
        return valid.error();
  }
  auto app = planAppSettingRestore(*entry, true, appOptions_);
  if (!app)
    return app.error();
  if (auto applied = backend_.apply(entry->variable, entry->value); !applied)
    return applied.error();
  if (auto marked = history_.markUndone(entry->id, false); !marked)
    return marked.error();
  if (*app)
    finishAppSettingRestore(**app, appOptions_);
  return AppliedChange{std::move(*entry), std::move(*app)};
}

std::vector<std::string> EnvManager::knownSecrets() const {
  std::vector<std::string> secrets;
  auto persisted = backend_.readPersisted();
  for (const auto& info : catalog()) {
    if (info.kind != VarKind::Secret)
      continue;
    if (auto value = process_(info.name))
      secrets.push_back(*value);
    if (persisted)
      if (auto it = persisted->find(info.name); it != persisted->end())
        secrets.push_back(it->second);
  }
  return secrets;
}

PlatformEnv makePlatformEnv(const DefaultContext& context) {
  PlatformEnv platform;
#if defined(_WIN32)
  const char* local = std::getenv("LOCALAPPDATA");
  platform.historyFolder =
      (local != nullptr ? pathFromUtf8(local) : context.home / "AppData" / "Local") / "ModelDesk" / "env-history";
  auto registry = std::shared_ptr<UserEnvironmentRegistry>(makeWindowsUserRegistry());
  platform.backend = std::make_unique<WindowsEnvBackend>(*registry);
  platform.helper = registry;
#elif defined(__APPLE__)
  platform.historyFolder = context.home / "Library" / "Application Support" / "ModelDesk" / "env-history";
  auto runner = std::shared_ptr<CommandRunner>(makeProcessRunner());
  platform.backend = std::make_unique<MacEnvBackend>(MacEnvPaths::forHome(context.home), *runner);
  platform.helper = runner;
#else
  const char* state = std::getenv("XDG_STATE_HOME");
  const char* config = std::getenv("XDG_CONFIG_HOME");
  platform.historyFolder =
      (state != nullptr && *state != '\0' ? pathFromUtf8(state) : context.home / ".local" / "state") / "modeldesk" /
      "env-history";
  auto paths = LinuxEnvPaths::forHome(context.home, config != nullptr ? pathFromUtf8(config) : fs::path());
  // For distributions that keep the unit elsewhere, and for tests.
  const char* serviceOverride = std::getenv("MODELDESK_OLLAMA_SERVICE_OVERRIDE");
  if (serviceOverride != nullptr && *serviceOverride != '\0')
    paths.serviceOverride = pathFromUtf8(serviceOverride);
  platform.backend = std::make_unique<LinuxEnvBackend>(std::move(paths));
#endif
  return platform;
}

} // namespace md::env
