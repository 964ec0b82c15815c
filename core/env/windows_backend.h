#pragma once
// Windows: user variables live in HKCU\Environment, as REG_EXPAND_SZ when the
// value contains '%', otherwise REG_SZ; running programs learn of a change
// from a WM_SETTINGCHANGE "Environment" broadcast (with a timeout). Never
// setx: it truncates at 1024 characters. The registry sits behind an
// interface; the real one compiles only on Windows, tests use a fake.

#include <memory>
#include <optional>
#include <string>

#include "core/env/env_backend.h"

namespace md::env {

struct RegistryValue {
  std::string value;       // UTF-8
  bool expandable = false; // REG_EXPAND_SZ
};

class UserEnvironmentRegistry {
public:
  virtual ~UserEnvironmentRegistry() = default;
  virtual Result<std::map<std::string, RegistryValue>> readAll() const = 0;
  virtual Status write(const std::string& name, const RegistryValue& value) = 0;
  virtual Status remove(const std::string& name) = 0;
  virtual Status broadcastEnvironmentChange() = 0;
};

#ifdef _WIN32
std::unique_ptr<UserEnvironmentRegistry> makeWindowsUserRegistry();
#endif

class WindowsEnvBackend : public EnvBackend {
public:
  explicit WindowsEnvBackend(UserEnvironmentRegistry& registry) : registry_(registry) {}

  std::string name() const override { return "windows"; }
  Result<VariableMap> readPersisted() const override;
  Result<std::vector<PlannedWrite>> plan(const std::string& variable,
                                         const std::optional<std::string>& value) const override;
  Status apply(const std::string& variable, const std::optional<std::string>& value) override;
  std::vector<std::filesystem::path> managedFiles() const override { return {}; }
  std::string restartAdvice() const override;

private:
  UserEnvironmentRegistry& registry_;
};

} // namespace md::env
