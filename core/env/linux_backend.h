#pragma once
// Linux: the desktop session reads ~/.config/environment.d/60-modeldesk.conf
// (KEY=VALUE); login shells read ModelDesk's block in ~/.profile. The Ollama
// system service sees neither: it needs a systemd override.conf, written as
// root (pkexec) only when the user agrees. This code builds that file and the
// command but never runs it.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/env/env_backend.h"

namespace md::env {

struct LinuxEnvPaths {
  std::filesystem::path environmentConf; // ~/.config/environment.d/60-modeldesk.conf
  std::filesystem::path profile;         // ~/.profile
  std::filesystem::path serviceOverride; // /etc/systemd/system/ollama.service.d/override.conf

  static LinuxEnvPaths forHome(const std::filesystem::path& home, const std::filesystem::path& xdgConfigHome = {});
};

class LinuxEnvBackend : public EnvBackend {
public:
  explicit LinuxEnvBackend(LinuxEnvPaths paths) : paths_(std::move(paths)) {}

  std::string name() const override { return "linux"; }
  Result<VariableMap> readPersisted() const override;
  Result<std::vector<PlannedWrite>> plan(const std::string& variable,
                                         const std::optional<std::string>& value) const override;
  Status apply(const std::string& variable, const std::optional<std::string>& value) override;
  std::vector<std::filesystem::path> managedFiles() const override;
  std::string restartAdvice() const override;
  std::optional<Result<VariableMap>> serviceEnvironment() const override { return readServiceEnvironment(); }

  const LinuxEnvPaths& paths() const { return paths_; }
  // What the ollama service sees, from its override.conf.
  Result<VariableMap> readServiceEnvironment() const;
  // The service override with `variable` set or removed, and the root
  // command that would install it from `stagedFile` and restart Ollama.
  Result<PlannedWrite> planServiceOverride(const std::string& variable, const std::optional<std::string>& value) const;
  std::vector<std::string> serviceInstallCommand(const std::filesystem::path& stagedFile) const;

private:
  LinuxEnvPaths paths_;
};

// True on Linux when the `ollama` system user exists: Ollama was installed
// as a systemd service, which sees none of the user's files.
bool ollamaServiceUserExists();

// environment.d lines: "KEY=VALUE", with \ and $ escaped by a backslash.
std::string renderEnvironmentConf(const VariableMap& variables);
// `existing` with `variable`'s line set or removed; every other line is kept.
// Empty when nothing but ModelDesk's own header would be left.
std::string updateEnvironmentConf(std::string_view existing, const std::string& variable,
                                  const std::optional<std::string>& value);
VariableMap parseEnvironmentConf(std::string_view text);

// `existing` with Environment="KEY=VALUE" for `variable` set or removed
// under [Service]; other lines are kept.
std::string updateSystemdOverride(std::string_view existing, const std::string& variable,
                                  const std::optional<std::string>& value);
VariableMap parseSystemdOverride(std::string_view text);

} // namespace md::env
