#pragma once
// Shared by cmd_env.cpp, cmd_env_move.cpp and cmd_env_key.cpp: the platform's env backend,
// history and manager for this user, and output that never shows a secret.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "app/cli/command.h"
#include "core/env/env_manager.h"

namespace md::cli {

struct EnvSession {
  EnvSession();
  env::DefaultContext context;
  env::PlatformEnv platform;
  env::EnvManager manager;

  // The value as printed: masked when the variable is a secret.
  std::string shown(const std::string& name, const std::string& value) const;
};

// Prints the error (JSON with --json) with every secret masked.
int envFail(CommandContext& context, const Error& error, const std::vector<std::string>& secrets);

// The JSON "app_setting" of env move-models, undo and redo: what became of
// the Ollama app's `models` setting. {updated, backup, reason, previous,
// database, error}.
nlohmann::json appSettingJson(const std::string& reason, const std::string& previous,
                              const std::filesystem::path& database, const std::optional<std::string>& backup,
                              const std::optional<Error>& error);

int moveModelsCommand(CommandContext& context);
int checkKeyCommand(CommandContext& context);

} // namespace md::cli
