#include "core/env/windows_backend.h"

namespace md::env {

namespace {
constexpr const char* kLocation = "HKCU\\Environment";
}

Result<VariableMap> WindowsEnvBackend::readPersisted() const {
  auto values = registry_.readAll();
  if (!values)
    return values.error();
  VariableMap variables;
  for (const auto& [name, value] : *values)
    variables[name] = value.value;
  return variables;
}

Result<std::vector<PlannedWrite>> WindowsEnvBackend::plan(const std::string& variable,
                                                          const std::optional<std::string>& value) const {
  std::vector<PlannedWrite> writes;
  if (value) {
    const bool expandable = value->find('%') != std::string::npos;
    writes.push_back({expandable ? "set registry value (REG_EXPAND_SZ)" : "set registry value (REG_SZ)",
                      std::string(kLocation) + "\\" + variable, *value});
  } else {
    writes.push_back({"delete registry value", std::string(kLocation) + "\\" + variable, ""});
  }
  writes.push_back({"broadcast", "WM_SETTINGCHANGE", "Environment"});
  return writes;
}

Status WindowsEnvBackend::apply(const std::string& variable, const std::optional<std::string>& value) {
  Status status =
      value ? registry_.write(variable, {*value, value->find('%') != std::string::npos}) : registry_.remove(variable);
  if (!status)
    return status;
  return registry_.broadcastEnvironmentChange();
}

std::string WindowsEnvBackend::restartAdvice() const {
  return "The Ollama app reads the new value only when it starts: quit Ollama from its tray icon and start it "
         "again; restart terminals and editors so they see the change.";
}

} // namespace md::env
