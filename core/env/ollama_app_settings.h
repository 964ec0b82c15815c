#pragma once
// The Ollama desktop app's own settings (Windows and macOS; Linux has the
// file only where the app was run): a SQLite database whose table `settings`
// has one row, id = 1. When the app starts the server it overrides the
// user's variables with some of them (ollama/ollama app/server/server.go,
// Server.cmd): a non-empty `models` naming an existing folder becomes
// OLLAMA_MODELS, expose = 1 sets OLLAMA_HOST=0.0.0.0, browser = 1 sets
// OLLAMA_ORIGINS=*, context_length > 0 sets OLLAMA_CONTEXT_LENGTH. The columns
// are those of app/store/schema.sql (schema version 2). The database is only
// ever opened read-only, so a running app is not disturbed.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/env/catalog.h"
#include "core/util/result.h"

namespace md::env {

struct OllamaAppSettings {
  std::string models; // "" when not set
  bool expose = false;
  bool browser = false;
  std::int64_t contextLength = 0;
};

// One variable the app sets when it starts the server, and from which setting.
struct AppOverride {
  std::string variable; // "OLLAMA_MODELS"
  std::string value;    // "D:\\models"
  std::string setting;  // the settings column: "models", "expose", "browser", "context_length"
};

// Where the app keeps the database: Windows %LOCALAPPDATA%\Ollama\db.sqlite
// (localAppData empty: home\AppData\Local), macOS ~/Library/Application
// Support/Ollama/db.sqlite, Linux ~/.ollama/db.sqlite.
std::filesystem::path ollamaAppDatabasePath(Os os, const std::filesystem::path& home,
                                            const std::string& localAppData = {});
// The database for this process (LOCALAPPDATA read as UTF-8 on Windows).
std::filesystem::path ollamaAppDatabasePath(const DefaultContext& context);

// The settings row; nullopt when there is no database (the app was never run).
// Needs SQLite: where core was built without it, an Unsupported error.
Result<std::optional<OllamaAppSettings>> readOllamaAppSettings(const std::filesystem::path& database);

// What the app overrides when it starts the server, in catalog order.
std::vector<AppOverride> appServerOverrides(const OllamaAppSettings& settings);

} // namespace md::env
