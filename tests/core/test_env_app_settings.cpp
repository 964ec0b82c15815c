// The Ollama desktop app's settings on real SQLite files made with the
// columns of Ollama's app/store/schema.sql: the row is read read-only (a
// writer holding the database is neither blocked nor disturbed), the
// overrides follow the app's rules, and `env list --json` reports them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/env/catalog.h"
#include "core/env/ollama_app_settings.h"
#include "core/util/paths.h"
#ifndef _WIN32
#include "tests/support/child_process.h"
#endif
#include "tests/support/model_store_fixture.h"
#include "tests/support/ollama_app_db.h"
#include "tests/support/temp_folder.h"

namespace md::env {
namespace {
namespace fs = std::filesystem;

using Database = testing::OllamaAppDatabase;

TEST(OllamaAppSettings, TheDatabaseIsWhereTheAppKeepsItOnEachOs) {
  const fs::path home = pathFromUtf8("/home/张三");
  EXPECT_EQ(ollamaAppDatabasePath(Os::Linux, home), home / ".ollama" / "db.sqlite");
  EXPECT_EQ(ollamaAppDatabasePath(Os::MacOs, home), home / "Library" / "Application Support" / "Ollama" / "db.sqlite");
  const fs::path local = pathFromUtf8("C:\\Users\\张三\\AppData\\Local");
  EXPECT_EQ(ollamaAppDatabasePath(Os::Windows, home, pathToUtf8(local)), local / "Ollama" / "db.sqlite");
  EXPECT_EQ(ollamaAppDatabasePath(Os::Windows, home), home / "AppData" / "Local" / "Ollama" / "db.sqlite");
}

TEST(OllamaAppSettings, EverySettingTheAppPassesBecomesAnOverride) {
  testing::TempFolder temp("app-settings");
  const fs::path models = temp.home() / "模型 文件";
  fs::create_directories(models);
  const fs::path file = temp.home() / ".ollama" / "db.sqlite";
  {
    Database db(file);
    EXPECT_EQ(db.setModels(pathToUtf8(models)), "");
    EXPECT_EQ(db.exec("UPDATE settings SET expose = 1, browser = 1, context_length = 8192 WHERE id = 1"), "");
  }
  auto settings = readOllamaAppSettings(file);
  ASSERT_TRUE(settings.ok()) << settings.error().describe();
  ASSERT_TRUE(settings->has_value());
  const auto overrides = appServerOverrides(**settings);
  ASSERT_EQ(overrides.size(), 4u);
  EXPECT_EQ(overrides[0].variable, "OLLAMA_MODELS");
  EXPECT_EQ(overrides[0].value, pathToUtf8(models));
  EXPECT_EQ(overrides[0].setting, "models");
  EXPECT_EQ(overrides[1].variable, "OLLAMA_HOST");
  EXPECT_EQ(overrides[1].value, "0.0.0.0");
  EXPECT_EQ(overrides[2].variable, "OLLAMA_ORIGINS");
  EXPECT_EQ(overrides[2].value, "*");
  EXPECT_EQ(overrides[3].variable, "OLLAMA_CONTEXT_LENGTH");
  EXPECT_EQ(overrides[3].value, "8192");
}

TEST(OllamaAppSettings, DefaultsAndAMissingFolderOverrideOnlyTheContextLength) {
  testing::TempFolder temp("app-settings-defaults");
  const fs::path file = temp.home() / ".ollama" / "db.sqlite";
  {
    Database db(file);
    EXPECT_EQ(db.setModels(pathToUtf8(temp.home() / "gone")), "");
  }
  auto settings = readOllamaAppSettings(file);
  ASSERT_TRUE(settings.ok()) << settings.error().describe();
  const auto overrides = appServerOverrides(**settings);
  ASSERT_EQ(overrides.size(), 1u) << "models names no folder; expose and browser are off";
  EXPECT_EQ(overrides[0].variable, "OLLAMA_CONTEXT_LENGTH");
  EXPECT_EQ(overrides[0].value, "4096");
  {
    Database db(file);
    EXPECT_EQ(db.exec("UPDATE settings SET context_length = 0 WHERE id = 1"), "");
  }
  EXPECT_TRUE(appServerOverrides(**readOllamaAppSettings(file)).empty());
}

TEST(OllamaAppSettings, NoDatabaseIsNoSettingsAndABadOneIsAnError) {
  testing::TempFolder temp("app-settings-none");
  auto none = readOllamaAppSettings(temp.home() / ".ollama" / "db.sqlite");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
  EXPECT_FALSE(fs::exists(temp.home() / ".ollama" / "db.sqlite")) << "reading creates nothing";
  testing::writeText(temp.home() / "db.sqlite", "not a database, just text that is long enough to be read");
  auto bad = readOllamaAppSettings(temp.home() / "db.sqlite");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().text.id, MessageId::OllamaAppSettingsUnreadable);
  EXPECT_NE(bad.error().message.find("Cannot read the Ollama app's settings in"), std::string::npos);
}

TEST(OllamaAppSettings, ReadingNeitherBlocksNorSeesAWriteInProgress) {
  testing::TempFolder temp("app-settings-busy");
  const fs::path file = temp.home() / ".ollama" / "db.sqlite";
  Database app(file);
  EXPECT_EQ(app.exec("UPDATE settings SET expose = 1 WHERE id = 1"), "");
  EXPECT_EQ(app.exec("BEGIN IMMEDIATE; UPDATE settings SET expose = 0, browser = 1 WHERE id = 1;"), "");
  auto during = readOllamaAppSettings(file);
  ASSERT_TRUE(during.ok()) << during.error().describe();
  EXPECT_TRUE((*during)->expose) << "the committed row, not the app's open transaction";
  EXPECT_FALSE((*during)->browser);
  EXPECT_EQ(app.exec("COMMIT;"), ""); // the app's write goes through: the reader held nothing
  auto after = readOllamaAppSettings(file);
  EXPECT_FALSE((*after)->expose);
  EXPECT_TRUE((*after)->browser);
}

#ifndef _WIN32 // the CLI runs as a child process on Linux only
TEST(OllamaAppSettings, EnvListJsonReportsTheAppsOverrides) {
  testing::TempFolder temp("app-settings-cli");
  const fs::path home = temp.home();
  {
    Database db(home / ".ollama" / "db.sqlite");
    EXPECT_EQ(db.exec("UPDATE settings SET expose = 1, context_length = 32768 WHERE id = 1"), "");
  }
  std::map<std::string, std::string> env = {
      {"HOME", pathToUtf8(home)}, {"XDG_CONFIG_HOME", ""}, {"XDG_STATE_HOME", ""}, {"XDG_CACHE_HOME", ""}};
  for (const auto& variable : catalog())
    env[variable.name] = "";
  auto listed = testing::runCli({"env", "list", "--json"}, env);
  ASSERT_EQ(listed.exitCode, 0) << listed.err;
  const auto json = nlohmann::json::parse(listed.out);
  ASSERT_TRUE(json.contains("variables")) << "the existing keys stay";
  const auto& app = json.at("ollama_app");
  EXPECT_EQ(app.at("database"), pathToUtf8(home / ".ollama" / "db.sqlite"));
  EXPECT_TRUE(app.at("found").get<bool>());
  EXPECT_EQ(app.at("settings").at("context_length"), 32768);
  EXPECT_EQ(app.at("settings").at("expose"), true);
  ASSERT_EQ(app.at("overrides").size(), 2u);
  EXPECT_EQ(app.at("overrides")[0].at("variable"), "OLLAMA_HOST");
  EXPECT_EQ(app.at("overrides")[0].at("value"), "0.0.0.0");
  EXPECT_EQ(app.at("overrides")[0].at("setting"), "expose");
  EXPECT_EQ(app.at("overrides")[1].at("variable"), "OLLAMA_CONTEXT_LENGTH");

  fs::remove(home / ".ollama" / "db.sqlite");
  const auto without = nlohmann::json::parse(testing::runCli({"env", "list", "--json"}, env).out);
  EXPECT_FALSE(without.at("ollama_app").at("found").get<bool>());
  EXPECT_TRUE(without.at("ollama_app").at("overrides").empty());
}

// A home with a store of one model in ~/.ollama/models, the app's database
// naming it, and a folder of fake processes (MODELDESK_PROC_DIR), empty: the
// app is not running.
struct MoveWithApp {
  testing::TempFolder temp{"app-settings-move"};
  fs::path home = temp.home();
  fs::path old = home / ".ollama" / "models";
  fs::path database = home / ".ollama" / "db.sqlite";
  fs::path target = home / "新 模型";
  std::map<std::string, std::string> env;

