// The Ollama desktop app's settings on real SQLite files made with the
// columns of Ollama's app/store/schema.sql: the row is read read-only (a
// writer holding the database is neither blocked nor disturbed), the
// overrides follow the app's rules, and `env list --json` reports them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/env/catalog.h"
#include "core/env/ollama_app_settings.h"
#include "core/util/paths.h"
#include "tests/support/child_process.h"
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
  auto moved = testing::runCli({"env", "move-models", pathToUtf8(target), "--from", pathToUtf8(old), "--json"}, env);
  ASSERT_EQ(moved.exitCode, 0) << moved.err;
  EXPECT_EQ(nlohmann::json::parse(moved.out).at("ollama_app_models"), pathToUtf8(old));
  EXPECT_NE(moved.err.find("setting \"models\""), std::string::npos) << moved.err;
  EXPECT_NE(moved.err.find("change the model location to " + pathToUtf8(target)), std::string::npos) << moved.err;
}

} // namespace
} // namespace md::env
