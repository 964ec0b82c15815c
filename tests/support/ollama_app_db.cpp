#include "tests/support/ollama_app_db.h"

#include <sqlite3.h>

#include "core/util/paths.h"

namespace md::testing {

namespace {

// Ollama's app/store/schema.sql, the settings table and its default row.
const char* const kSchema = R"(CREATE TABLE IF NOT EXISTS settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    device_id TEXT NOT NULL DEFAULT '',
    has_completed_first_run BOOLEAN NOT NULL DEFAULT 0,
    expose BOOLEAN NOT NULL DEFAULT 0,
    survey BOOLEAN NOT NULL DEFAULT TRUE,
    browser BOOLEAN NOT NULL DEFAULT 0,
    models TEXT NOT NULL DEFAULT '',
    remote TEXT NOT NULL DEFAULT '',
    agent BOOLEAN NOT NULL DEFAULT 0,
    tools BOOLEAN NOT NULL DEFAULT 0,
    working_dir TEXT NOT NULL DEFAULT '',
    context_length INTEGER NOT NULL DEFAULT 4096,
    window_width INTEGER NOT NULL DEFAULT 0,
    window_height INTEGER NOT NULL DEFAULT 0,
    config_migrated BOOLEAN NOT NULL DEFAULT 0,
    schema_version INTEGER NOT NULL DEFAULT 2);
INSERT OR IGNORE INTO settings (id) VALUES (1);)";

} // namespace

OllamaAppDatabase::OllamaAppDatabase(const std::filesystem::path& path) {
  std::filesystem::create_directories(path.parent_path());
  sqlite3_open(pathToUtf8(path).c_str(), &db_);
  exec(kSchema);
}

OllamaAppDatabase::~OllamaAppDatabase() {
  sqlite3_close(db_);
}

std::string OllamaAppDatabase::exec(const std::string& sql) {
  char* error = nullptr;
  const int code = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error);
  std::string text = code == SQLITE_OK ? "" : (error ? error : sqlite3_errstr(code));
  sqlite3_free(error);
  return text;
}

std::string OllamaAppDatabase::setModels(const std::string& models) {
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db_, "UPDATE settings SET models = ?1 WHERE id = 1", -1, &statement, nullptr) != SQLITE_OK)
    return sqlite3_errmsg(db_);
  sqlite3_bind_text(statement, 1, models.c_str(), -1, SQLITE_TRANSIENT);
  const int code = sqlite3_step(statement);
  sqlite3_finalize(statement);
  return code == SQLITE_DONE ? "" : sqlite3_errmsg(db_);
}

} // namespace md::testing
