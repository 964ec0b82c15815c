#include "core/env/macos_backend.h"

#include <system_error>

#include "core/env/profile_block.h"
#include "core/io/atomic_write.h"
#include "core/util/paths.h"

namespace md::env {
namespace fs = std::filesystem;

namespace {

std::string xmlEscape(std::string_view text) {
  std::string escaped;
  for (char c : text) {
    switch (c) {
    case '&': escaped += "&amp;"; break;
    case '<': escaped += "&lt;"; break;
    case '>': escaped += "&gt;"; break;
    case '"': escaped += "&quot;"; break;
    default: escaped.push_back(c);
    }
  }
  return escaped;
}

std::string joinCommand(const std::vector<std::string>& argv) {
  std::string line;
  for (const auto& arg : argv)
    line += (line.empty() ? "" : " ") + shellQuote(arg);
  return line;
}

} // namespace

MacEnvPaths MacEnvPaths::forHome(const fs::path& home) {
  return {home / "Library" / "LaunchAgents" / (std::string(kLaunchAgentLabel) + ".plist"), home / ".zprofile"};
}

std::string renderLaunchAgent(const VariableMap& variables) {
  std::string script;
  for (const auto& [name, value] : variables)
    script += (script.empty() ? "" : "; ") + std::string("/bin/launchctl setenv ") + name + " " + shellQuote(value);
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
         "<plist version=\"1.0\">\n<dict>\n"
         "  <key>Label</key>\n  <string>" +
         std::string(kLaunchAgentLabel) +
         "</string>\n"
         "  <key>ProgramArguments</key>\n  <array>\n    <string>/bin/sh</string>\n    <string>-c</string>\n"
         "    <string>" +
         xmlEscape(script) +
         "</string>\n  </array>\n"
         "  <key>RunAtLoad</key>\n  <true/>\n</dict>\n</plist>\n";
}

Result<VariableMap> MacEnvBackend::readPersisted() const {
  auto profile = io::readSmallFile(paths_.zprofile);
  if (!profile)
    return profile.error();
  return profile->has_value() ? readExportBlock(**profile) : VariableMap{};
}

std::vector<std::string> MacEnvBackend::launchctlCommand(const std::string& variable,
                                                         const std::optional<std::string>& value) const {
  if (value)
    return {"/bin/launchctl", "setenv", variable, *value};
  return {"/bin/launchctl", "unsetenv", variable};
}

Result<std::vector<PlannedWrite>> MacEnvBackend::plan(const std::string& variable,
                                                      const std::optional<std::string>& value) const {
  auto variables = readPersisted();
  if (!variables)
    return variables.error();
  if (value)
    (*variables)[variable] = *value;
  else
    variables->erase(variable);
  auto profile = io::readSmallFile(paths_.zprofile);
  if (!profile)
    return profile.error();
  std::vector<PlannedWrite> writes;
  writes.push_back({"run", "launchctl", joinCommand(launchctlCommand(variable, value))});
  if (variables->empty())
    writes.push_back({"delete file", pathToUtf8(paths_.launchAgent), ""});
  else
    writes.push_back({"write file", pathToUtf8(paths_.launchAgent), renderLaunchAgent(*variables)});
  writes.push_back(
      {"write file", pathToUtf8(paths_.zprofile), replaceMarkedBlock(profile->value_or(""), exportLines(*variables))});
  return writes;
}

Status MacEnvBackend::apply(const std::string& variable, const std::optional<std::string>& value) {
  auto writes = plan(variable, value);
  if (!writes)
    return writes.error();
  for (const auto& write : *writes) {
    if (write.action == "run") {
      if (auto status = setLaunchctl(variable, value); !status)
        return status;
    } else if (write.action == "delete file") {
      std::error_code ec;
      fs::remove(pathFromUtf8(write.target), ec);
    } else if (auto status = io::writeFileAtomically(pathFromUtf8(write.target), write.content); !status) {
      return status;
    }
  }
  return {};
}

Status MacEnvBackend::setLaunchctl(const std::string& variable, const std::optional<std::string>& value) {
  auto result = runner_.run(launchctlCommand(variable, value));
  if (!result)
    return result.error();
  if (result->exitCode != 0)
    return makeError(ErrorCode::Io,
                     "launchctl failed for " + variable + " (exit " + std::to_string(result->exitCode) + ")");
  return {};
}

std::string MacEnvBackend::restartAdvice() const {
  return "Quit Ollama from the menu bar and open it again; restart terminals so they read ~/.zprofile.";
}

} // namespace md::env

#ifdef __APPLE__
#include <spawn.h>
#include <sys/wait.h>

extern char** environ;

namespace md::env {
namespace {
class ProcessRunner : public CommandRunner {
public:
  Result<CommandOutput> run(const std::vector<std::string>& argv) override {
    std::vector<char*> args;
    for (const auto& arg : argv)
      args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawn(&pid, args[0], nullptr, nullptr, args.data(), environ) != 0)
      return makeError(ErrorCode::Io, "Cannot run " + argv.front());
    int status = 0;
    waitpid(pid, &status, 0);
    return CommandOutput{WIFEXITED(status) ? WEXITSTATUS(status) : -1, {}};
  }
};
} // namespace

std::unique_ptr<CommandRunner> makeProcessRunner() {
  return std::make_unique<ProcessRunner>();
}
} // namespace md::env
#endif
