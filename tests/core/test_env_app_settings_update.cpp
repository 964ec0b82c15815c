// Changing the Ollama desktop app's `models` setting on real SQLite files made
// with the columns of Ollama's app/store/schema.sql: the value and a backup,
// refusal while the app runs (process detection injected, and on Linux read
// from a folder of fake /proc entries), a locked database, and rollbacks when
// the UPDATE fails or does not read back. Also built into the Windows tests
// under Wine (tests/windows), with SQLite compiled from its amalgamation.
#include <gtest/gtest.h>

#include <cstdlib>

#include "core/env/ollama_app_settings_update.h"
#include "core/util/paths.h"
#include "tests/support/model_store_fixture.h"
#include "tests/support/ollama_app_db.h"
#include "tests/support/temp_folder.h"

namespace md::env {
namespace {
namespace fs = std::filesystem;

using Database = testing::OllamaAppDatabase;

AppSettingsWriteOptions appNotRunning() {
  AppSettingsWriteOptions options;
  options.findRunningApp = [] { return std::optional<std::string>(); };
  return options;
}

// The files next to the database whose names say they are ModelDesk's backups.
std::vector<fs::path> backupsNextTo(const fs::path& database) {
  std::vector<fs::path> found;
  for (const auto& entry : fs::directory_iterator(database.parent_path()))
    if (pathToUtf8(entry.path().filename()).find(".modeldesk-backup-") != std::string::npos)
      found.push_back(entry.path());
  return found;
}

std::string modelsIn(const fs::path& database) {
  auto settings = readOllamaAppSettings(database);
  EXPECT_TRUE(settings.ok()) << settings.error().describe();
  return settings && settings->has_value() ? (*settings)->models : "<none>";
}

struct AppSettingsFixture : ::testing::Test {
  testing::TempFolder temp{"app-settings-write"};
  fs::path database = temp.home() / "AppData" / "Local" / "Ollama" / "db.sqlite";
  std::string oldStore = pathToUtf8(temp.home() / "旧 模型");
  std::string newStore = pathToUtf8(temp.home() / "张三" / "模型 文件");
};

TEST_F(AppSettingsFixture, TheSettingChangesAfterABackupAndTheOtherColumnsStay) {
  {
    Database app(database);
    EXPECT_EQ(app.setModels(oldStore), "");
    EXPECT_EQ(app.exec("UPDATE settings SET expose = 1, context_length = 8192 WHERE id = 1"), "");
  }
  auto update = setOllamaAppModels(database, newStore, appNotRunning());
  ASSERT_TRUE(update.ok()) << update.error().describe();
  EXPECT_EQ(update->previous, oldStore);
  EXPECT_EQ(modelsIn(database), newStore);
  auto after = readOllamaAppSettings(database);
  EXPECT_TRUE((*after)->expose);
  EXPECT_EQ((*after)->contextLength, 8192);

  ASSERT_EQ(backupsNextTo(database), std::vector<fs::path>{update->backup});
  EXPECT_EQ(modelsIn(update->backup), oldStore) << "the backup is the database before the change";
  EXPECT_TRUE((*readOllamaAppSettings(update->backup))->expose);

  auto again = setOllamaAppModels(database, oldStore, appNotRunning());
  ASSERT_TRUE(again.ok()) << again.error().describe();
  EXPECT_NE(again->backup, update->backup) << "a second backup never replaces the first";
  EXPECT_EQ(modelsIn(update->backup), oldStore);
  EXPECT_EQ(modelsIn(again->backup), newStore);
}

TEST_F(AppSettingsFixture, TheBackupHoldsWhatIsStillInTheWriteAheadLog) {
  Database app(database); // stays open: the app's WAL is not checkpointed
  EXPECT_EQ(app.exec("PRAGMA journal_mode = WAL"), "");
  EXPECT_EQ(app.setModels(oldStore), "");
  ASSERT_TRUE(fs::exists(database.parent_path() / "db.sqlite-wal"));
  auto update = setOllamaAppModels(database, newStore, appNotRunning());
  ASSERT_TRUE(update.ok()) << update.error().describe();
  EXPECT_EQ(modelsIn(update->backup), oldStore);
  EXPECT_EQ(modelsIn(database), newStore);
}

TEST_F(AppSettingsFixture, WhileTheAppRunsNothingIsChangedAndTheMessageSaysWhatToDo) {
  {
    Database app(database);
    EXPECT_EQ(app.setModels(oldStore), "");
  }
  AppSettingsWriteOptions running;
  running.findRunningApp = [] { return std::optional<std::string>("ollama app.exe"); };
  auto refused = setOllamaAppModels(database, newStore, running);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().text.id, MessageId::OllamaAppRunning);
  EXPECT_NE(refused.error().message.find("ollama app.exe"), std::string::npos) << refused.error().message;
  EXPECT_NE(refused.error().message.find("\"Model location\" to " + newStore), std::string::npos)
      << refused.error().message;
  EXPECT_EQ(modelsIn(database), oldStore);
  EXPECT_TRUE(backupsNextTo(database).empty());
}

TEST_F(AppSettingsFixture, ALockedDatabaseIsLeftAsItWas) {
  Database app(database);
  EXPECT_EQ(app.setModels(oldStore), "");
  EXPECT_EQ(app.exec("BEGIN IMMEDIATE; UPDATE settings SET expose = 1 WHERE id = 1;"), "");
  AppSettingsWriteOptions options = appNotRunning();
  options.busyTimeoutMs = 50;
  auto locked = setOllamaAppModels(database, newStore, options);
  ASSERT_FALSE(locked.ok());
  EXPECT_EQ(locked.error().text.id, MessageId::OllamaAppSettingsNotWritten);
  EXPECT_NE(locked.error().message.find("locked"), std::string::npos) << locked.error().message;
  EXPECT_TRUE(backupsNextTo(database).empty());
  EXPECT_EQ(app.exec("COMMIT"), "") << "the other writer's transaction goes through";
  EXPECT_EQ(modelsIn(database), oldStore);
  EXPECT_TRUE((*readOllamaAppSettings(database))->expose);
}

// A trigger of the test's makes SQLite's part fail: nothing changes, no
// backup stays, and the error says what SQLite said.
void expectNothingChangesWith(const fs::path& database, const std::string& oldStore, const std::string& newStore,
                              const std::string& trigger, const std::string& said) {
  {
    Database app(database);
    EXPECT_EQ(app.setModels(oldStore), "");
    EXPECT_EQ(app.exec(trigger), "");
  }
  auto update = setOllamaAppModels(database, newStore, appNotRunning());
  ASSERT_FALSE(update.ok());
  EXPECT_EQ(update.error().text.id, MessageId::OllamaAppSettingsNotWritten);
  EXPECT_NE(update.error().message.find(said), std::string::npos) << update.error().message;
  EXPECT_EQ(modelsIn(database), oldStore);
  EXPECT_FALSE((*readOllamaAppSettings(database))->expose);
  EXPECT_TRUE(backupsNextTo(database).empty());
}

// The trigger rewrites the value inside the transaction: the read-back before
// COMMIT sees it, and the whole transaction (the UPDATE and the trigger's
// change of `expose`) is rolled back.
TEST_F(AppSettingsFixture, AValueThatDoesNotReadBackIsRolledBack) {
  expectNothingChangesWith(database, oldStore, newStore,
                           "CREATE TRIGGER rewrite AFTER UPDATE OF models ON settings BEGIN "
                           "UPDATE settings SET models = 'elsewhere', expose = 1 WHERE id = 1; END;",
                           "reads \"elsewhere\" after the change");
}

TEST_F(AppSettingsFixture, AnUpdateSQLiteRefusesChangesNothing) {
  expectNothingChangesWith(database, oldStore, newStore,
                           "CREATE TRIGGER refuse BEFORE UPDATE OF models ON settings BEGIN "
                           "SELECT RAISE(ABORT, 'models is read-only here'); END;",
                           "models is read-only here");
}

TEST_F(AppSettingsFixture, NoDatabaseIsNotFoundAndCreatesNothing) {
  auto update = setOllamaAppModels(database, newStore, appNotRunning());
  ASSERT_FALSE(update.ok());
  EXPECT_EQ(update.error().code, ErrorCode::NotFound);
  EXPECT_FALSE(fs::exists(database.parent_path()));
}

TEST_F(AppSettingsFixture, TheCheckSaysWhenTheSettingNeedsChanging) {
  auto none = checkOllamaAppModels(database, pathFromUtf8(newStore));
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->need, AppModelsNeed::NoDatabase);
  Database app(database);
  EXPECT_EQ(checkOllamaAppModels(database, pathFromUtf8(newStore))->need, AppModelsNeed::NotSet);
  EXPECT_EQ(app.setModels(oldStore), "");
  auto change = checkOllamaAppModels(database, pathFromUtf8(newStore));
  EXPECT_EQ(change->need, AppModelsNeed::Change);
  EXPECT_EQ(change->current, oldStore);
  EXPECT_EQ(app.setModels(newStore), "");
  EXPECT_EQ(checkOllamaAppModels(database, pathFromUtf8(newStore))->need, AppModelsNeed::AlreadyThere);
}

