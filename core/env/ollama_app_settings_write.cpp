// setOllamaAppModels through the SQLite library (see
// ollama_app_settings_update.h): the app must not be running, the database is
// copied with the backup API inside the write transaction (after the check of
// the expected value, when one is given), and the new value is read back
// before COMMIT and again after it. Built where CMake found
// SQLite3 (MODELDESK_HAVE_SQLITE); checkOllamaAppModels only reads.
#include <chrono>
#include <cstdio>
#include <system_error>

#include "core/env/ollama_app_settings_update.h"
#include "core/util/paths.h"

#ifdef MODELDESK_HAVE_SQLITE
#include <sqlite3.h>
#endif

namespace md::env {
namespace fs = std::filesystem;

Result<AppModelsCheck> checkOllamaAppModels(const fs::path& database, const fs::path& target) {
  auto settings = readOllamaAppSettings(database);
  if (!settings)
    return settings.error();
  AppModelsCheck check;
  if (!settings->has_value())
    return check;
  check.current = (*settings)->models;
  if (check.current.empty())
    check.need = AppModelsNeed::NotSet;
  else if (pathFromUtf8(check.current).lexically_normal() == target.lexically_normal())
    check.need = AppModelsNeed::AlreadyThere;
  else
    check.need = AppModelsNeed::Change;
  return check;
}

namespace {

Error notWritten(const fs::path& database, const std::string& why) {
  return makeError(ErrorCode::Io, Message(MessageId::OllamaAppSettingsNotWritten, {pathToUtf8(database), why}),
                   atPath(database));
}

} // namespace

#ifdef MODELDESK_HAVE_SQLITE

namespace {

// db.sqlite.modeldesk-backup-20260102-030405 (UTC), numbered when taken.
fs::path backupName(const fs::path& database) {
  using namespace std::chrono;
  const auto now = floor<seconds>(system_clock::now());
  const auto today = floor<days>(now);
  const year_month_day date(today);
  const hh_mm_ss time(now - today);
  char stamp[32];
  std::snprintf(stamp, sizeof stamp, "%04d%02u%02u-%02d%02d%02d", int(date.year()), unsigned(date.month()),
                unsigned(date.day()), int(time.hours().count()), int(time.minutes().count()),
                int(time.seconds().count()));
  const std::string base = pathToUtf8(database.filename()) + ".modeldesk-backup-" + stamp;
  fs::path backup = database.parent_path() / pathFromUtf8(base);
  std::error_code ec;
  for (int n = 2; fs::exists(backup, ec); ++n)
    backup = database.parent_path() / pathFromUtf8(base + "-" + std::to_string(n));
  return backup;
}

class Connection {
public:
  Connection() = default;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection() { sqlite3_close(db_); }

  bool open(const fs::path& file, int flags) {
    return sqlite3_open_v2(pathToUtf8(file).c_str(), &db_, flags, nullptr) == SQLITE_OK;
  }
  sqlite3* get() const { return db_; }
  std::string error() const { return db_ != nullptr ? sqlite3_errmsg(db_) : "out of memory"; }
  bool exec(const char* sql) { return sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

  // `models` of row 1; nullopt (and `why`) when it cannot be read.
  std::optional<std::string> models(std::string& why) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db_, "SELECT models FROM settings WHERE id = 1", -1, &statement, nullptr) != SQLITE_OK) {
      why = error();
      return std::nullopt;
    }
    std::optional<std::string> value;
    const int step = sqlite3_step(statement);
    if (step == SQLITE_ROW) {
      const auto* text = sqlite3_column_text(statement, 0);
      value = text != nullptr ? reinterpret_cast<const char*>(text) : "";
    } else {
      why = step == SQLITE_DONE ? "the settings table has no row with id = 1" : error();
    }
    sqlite3_finalize(statement);
    return value;
  }

  // UPDATE … SET models = folder: "" when exactly the one row changed.
  std::string setModels(const std::string& folder) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db_, "UPDATE settings SET models = ?1 WHERE id = 1", -1, &statement, nullptr) != SQLITE_OK)
      return error();
    sqlite3_bind_text(statement, 1, folder.c_str(), int(folder.size()), SQLITE_TRANSIENT);
    const int step = sqlite3_step(statement);
    std::string why = step == SQLITE_DONE ? "" : error();
    sqlite3_finalize(statement);
    if (why.empty() && sqlite3_changes(db_) != 1)
      why = "the settings table has no row with id = 1";
    return why;
  }

private:
  sqlite3* db_ = nullptr;
};

