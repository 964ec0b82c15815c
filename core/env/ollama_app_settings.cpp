// Where the Ollama app's database is and what its settings make the server
// see (see ollama_app_settings.h); the SQLite reading is in
// ollama_app_settings_sqlite.cpp.
#include "core/env/ollama_app_settings.h"

#include <cstdlib>
#include <system_error>

#include "core/util/paths.h"

namespace md::env {
namespace fs = std::filesystem;

fs::path ollamaAppDatabasePath(Os os, const fs::path& home, const std::string& localAppData) {
  switch (os) {
  case Os::Windows: {
    const fs::path local = localAppData.empty() ? home / "AppData" / "Local" : pathFromUtf8(localAppData);
    return (local / "Ollama" / "db.sqlite").make_preferred();
  }
  case Os::MacOs: return home / "Library" / "Application Support" / "Ollama" / "db.sqlite";
  case Os::Linux: break;
  }
  return home / ".ollama" / "db.sqlite";
}

fs::path ollamaAppDatabasePath(const DefaultContext& context) {
  std::string localAppData;
#ifdef _WIN32
  if (const wchar_t* value = ::_wgetenv(L"LOCALAPPDATA"); value != nullptr)
    localAppData = pathToUtf8(fs::path(value));
#endif
  return ollamaAppDatabasePath(context.os, context.home, localAppData);
}

std::vector<AppOverride> appServerOverrides(const OllamaAppSettings& settings) {
  std::vector<AppOverride> overrides;
  std::error_code ec;
  // The app passes `models` only while it names something that exists (and
  // clears it otherwise); the server needs a folder.
  if (!settings.models.empty() && fs::is_directory(pathFromUtf8(settings.models), ec))
    overrides.push_back({"OLLAMA_MODELS", settings.models, "models"});
  if (settings.expose)
    overrides.push_back({"OLLAMA_HOST", "0.0.0.0", "expose"});
  if (settings.browser)
    overrides.push_back({"OLLAMA_ORIGINS", "*", "browser"});
  if (settings.contextLength > 0)
    overrides.push_back({"OLLAMA_CONTEXT_LENGTH", std::to_string(settings.contextLength), "context_length"});
  return overrides;
}

} // namespace md::env
