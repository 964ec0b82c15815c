#pragma once
// Change history for persisted variables. Before every write the files the
// backend may touch are copied byte for byte into the history folder and an
// entry records the variable, its previous and new values and the time.
// The backups are kept for the user's safety; undo (EnvManager) applies the
// previous value again instead of restoring them, so later edits by other
// programs survive. An undone entry stays, marked, so it can be redone.
// Any entry can be undone unless a later entry in effect changed the same
// variable; per variable, undo and redo go in order (a stack each). The folder is private (0700):
// previous values may be secrets. Secrets never leave it in clear:
// describe() masks them. The entry of a store move also records what the
// move did to the Ollama desktop app's `models` setting (AppSettingRecord),
// so undo and redo can put that back too (app_setting_history.h); entries
// written before that have none and undo as they always did.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/util/result.h"

namespace md::env {

struct FileBackup {
  std::filesystem::path path;
  bool existed = false;
  std::string backupName; // inside the history folder; empty when !existed
};

// What a store move did to the Ollama desktop app's `models` setting.
struct AppSettingRecord {
  std::filesystem::path database; // the app's db.sqlite
  std::string previous;           // the setting before the move
  std::string value;              // the folder the move set it to
  bool changed = false;           // false: the move tried and could not (the app was running, SQLite refused)
};

struct HistoryEntry {
  std::uint64_t id = 0;
  std::string time; // UTC, ISO 8601
  std::string variable;
  std::optional<std::string> previous;
  std::optional<std::string> value;
  std::vector<FileBackup> files;
  bool undone = false;
  std::uint64_t undoOrder = 0;                // when undone: larger is more recent (redo takes the largest)
  std::optional<AppSettingRecord> appSetting; // a store move's change of the Ollama app's setting

  // "2026-01-02T03:04:05Z set OLLAMA_MODELS: /a -> /b", secrets masked.
  std::string describe() const;
};

class ChangeHistory {
public:
  explicit ChangeHistory(std::filesystem::path folder) : folder_(std::move(folder)) {}

  const std::filesystem::path& folder() const { return folder_; }
  Result<std::vector<HistoryEntry>> entries() const;
  // Copies `files` and appends an entry; call right before writing.
  Result<HistoryEntry> record(const std::string& variable, const std::optional<std::string>& previous,
                              const std::optional<std::string>& value, const std::vector<std::filesystem::path>& files);
  // The newest entry (NotFound when there is none).
  Result<HistoryEntry> latest() const;
  // The entry undo(id) would undo (the newest in effect when id is empty),
  // or why not: no such entry, already undone, a later change in effect.
  Result<HistoryEntry> undoable(std::optional<std::uint64_t> id) const;
  // The entry redo(id) would apply again (the most recently undone when id
  // is empty), or why not.
  Result<HistoryEntry> redoable(std::optional<std::uint64_t> id) const;
  // Records `app` in the newest entry in effect that set `variable` to
  // `value` (a store move's switch); an entry whose record says the setting
  // was changed keeps it. Nothing to record in: nothing is written.
  Status recordAppSetting(const std::string& variable, const std::string& value, const AppSettingRecord& app);
  // Marks an entry undone (or in effect again, for redo).
  Status markUndone(std::uint64_t id, bool undone);
  // Drops the newest entry and its backups, once it has been undone.
  Status dropLatest();

private:
  Status save(const std::vector<HistoryEntry>& entries) const;
  std::filesystem::path folder_;
};

} // namespace md::env