  MoveWithApp() {
    const std::string blob = testing::writeStoreBlob(old, "weights");
    testing::writeStoreManifest(old, "qwen", "latest", {blob});
    Database db(database);
    EXPECT_EQ(db.setModels(pathToUtf8(old)), "");
    fs::create_directories(temp.path() / "proc");
    env = {{"HOME", pathToUtf8(home)},
           {"XDG_CONFIG_HOME", ""},
           {"XDG_STATE_HOME", ""},
           {"XDG_CACHE_HOME", ""},
           {"MODELDESK_PROC_DIR", pathToUtf8(temp.path() / "proc")}};
    for (const auto& variable : catalog())
      env[variable.name] = "";
  }
  testing::ProcessResult move() {
    return testing::runCli({"env", "move-models", pathToUtf8(target), "--from", pathToUtf8(old), "--json"}, env);
  }
};

TEST(OllamaAppSettings, AStoreMoveChangesTheAppsModelLocationAfterABackup) {
  MoveWithApp setup;
  auto moved = setup.move();
  ASSERT_EQ(moved.exitCode, 0) << moved.err;
  const auto json = nlohmann::json::parse(moved.out);
  const auto& app = json.at("app_setting");
  EXPECT_EQ(app.at("updated"), true);
  EXPECT_EQ(app.at("reason"), "updated");
  EXPECT_EQ(app.at("previous"), pathToUtf8(setup.old));
  EXPECT_EQ(app.at("database"), pathToUtf8(setup.database));
  EXPECT_TRUE(app.at("error").is_null());
  EXPECT_TRUE(json.at("ollama_app_models").is_null()) << "the app no longer names another folder";
  EXPECT_EQ((*readOllamaAppSettings(setup.database))->models, pathToUtf8(setup.target));
  const fs::path backup = pathFromUtf8(app.at("backup").get<std::string>());
  EXPECT_EQ(backup.parent_path(), setup.database.parent_path());
  EXPECT_EQ((*readOllamaAppSettings(backup))->models, pathToUtf8(setup.old));
  EXPECT_NE(moved.err.find("Backup of its settings: " + pathToUtf8(backup)), std::string::npos) << moved.err;
  EXPECT_EQ(moved.err.find("change the model location to"), std::string::npos) << moved.err;
}

// env undo and env redo of the move report the app's setting under
// "app_setting" (the shape move-models uses) and in one line of text; while
// the app runs the undo is refused and changes nothing.
TEST(OllamaAppSettings, UndoAndRedoOfAStoreMovePutTheAppsModelLocationBack) {
  MoveWithApp setup;
  ASSERT_EQ(setup.move().exitCode, 0);
  testing::writeText(setup.temp.path() / "proc" / "977" / "comm", "ollama app\n");
  auto refused = testing::runCli({"env", "undo", "--json"}, setup.env);
  EXPECT_EQ(refused.exitCode, 1);
  EXPECT_NE(refused.out.find("Quit the Ollama app, then try again"), std::string::npos) << refused.out;
  EXPECT_EQ((*readOllamaAppSettings(setup.database))->models, pathToUtf8(setup.target));
  fs::remove_all(setup.temp.path() / "proc" / "977");

  auto undone = testing::runCli({"env", "undo", "--json"}, setup.env);
  ASSERT_EQ(undone.exitCode, 0) << undone.err;
  const auto json = nlohmann::json::parse(undone.out);
  const auto& app = json.at("app_setting");
  EXPECT_EQ(app.at("updated"), true);
  EXPECT_EQ(app.at("reason"), "updated");
  EXPECT_EQ(app.at("previous"), pathToUtf8(setup.target));
  EXPECT_EQ(app.at("database"), pathToUtf8(setup.database));
  EXPECT_TRUE(app.at("error").is_null());
  EXPECT_EQ((*readOllamaAppSettings(setup.database))->models, pathToUtf8(setup.old));
  EXPECT_EQ((*readOllamaAppSettings(pathFromUtf8(app.at("backup").get<std::string>())))->models,
            pathToUtf8(setup.target));

  auto redone = testing::runCli({"env", "redo"}, setup.env);
  ASSERT_EQ(redone.exitCode, 0) << redone.err;
  EXPECT_NE(redone.out.find("The Ollama app's model location (setting \"models\" in " + pathToUtf8(setup.database) +
                            ") is " + pathToUtf8(setup.target) + " again (it was " + pathToUtf8(setup.old) + ")"),
            std::string::npos)
      << redone.out;
  EXPECT_EQ((*readOllamaAppSettings(setup.database))->models, pathToUtf8(setup.target));
  auto other = testing::runCli({"env", "set", "HF_HOME", "/data/hf"}, setup.env);
  ASSERT_EQ(other.exitCode, 0);
  EXPECT_TRUE(
      nlohmann::json::parse(testing::runCli({"env", "undo", "--json"}, setup.env).out).at("app_setting").is_null());
}

TEST(OllamaAppSettings, WhileTheAppRunsTheMoveLeavesItsSettingAndSaysWhatToChange) {
  MoveWithApp setup;
  testing::writeText(setup.temp.path() / "proc" / "977" / "comm", "ollama app\n");
  auto moved = setup.move();
  ASSERT_EQ(moved.exitCode, 0) << "the models moved and OLLAMA_MODELS switched: " << moved.err;
  const auto json = nlohmann::json::parse(moved.out);
  const auto& app = json.at("app_setting");
  EXPECT_EQ(app.at("updated"), false);
  EXPECT_EQ(app.at("reason"), "app_running");
  EXPECT_TRUE(app.at("backup").is_null());
  EXPECT_NE(app.at("error").get<std::string>().find("The Ollama app is running (ollama app)"), std::string::npos);
  EXPECT_EQ((*readOllamaAppSettings(setup.database))->models, pathToUtf8(setup.old));
  EXPECT_NE(moved.err.find("\"Model location\" to " + pathToUtf8(setup.target)), std::string::npos) << moved.err;
}

TEST(OllamaAppSettings, AStoreMoveSaysWhichAppSettingStillNamesTheOldFolder) {
  testing::TempFolder temp("app-settings-move");
  const fs::path home = temp.home();
  const fs::path old = home / ".ollama" / "models";
  const std::string blob = testing::writeStoreBlob(old, "weights");
  testing::writeStoreManifest(old, "qwen", "latest", {blob});
  {
    Database db(home / ".ollama" / "db.sqlite");
    EXPECT_EQ(db.setModels(pathToUtf8(old)), "");
  }
  std::map<std::string, std::string> env = {
      {"HOME", pathToUtf8(home)}, {"XDG_CONFIG_HOME", ""}, {"XDG_STATE_HOME", ""}, {"XDG_CACHE_HOME", ""}};
  for (const auto& variable : catalog())
    env[variable.name] = "";
  const fs::path target = home / "新 模型";
  auto moved = testing::runCli(
      {"env", "move-models", pathToUtf8(target), "--from", pathToUtf8(old), "--no-app-setting", "--json"}, env);
  ASSERT_EQ(moved.exitCode, 0) << moved.err;
  const auto json = nlohmann::json::parse(moved.out);
  EXPECT_EQ(json.at("ollama_app_models"), pathToUtf8(old));
  EXPECT_EQ(json.at("app_setting").at("updated"), false);
  EXPECT_EQ(json.at("app_setting").at("reason"), "declined");
  EXPECT_EQ((*readOllamaAppSettings(home / ".ollama" / "db.sqlite"))->models, pathToUtf8(old));
  EXPECT_NE(moved.err.find("setting \"models\""), std::string::npos) << moved.err;
  EXPECT_NE(moved.err.find("change the model location to " + pathToUtf8(target)), std::string::npos) << moved.err;
}

#endif

} // namespace
} // namespace md::env
