// Undo and redo of a store move also put the Ollama desktop app's `models`
// setting back, on real SQLite files made with the columns of Ollama's
// app/store/schema.sql: after a backup and only while the app is not running
// (else the undo is refused and nothing changes), never over a value changed
// since, and an entry of an older history (no record) undoes as before. The
// variable is kept by the Windows backend in a registry in memory, so these
// run here and under Wine (tests/windows) alike.
#include <gtest/gtest.h>

#include "core/env/app_setting_history.h"
#include "core/env/env_manager.h"
#include "core/env/windows_backend.h"
#include "core/util/paths.h"
#include "tests/support/fake_registry.h"
#include "tests/support/ollama_app_db.h"
#include "tests/support/temp_folder.h"

namespace md::env {
namespace {
namespace fs = std::filesystem;

struct MovedStore : ::testing::Test {
  testing::TempFolder temp{"app-setting-undo"};
  fs::path database = temp.home() / "AppData" / "Local" / "Ollama" / "db.sqlite";
  std::string oldStore = pathToUtf8(temp.home() / "旧 模型");
  std::string newStore = pathToUtf8(temp.home() / "新 盘" / "models");
  testing::FakeRegistry registry;
  WindowsEnvBackend backend{registry};
  EnvManager manager{backend, temp.path() / "history", DefaultContext{temp.home(), "", Os::Windows},
                     [](const std::string&) { return std::nullopt; }};
  std::optional<std::string> runningApp; // what the fake process list finds

  AppSettingsWriteOptions options() {
    AppSettingsWriteOptions options;
    options.findRunningApp = [this] { return runningApp; };
    return options;
  }
  void SetUp() override {
    testing::OllamaAppDatabase app(database);
    EXPECT_EQ(app.setModels(oldStore), "");
    manager.setAppSettingsOptions(options());
  }
  // The move's switch of OLLAMA_MODELS and its change of the app's setting.
  void move() {
    ASSERT_TRUE(manager.set("OLLAMA_MODELS", newStore).ok());
    auto update = moveOllamaAppModels(manager.history(), database, newStore, options());
    ASSERT_EQ(update.ok(), !runningApp) << (update ? "" : update.error().describe());
  }
  std::string appModels() {
    auto settings = readOllamaAppSettings(database);
    EXPECT_TRUE(settings.ok() && settings->has_value());
    return settings && settings->has_value() ? (*settings)->models : "<none>";
  }
  std::optional<std::string> variable() {
    auto it = registry.values.find("OLLAMA_MODELS");
    return it == registry.values.end() ? std::nullopt : std::optional(it->second.value);
  }
  std::size_t backups() {
    std::size_t count = 0;
    for (const auto& entry : fs::directory_iterator(database.parent_path()))
      count += pathToUtf8(entry.path().filename()).find(".modeldesk-backup-") != std::string::npos;
    return count;
  }
};

TEST_F(MovedStore, UndoPutsTheAppSettingBackAfterABackupAndRedoSetsItAgain) {
  move();
  ASSERT_EQ(appModels(), newStore);
  auto recorded = ChangeHistory(temp.path() / "history").latest(); // as another process reads it
  ASSERT_TRUE(recorded.ok() && recorded->appSetting);
  EXPECT_EQ(recorded->appSetting->database, database);
  EXPECT_EQ(recorded->appSetting->previous, oldStore);
  EXPECT_EQ(recorded->appSetting->value, newStore);
  EXPECT_TRUE(recorded->appSetting->changed);

  auto undone = manager.undo();
  ASSERT_TRUE(undone.ok()) << undone.error().describe();
  EXPECT_EQ(variable(), std::nullopt);
  EXPECT_EQ(appModels(), oldStore);
  ASSERT_TRUE(undone->appSetting);
  EXPECT_EQ(undone->appSetting->outcome, AppSettingRestoreOutcome::Updated);
  EXPECT_EQ(undone->appSetting->previous, newStore);
  EXPECT_EQ(backups(), 2u) << "the move's backup and the undo's";
  EXPECT_EQ((*readOllamaAppSettings(undone->appSetting->backup))->models, newStore);
  EXPECT_NE(undone->appSetting->describe().find("is " + oldStore + " again (it was " + newStore + ")"),
            std::string::npos)
      << undone->appSetting->describe();

  auto redone = manager.redo();
  ASSERT_TRUE(redone.ok()) << redone.error().describe();
  EXPECT_EQ(variable(), newStore);
  EXPECT_EQ(appModels(), newStore);
  EXPECT_EQ(redone->appSetting->outcome, AppSettingRestoreOutcome::Updated);
  EXPECT_EQ(backups(), 3u);
}

TEST_F(MovedStore, WhileTheAppRunsTheUndoIsRefusedAndNothingChanges) {
  move();
  runningApp = "ollama app.exe";
  auto refused = manager.undo();
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().text.id, MessageId::EnvAppSettingAppRunning);
  EXPECT_NE(refused.error().message.find("the app is running (ollama app.exe)"), std::string::npos)
      << refused.error().message;
  EXPECT_NE(refused.error().message.find("Quit the Ollama app, then try again"), std::string::npos);
  EXPECT_EQ(variable(), newStore);
  EXPECT_EQ(appModels(), newStore);
  EXPECT_FALSE(manager.history().latest()->undone);
  EXPECT_EQ(backups(), 1u);