TEST(OllamaAppProcess, TheAppIsKnownByItsExecutableNotByTheServers) {
  EXPECT_TRUE(isOllamaAppProcess(Os::Windows, "ollama app.exe"));
  EXPECT_TRUE(isOllamaAppProcess(Os::Windows, "Ollama App.EXE"));
  EXPECT_TRUE(isOllamaAppProcess(Os::Windows, "Ollama.exe"));
  EXPECT_FALSE(isOllamaAppProcess(Os::Windows, "ollama.exe")) << "the server, not the app";
  EXPECT_TRUE(isOllamaAppProcess(Os::MacOs, "/Applications/Ollama.app/Contents/MacOS/Ollama"));
  EXPECT_FALSE(isOllamaAppProcess(Os::MacOs, "/Applications/Ollama.app/Contents/Resources/ollama"));
  EXPECT_TRUE(isOllamaAppProcess(Os::Linux, "ollama app"));
  EXPECT_FALSE(isOllamaAppProcess(Os::Linux, "ollama"));
}

#ifndef _WIN32
TEST(OllamaAppProcess, OnLinuxTheProcessListIsRead) {
  testing::TempFolder temp("app-process");
  const fs::path proc = temp.path() / "proc";
  testing::writeText(proc / "1" / "comm", "systemd\n");
  testing::writeText(proc / "812" / "comm", "ollama\n");
  testing::writeText(proc / "self" / "comm", "ollama app\n"); // not a pid: skipped
  ::setenv("MODELDESK_PROC_DIR", pathToUtf8(proc).c_str(), 1);
  EXPECT_EQ(findRunningOllamaApp(), std::nullopt);
  testing::writeText(proc / "4242" / "comm", "ollama app\n");
  EXPECT_EQ(findRunningOllamaApp(), std::optional<std::string>("ollama app"));
  ::unsetenv("MODELDESK_PROC_DIR");
}
#else
TEST(OllamaAppProcess, UnderWineNoAppRuns) {
  EXPECT_EQ(findRunningOllamaApp(), std::nullopt); // the Tool Help snapshot lists Wine's processes: none is the app
}
#endif

} // namespace
} // namespace md::env