// A consistent copy of the whole database (write-ahead log included),
// through a read-only connection of its own: the caller's connection holds
// the write lock (BEGIN IMMEDIATE), so nobody writes in between, and a
// connection inside a write transaction cannot be a backup's source.
std::string backUp(const fs::path& database, const fs::path& backup) {
  Connection source;
  if (!source.open(database, SQLITE_OPEN_READONLY))
    return "cannot read it for the backup: " + source.error();
  Connection copy;
  if (!copy.open(backup, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
    return "cannot create the backup " + pathToUtf8(backup) + ": " + copy.error();
  sqlite3_backup* run = sqlite3_backup_init(copy.get(), "main", source.get(), "main");
  if (run == nullptr)
    return "cannot back up to " + pathToUtf8(backup) + ": " + copy.error();
  const int step = sqlite3_backup_step(run, -1);
  sqlite3_backup_finish(run);
  return step == SQLITE_DONE ? "" : "cannot back up to " + pathToUtf8(backup) + ": " + sqlite3_errstr(step);
}

// Inside BEGIN IMMEDIATE: the previous value, the backup, the UPDATE and its
// read-back. "" when all went well, else why (the caller rolls back).
std::string changeInTransaction(Connection& db, const fs::path& database, const std::string& folder,
                                const fs::path& backup, AppModelsUpdate& update) {
  std::string why;
  const auto previous = db.models(why);
  if (!previous)
    return why;
  update.previous = *previous;
  if (why = backUp(database, backup); !why.empty())
    return why;
  update.backup = backup;
  if (why = db.setModels(folder); !why.empty())
    return why;
  const auto now = db.models(why);
  if (!now)
    return why;
  if (*now != folder)
    return "the setting reads \"" + *now + "\" after the change, not \"" + folder + "\"";
  return {};
}

// Inside BEGIN IMMEDIATE: the setting is no longer the `expected` value (a
// change made since, e.g. in the app itself). Unreadable is left to the
// change, which fails on the same read.
std::optional<Error> changedSince(Connection& db, const fs::path& database,
                                  const std::optional<std::string>& expected) {
  std::string why;
  const auto now = expected ? db.models(why) : std::nullopt;
  if (!now || *now == *expected)
    return std::nullopt;
  return makeError(ErrorCode::AlreadyExists,
                   Message(MessageId::OllamaAppSettingChangedSince, {pathToUtf8(database), *now, *expected}),
                   atPath(database));
}

} // namespace

Result<AppModelsUpdate> setOllamaAppModels(const fs::path& database, const std::string& folder,
                                           const AppSettingsWriteOptions& options) {
  std::error_code ec;
  if (!fs::exists(database, ec))
    return makeError(ErrorCode::NotFound, Message(MessageId::NoSuchFileOrFolder, {pathToUtf8(database)}),
                     atPath(database));
  if (const auto running = options.findRunningApp ? options.findRunningApp() : std::nullopt)
    return makeError(ErrorCode::Io, Message(MessageId::OllamaAppRunning, {*running, pathToUtf8(database), folder}),
                     atPath(database));
  Connection db;
  if (!db.open(database, SQLITE_OPEN_READWRITE))
    return notWritten(database, db.error());
  sqlite3_busy_timeout(db.get(), options.busyTimeoutMs);
  if (!db.exec("BEGIN IMMEDIATE"))
    return notWritten(database, db.error());
  if (auto changed = changedSince(db, database, options.expected)) {
    db.exec("ROLLBACK");
    return *changed;
  }
  AppModelsUpdate update;
  const fs::path backup = backupName(database);
  std::string why = changeInTransaction(db, database, folder, backup, update);
  if (why.empty() && !db.exec("COMMIT"))
    why = db.error();
  if (!why.empty()) {
    db.exec("ROLLBACK");
    fs::remove(backup, ec); // nothing changed: the copy is not needed
    return notWritten(database, why);
  }
  auto reread = readOllamaAppSettings(database); // a fresh, read-only connection
  if (!reread)
    return reread.error();
  if (!reread->has_value() || (*reread)->models != folder)
    return notWritten(database, "after COMMIT the setting does not read back as \"" + folder + "\"; the backup is " +
                                    pathToUtf8(backup));
  return update;
}

#else

Result<AppModelsUpdate> setOllamaAppModels(const fs::path& database, const std::string&,
                                           const AppSettingsWriteOptions&) {
  return makeError(ErrorCode::Unsupported, notWritten(database, "built without SQLite").text);
}

#endif

} // namespace md::env
