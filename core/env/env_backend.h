#pragma once
// Where user environment variables persist, behind one interface: Linux
// (environment.d + ~/.profile), macOS (launchctl + LaunchAgent + ~/.zprofile)
// and Windows (HKCU\Environment). Every file a backend may change is listed
// by managedFiles(), so EnvManager can back it up byte for byte first. A
// backend changes only ModelDesk's own part of a shared file (the marked
// block in ~/.profile or ~/.zprofile), so undo, which applies the previous
// value the same way, keeps whatever else was written there since.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/util/result.h"

namespace md::env {

using VariableMap = std::map<std::string, std::string>;

// One thing a change would do, for `env set --dry-run` and the UI preview.
struct PlannedWrite {
  std::string action;       // "write file", "set registry value", "run"
  std::string target;       // a path, a registry location or a program
  std::string content;      // the complete new file, the value, or the command line
  bool privateFile = false; // written readable by the owner only (it holds an API key)
};

class EnvBackend {
public:
  virtual ~EnvBackend() = default;

  virtual std::string name() const = 0;
  // The values this backend has persisted for the user.
  virtual Result<VariableMap> readPersisted() const = 0;
  // What apply() would do; nothing is changed.
  virtual Result<std::vector<PlannedWrite>> plan(const std::string& variable,
                                                 const std::optional<std::string>& value) const = 0;
  // Sets (value) or removes (nullopt) the variable.
  virtual Status apply(const std::string& variable, const std::optional<std::string>& value) = 0;
  // Files apply() may write; backed up byte for byte before each change.
  virtual std::vector<std::filesystem::path> managedFiles() const = 0;
  // How to make running programs (Ollama) see a change on this OS.
  virtual std::string restartAdvice() const = 0;
  // What the Ollama service sees when it does not share the user's
  // environment (Linux: its systemd override); nullopt when it does.
  virtual std::optional<Result<VariableMap>> serviceEnvironment() const { return std::nullopt; }
};

} // namespace md::env
