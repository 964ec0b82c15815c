#pragma once
// macOS: `launchctl setenv` applies now (GUI apps started afterwards, Ollama
// after a restart) but not after a reboot, so a LaunchAgent with RunAtLoad
// re-applies the values at login, and an export block in ~/.zprofile serves
// terminals. launchctl sits behind a CommandRunner so tests use a fake.

#include <memory>
#include <string>
#include <vector>

#include "core/env/env_backend.h"

namespace md::env {

struct CommandOutput {
  int exitCode = 0;
  std::string output;
};

class CommandRunner {
public:
  virtual ~CommandRunner() = default;
  virtual Result<CommandOutput> run(const std::vector<std::string>& argv) = 0;
};

#ifdef __APPLE__
std::unique_ptr<CommandRunner> makeProcessRunner();
#endif

struct MacEnvPaths {
  std::filesystem::path launchAgent; // ~/Library/LaunchAgents/io.modeldesk.environment.plist
  std::filesystem::path zprofile;    // ~/.zprofile
  static MacEnvPaths forHome(const std::filesystem::path& home);
};

inline constexpr const char* kLaunchAgentLabel = "io.modeldesk.environment";

class MacEnvBackend : public EnvBackend {
public:
  MacEnvBackend(MacEnvPaths paths, CommandRunner& runner) : paths_(std::move(paths)), runner_(runner) {}

  std::string name() const override { return "macos"; }
  Result<VariableMap> readPersisted() const override;
  Result<std::vector<PlannedWrite>> plan(const std::string& variable,
                                         const std::optional<std::string>& value) const override;
  Status apply(const std::string& variable, const std::optional<std::string>& value) override;
  std::vector<std::filesystem::path> managedFiles() const override { return {paths_.launchAgent, paths_.zprofile}; }
  std::string restartAdvice() const override;

private:
  // launchctl setenv/unsetenv: what the running session sees now.
  Status setLaunchctl(const std::string& variable, const std::optional<std::string>& value);
  std::vector<std::string> launchctlCommand(const std::string& variable, const std::optional<std::string>& value) const;
  MacEnvPaths paths_;
  CommandRunner& runner_;
};

// The LaunchAgent plist that runs `launchctl setenv` for every variable.
std::string renderLaunchAgent(const VariableMap& variables);

} // namespace md::env
