// readOllamaAppSettings through the SQLite library: the database is opened
// read-only (SQLITE_OPEN_READONLY), row id = 1 of `settings` is read with a
// prepared statement. Built where CMake found SQLite3 (MODELDESK_HAVE_SQLITE).
#include "core/env/ollama_app_settings.h"

#include <system_error>

#include "core/util/paths.h"

#ifdef MODELDESK_HAVE_SQLITE
#include <sqlite3.h>
#endif

namespace md::env {
namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kSchemaDefaultContextLength = 4096; // app/store/schema.sql

Error unreadable(const fs::path& database, const std::string& why) {
  return makeError(ErrorCode::Io, Message(MessageId::OllamaAppSettingsUnreadable, {pathToUtf8(database), why}),
                   atPath(database));
}

} // namespace

#ifdef MODELDESK_HAVE_SQLITE

Result<std::optional<OllamaAppSettings>> readOllamaAppSettings(const fs::path& database) {
  std::error_code ec;
  if (!fs::exists(database, ec))
    return std::optional<OllamaAppSettings>();
  sqlite3* db = nullptr;
  const std::string uri = pathToUtf8(database);
  if (sqlite3_open_v2(uri.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    const std::string why = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return unreadable(database, why);
  }
  sqlite3_busy_timeout(db, 2000); // the app may be writing this very moment
  sqlite3_stmt* statement = nullptr;
  const char* query = "SELECT models, expose, browser, context_length FROM settings WHERE id = 1";
  if (sqlite3_prepare_v2(db, query, -1, &statement, nullptr) != SQLITE_OK) {
    const std::string why = sqlite3_errmsg(db);
    sqlite3_close(db);
    return unreadable(database, why);
  }
  std::optional<OllamaAppSettings> settings;
  const int step = sqlite3_step(statement);
  if (step == SQLITE_ROW) {
    settings.emplace();
    const auto* models = sqlite3_column_text(statement, 0);
    settings->models = models ? reinterpret_cast<const char*>(models) : "";
    settings->expose = sqlite3_column_int64(statement, 1) != 0;
    settings->browser = sqlite3_column_int64(statement, 2) != 0;
    settings->contextLength = sqlite3_column_int64(statement, 3);
  }
  const std::string why = step == SQLITE_ROW || step == SQLITE_DONE ? "" : sqlite3_errmsg(db);
  sqlite3_finalize(statement);
  sqlite3_close(db);
  if (!why.empty())
    return unreadable(database, why);
  if (!settings) { // no row yet: the app inserts schema.sql's defaults when it starts
    settings.emplace();
    settings->contextLength = kSchemaDefaultContextLength;
  }
  return settings;
}

#else

Result<std::optional<OllamaAppSettings>> readOllamaAppSettings(const fs::path& database) {
  return makeError(ErrorCode::Unsupported, unreadable(database, "built without SQLite").text);
}

#endif

} // namespace md::env