  runningApp.reset(); // the user quit the app
  auto undone = manager.undo();
  ASSERT_TRUE(undone.ok()) << undone.error().describe();
  EXPECT_EQ(variable(), std::nullopt);
  EXPECT_EQ(appModels(), oldStore);
}

TEST_F(MovedStore, AValueChangedInTheAppSinceTheMoveIsKept) {
  move();
  const std::string chosen = pathToUtf8(temp.home() / "elsewhere");
  {
    testing::OllamaAppDatabase app(database);
    EXPECT_EQ(app.setModels(chosen), "");
  }
  runningApp = "ollama app.exe"; // nothing would be written: no refusal either
  auto undone = manager.undo();
  ASSERT_TRUE(undone.ok()) << undone.error().describe();
  EXPECT_EQ(variable(), std::nullopt);
  EXPECT_EQ(appModels(), chosen);
  EXPECT_EQ(undone->appSetting->outcome, AppSettingRestoreOutcome::ChangedSince);
  EXPECT_EQ(undone->appSetting->previous, chosen);
  EXPECT_EQ(backups(), 1u);
  EXPECT_NE(undone->appSetting->describe().find("was left at " + chosen +
                                                ": it was changed since ModelDesk set "
                                                "it to " +
                                                newStore),
            std::string::npos)
      << undone->appSetting->describe();
}

// The check of the value inside the write transaction: a change made between
// undo's read and its write is not overwritten either.
TEST_F(MovedStore, TheWriteChecksTheExpectedValueInsideItsTransaction) {
  AppSettingsWriteOptions onlyIfNew = options();
  onlyIfNew.expected = newStore;
  auto refused = setOllamaAppModels(database, pathToUtf8(temp.home() / "x"), onlyIfNew);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().text.id, MessageId::OllamaAppSettingChangedSince);
  EXPECT_EQ(appModels(), oldStore);
  EXPECT_EQ(backups(), 0u);
}

TEST_F(MovedStore, ASettingTheMoveCouldNotChangeIsLeftAndDoesNotStopTheUndo) {
  runningApp = "ollama app.exe";
  move(); // the app ran: OLLAMA_MODELS switched, the setting stayed
  ASSERT_TRUE(manager.history().latest()->appSetting);
  EXPECT_FALSE(manager.history().latest()->appSetting->changed);
  auto undone = manager.undo();
  ASSERT_TRUE(undone.ok()) << undone.error().describe();
  EXPECT_EQ(variable(), std::nullopt);
  EXPECT_EQ(undone->appSetting->outcome, AppSettingRestoreOutcome::NotChanged);
  EXPECT_EQ(appModels(), oldStore);
}

TEST_F(MovedStore, AnEntryOfAnOlderHistoryWithoutTheRecordUndoesAsBefore) {
  ASSERT_TRUE(manager.set("OLLAMA_MODELS", newStore).ok());
  {
    testing::OllamaAppDatabase app(database);
    EXPECT_EQ(app.setModels(newStore), ""); // changed by hand, as before this record existed
  }
  const std::string index = testing::readText(temp.path() / "history" / "history.json");
  ASSERT_EQ(index.find("app_setting"), std::string::npos) << index;
  auto undone = manager.undo();
  ASSERT_TRUE(undone.ok()) << undone.error().describe();
  EXPECT_FALSE(undone->appSetting);
  EXPECT_EQ(variable(), std::nullopt);
  EXPECT_EQ(appModels(), newStore);
  ASSERT_TRUE(manager.redo().ok());
  EXPECT_EQ(variable(), newStore);
}

} // namespace
} // namespace md::env
