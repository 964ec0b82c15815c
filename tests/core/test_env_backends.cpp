#include <gtest/gtest.h>

#include "core/env/env_manager.h"
#include "core/env/history.h"
#include "core/env/linux_backend.h"
#include "core/env/macos_backend.h"
#include "core/env/profile_block.h"
#include "core/env/windows_backend.h"
#include "core/util/paths.h"
#include "tests/support/fake_registry.h"
#include "tests/support/temp_folder.h"

namespace md::env {
namespace {
namespace fs = std::filesystem;

const std::string kUserProfile = "# my profile\nexport PATH=\"$HOME/bin:$PATH\"\nalias ll='ls -l'"; // no final newline

TEST(ProfileBlock, KeepsUserContentAroundTheBlock) {
  const std::string before = "# top\r\nexport A=1\n";
  const std::string after = "# bottom, no newline";
  std::string text = replaceMarkedBlock(before, "export X='1'\n") + after;
  EXPECT_EQ(text.substr(0, before.size()), before);
  text = replaceMarkedBlock(text, exportLines({{"X", "it's 张三"}}));
  EXPECT_EQ(text.substr(0, before.size()), before);
  EXPECT_EQ(text.substr(text.size() - after.size()), after);
  EXPECT_EQ(readExportBlock(text).at("X"), "it's 张三");
  EXPECT_EQ(replaceMarkedBlock(text, ""), before + after);
}

TEST(LinuxBackend, WritesEnvironmentDAndProfileBlock) {
  testing::TempFolder temp("env-linux");
  const fs::path home = temp.home();
  testing::writeText(home / ".profile", kUserProfile);
  LinuxEnvBackend backend(LinuxEnvPaths::forHome(home));
  const std::string models = pathToUtf8(home / "my models $x");
  ASSERT_TRUE(backend.apply("OLLAMA_MODELS", models).ok());
  ASSERT_TRUE(backend.apply("HF_HOME", "/data/hf").ok());

  const std::string conf = testing::readText(home / ".config/environment.d/60-modeldesk.conf");
  EXPECT_NE(conf.find("HF_HOME=/data/hf\n"), std::string::npos);
  EXPECT_NE(conf.find("OLLAMA_MODELS=" + pathToUtf8(home) + "/my models \\$x\n"), std::string::npos);
  const std::string profile = testing::readText(home / ".profile");
  EXPECT_EQ(profile.substr(0, kUserProfile.size()), kUserProfile);
  EXPECT_NE(profile.find("export OLLAMA_MODELS='" + models + "'"), std::string::npos);

  auto persisted = backend.readPersisted();
  ASSERT_TRUE(persisted.ok());
  EXPECT_EQ(persisted->at("OLLAMA_MODELS"), models);

  ASSERT_TRUE(backend.apply("OLLAMA_MODELS", std::nullopt).ok());
  ASSERT_TRUE(backend.apply("HF_HOME", std::nullopt).ok());
  EXPECT_EQ(testing::readText(home / ".profile"), kUserProfile + "\n");
  EXPECT_TRUE(backend.readPersisted()->empty());
}

#ifndef _WIN32
TEST(EnvManager, FilesHoldingAKeyAreReadableByTheOwnerOnly) {
  testing::TempFolder temp("env-private");
  const fs::path home = temp.home();
  testing::writeText(home / ".profile", kUserProfile);
  fs::permissions(home / ".profile",
                  fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read);
  LinuxEnvBackend backend(LinuxEnvPaths::forHome(home));
  EnvManager manager(backend, temp.path() / "history", DefaultContext{home, "", Os::Linux},
                     [](const std::string&) { return std::nullopt; });
  const auto groupOrOthers = fs::perms::group_all | fs::perms::others_all;
  const auto exposed = [&](const fs::path& path) {
    return (fs::status(path).permissions() & groupOrOthers) != fs::perms::none;
  };
  ASSERT_TRUE(manager.set("OLLAMA_MODELS", pathToUtf8(home / "models")).ok());
  EXPECT_TRUE(exposed(home / ".profile")); // no key in it: the user's permissions stay
  ASSERT_TRUE(manager.set("DASHSCOPE_API_KEY", "sk-0123456789abcdef0123").ok());
  EXPECT_FALSE(exposed(home / ".profile"));
  EXPECT_FALSE(exposed(home / ".config/environment.d/60-modeldesk.conf"));
  for (const auto& entry : fs::directory_iterator(temp.path() / "history"))
    EXPECT_FALSE(exposed(entry.path())) << entry.path();
  EXPECT_FALSE(exposed(temp.path() / "history"));
}
#endif

TEST(LinuxBackend, ServiceOverrideIsBuiltNotRun) {
  testing::TempFolder temp("env-systemd");
  LinuxEnvPaths paths = LinuxEnvPaths::forHome(temp.home());
  paths.serviceOverride = temp.path() / "ollama.service.d" / "override.conf";
  testing::writeText(paths.serviceOverride, "[Service]\nEnvironment=\"OLLAMA_HOST=0.0.0.0\"\nLimitNOFILE=4096\n");
  LinuxEnvBackend backend(paths);
  auto seen = backend.readServiceEnvironment();
  ASSERT_TRUE(seen.ok());
  EXPECT_EQ(seen->at("OLLAMA_HOST"), "0.0.0.0");

  auto planned = backend.planServiceOverride("OLLAMA_MODELS", "/srv/模型 100%");
  ASSERT_TRUE(planned.ok());
  EXPECT_EQ(planned->content, "[Service]\nEnvironment=\"OLLAMA_HOST=0.0.0.0\"\nLimitNOFILE=4096\n"
                              "Environment=\"OLLAMA_MODELS=/srv/模型 100%%\"\n");
  EXPECT_EQ(parseSystemdOverride(planned->content).at("OLLAMA_MODELS"), "/srv/模型 100%");
  EXPECT_EQ(updateSystemdOverride(planned->content, "OLLAMA_MODELS", std::nullopt),
            "[Service]\nEnvironment=\"OLLAMA_HOST=0.0.0.0\"\nLimitNOFILE=4096\n");
  EXPECT_EQ(updateSystemdOverride("", "OLLAMA_MODELS", "/m"), "[Service]\nEnvironment=\"OLLAMA_MODELS=/m\"\n");
  const auto command = backend.serviceInstallCommand("/tmp/staged");
  ASSERT_EQ(command.front(), "pkexec");
  EXPECT_NE(command.back().find("systemctl daemon-reload && systemctl restart ollama"), std::string::npos);
}

using testing::FakeRegistry;

TEST(WindowsBackend, UsesExpandRuleAndBroadcasts) {
  FakeRegistry registry;
  WindowsEnvBackend backend(registry);
  ASSERT_TRUE(backend.apply("OLLAMA_MODELS", "D:\\模型 文件").ok());
  ASSERT_TRUE(backend.apply("HF_HOME", "%USERPROFILE%\\hf").ok());
  EXPECT_FALSE(registry.values.at("OLLAMA_MODELS").expandable);
  EXPECT_TRUE(registry.values.at("HF_HOME").expandable);
  EXPECT_EQ(registry.broadcasts, 2);
  auto planned = backend.plan("HF_HOME", std::nullopt);
  ASSERT_TRUE(planned.ok());
  EXPECT_EQ(planned->front().target, "HKCU\\Environment\\HF_HOME");
  ASSERT_TRUE(backend.apply("HF_HOME", std::nullopt).ok());
  EXPECT_EQ(registry.values.count("HF_HOME"), 0u);
}

class FakeRunner : public CommandRunner {
public:
  Result<CommandOutput> run(const std::vector<std::string>& argv) override {
    calls.push_back(argv);
    return CommandOutput{};
  }
  std::vector<std::vector<std::string>> calls;
};

TEST(MacBackend, RunsLaunchctlAndWritesAgentAndZprofile) {
  testing::TempFolder temp("env-mac");
  const fs::path home = temp.home();
  testing::writeText(home / ".zprofile", kUserProfile + "\n");
  FakeRunner runner;
  MacEnvBackend backend(MacEnvPaths::forHome(home), runner);
  ASSERT_TRUE(backend.apply("OLLAMA_MODELS", "/Volumes/外置 盘/models").ok());
  ASSERT_EQ(runner.calls.size(), 1u);
  EXPECT_EQ(runner.calls[0],
            (std::vector<std::string>{"/bin/launchctl", "setenv", "OLLAMA_MODELS", "/Volumes/外置 盘/models"}));
  const std::string plist = testing::readText(MacEnvPaths::forHome(home).launchAgent);
  EXPECT_NE(plist.find("<key>RunAtLoad</key>"), std::string::npos);
  EXPECT_NE(plist.find("/bin/launchctl setenv OLLAMA_MODELS '/Volumes/外置 盘/models'"), std::string::npos);
  EXPECT_EQ(backend.readPersisted()->at("OLLAMA_MODELS"), "/Volumes/外置 盘/models");
  ASSERT_TRUE(backend.apply("OLLAMA_MODELS", std::nullopt).ok());
  EXPECT_EQ(runner.calls.back(), (std::vector<std::string>{"/bin/launchctl", "unsetenv", "OLLAMA_MODELS"}));
  EXPECT_FALSE(fs::exists(MacEnvPaths::forHome(home).launchAgent));
  EXPECT_EQ(testing::readText(home / ".zprofile"), kUserProfile + "\n");
}

TEST(ChangeHistory, AHandEditedHistoryReadsAsFarAsItCan) {
  testing::TempFolder temp("history-odd");
  testing::writeText(temp.path() / "history" / "history.json",
                     R"([{"id": "1", "time": 5, "variable": "HF_HOME", "previous": 3, "value": "/hf",
                          "files": [{"path": 1, "existed": true}, {"path": "/p", "existed": "yes"}, "x",
                                    {"path": "/q", "existed": true, "backup": "b1"}]}, 7])");
  auto entries = ChangeHistory(temp.path() / "history").entries();
  ASSERT_TRUE(entries.ok()) << entries.error().describe();
  ASSERT_EQ(entries->size(), 1u);
  const HistoryEntry& entry = entries->front();
  EXPECT_EQ(entry.id, 0u);
  EXPECT_EQ(entry.time, "");
  EXPECT_EQ(entry.variable, "HF_HOME");
  EXPECT_FALSE(entry.previous.has_value());
  EXPECT_EQ(entry.value, std::optional<std::string>("/hf"));
  ASSERT_EQ(entry.files.size(), 1u) << "undo restores only files it knows how to";
  EXPECT_EQ(entry.files[0].path, fs::path("/q"));
  EXPECT_TRUE(entry.files[0].existed);
  EXPECT_EQ(entry.files[0].backupName, "b1");
}

// A damaged or hand-edited history names backups outside its folder:
// dropping the entry deletes only its own backups, inside the folder.
TEST(ChangeHistory, DroppingAnEntryDeletesOnlyBackupsInsideTheHistoryFolder) {
  testing::TempFolder temp("history-escape");
  const fs::path folder = temp.path() / "history";
  testing::writeText(temp.path() / "victim.bak", "not the history's");
  testing::writeText(folder / "1-0.bak", "a backup");
  testing::writeText(folder / "history.json",
                     R"([{"id": 1, "variable": "OLLAMA_HOST", "files": [
                          {"path": "/p", "existed": true, "backup": "../victim.bak"},
                          {"path": "/q", "existed": true, "backup": ")" +
                         pathToUtf8(temp.path() / "victim.bak") + R"("},
                          {"path": "/r", "existed": true, "backup": "1-0.bak"}]}])");
  ChangeHistory history(folder);
  ASSERT_TRUE(history.dropLatest().ok());
  EXPECT_TRUE(fs::exists(temp.path() / "victim.bak"));
  EXPECT_FALSE(fs::exists(folder / "1-0.bak"));
  EXPECT_TRUE(history.entries()->empty());
}

// Undo applies the previous value as any value is applied: ModelDesk's own
// block changes back, and what was written to the files since stays.
TEST(EnvManager, UndoChangesOnlyModelDesksOwnBlock) {
  testing::TempFolder temp("env-undo");
  const fs::path home = temp.home();
  testing::writeText(home / ".profile", kUserProfile);
  testing::writeText(home / ".config/environment.d/60-modeldesk.conf", "# hand-written\nFOO=bar\n");
  LinuxEnvBackend backend(LinuxEnvPaths::forHome(home));
  EnvManager manager(backend, temp.path() / "history", DefaultContext{home, "", Os::Linux},
                     [](const std::string&) { return std::nullopt; });
  ASSERT_TRUE(manager.set("OLLAMA_MODELS", pathToUtf8(home / "models")).ok());
  const std::string profileAfterFirst = testing::readText(home / ".profile");
  ASSERT_TRUE(manager.set("WANDB_API_KEY", "0123456789abcdef0123456789abcdef01234567").ok());
  EXPECT_FALSE(manager.set("OLLAMA_HOST", "host:port").ok());
  ASSERT_EQ(manager.history().entries()->size(), 2u);
  EXPECT_EQ(manager.history().entries()->back().describe().find("0123456789abcdef"), std::string::npos);

  auto undone = manager.undo();
  ASSERT_TRUE(undone.ok());
  EXPECT_EQ(undone->entry.variable, "WANDB_API_KEY");
  EXPECT_EQ(testing::readText(home / ".profile"), profileAfterFirst);

  // Another program appends to ~/.profile after the change: undo keeps it.
  const std::string appended = "export PATH=\"$HOME/bin:$PATH\" # added by an installer\n";
  testing::writeText(home / ".profile", testing::readText(home / ".profile") + appended);
  ASSERT_TRUE(manager.undo().ok());
  const std::string profile = testing::readText(home / ".profile");
  EXPECT_EQ(profile.rfind(kUserProfile, 0), 0u) << profile;
  EXPECT_TRUE(profile.ends_with(appended)) << profile;
  EXPECT_EQ(profile.find("OLLAMA_MODELS"), std::string::npos) << profile;
  const std::string conf = testing::readText(home / ".config/environment.d/60-modeldesk.conf");
  EXPECT_NE(conf.find("FOO=bar\n"), std::string::npos) << conf;
  EXPECT_EQ(conf.find("OLLAMA_MODELS"), std::string::npos) << conf;
  EXPECT_FALSE(manager.undo().ok());

  auto states = manager.list();
  ASSERT_TRUE(states.ok());
  EXPECT_EQ(states->front().effective, pathToUtf8(home / ".ollama/models"));
}

// A ~/.profile kept in a dotfiles folder stays a link to it: the change and
// its undo are written to the dotfile.
TEST(EnvManager, ASymlinkedProfileStaysASymlink) {
  testing::TempFolder temp("env-symlink");
  const fs::path home = temp.home();
  testing::writeText(home / "dotfiles" / "profile", kUserProfile);
  fs::create_symlink("dotfiles/profile", home / ".profile");
  LinuxEnvBackend backend(LinuxEnvPaths::forHome(home));
  EnvManager manager(backend, temp.path() / "history", DefaultContext{home, "", Os::Linux});
  ASSERT_TRUE(manager.set("HF_HOME", "/data/hf").ok());
  EXPECT_TRUE(fs::is_symlink(home / ".profile"));
  EXPECT_NE(testing::readText(home / "dotfiles" / "profile").find("export HF_HOME='/data/hf'"), std::string::npos);
  ASSERT_TRUE(manager.undo().ok());
  EXPECT_TRUE(fs::is_symlink(home / ".profile"));
  EXPECT_EQ(testing::readText(home / "dotfiles" / "profile").find("HF_HOME"), std::string::npos);
}

// A file the change created is removed by undo only when it holds nothing
// else; one another program has written to since stays.
TEST(EnvManager, UndoNeverDeletesAFileThatHoldsSomethingElse) {
  testing::TempFolder temp("env-undo-keep");
  const fs::path home = temp.home();
  LinuxEnvBackend backend(LinuxEnvPaths::forHome(home));
  EnvManager manager(backend, temp.path() / "history", DefaultContext{home, "", Os::Linux});
  ASSERT_TRUE(manager.set("HF_HOME", "/data/hf").ok());
  ASSERT_TRUE(fs::exists(home / ".profile"));
  testing::writeText(home / ".profile", testing::readText(home / ".profile") + "umask 022\n");
  ASSERT_TRUE(manager.undo().ok());
  EXPECT_EQ(testing::readText(home / ".profile"), "umask 022\n");
  EXPECT_FALSE(fs::exists(home / ".config/environment.d/60-modeldesk.conf")) << "it held only ModelDesk's value";

  // The same for the environment.d file: lines written there since the
  // change (a comment, another program's variable, anything) survive the
  // undo, and another program's variable is not copied into ~/.profile.
  const fs::path conf = home / ".config/environment.d/60-modeldesk.conf";
  ASSERT_TRUE(manager.redo().ok());
  const std::string added = "# added later by hand\nBAR=baz\n[not a var line]\n";
  testing::writeText(conf, testing::readText(conf) + added);
  ASSERT_TRUE(manager.undo().ok());
  ASSERT_TRUE(fs::exists(conf));
  const std::string kept = testing::readText(conf);
  EXPECT_TRUE(kept.ends_with(added)) << kept;
  EXPECT_EQ(kept.find("HF_HOME"), std::string::npos) << kept;
  EXPECT_EQ(testing::readText(home / ".profile").find("BAR"), std::string::npos);
}

// Setting one variable rewrites only its line of the environment.d file.
TEST(EnvironmentConf, OnlyTheVariablesLineChanges) {
  const std::string existing = "# mine\nOLLAMA_HOST=0.0.0.0\nBAR=baz\n\n# end\n";
  EXPECT_EQ(updateEnvironmentConf(existing, "OLLAMA_HOST", "127.0.0.1:1"),
            "# mine\nOLLAMA_HOST=127.0.0.1:1\nBAR=baz\n\n# end\n");
  EXPECT_EQ(updateEnvironmentConf(existing, "OLLAMA_HOST", std::nullopt), "# mine\nBAR=baz\n\n# end\n");
  EXPECT_EQ(updateEnvironmentConf(existing, "HF_HOME", "/a$b"), existing + "HF_HOME=/a\\$b\n");
  const std::string ours = renderEnvironmentConf({{"HF_HOME", "/data/hf"}});
  EXPECT_EQ(ours.rfind("# Written by ModelDesk", 0), 0u) << ours;
  EXPECT_EQ(updateEnvironmentConf(ours, "HF_HOME", std::nullopt), "") << "only ModelDesk's header is left";
}

TEST(EnvManager, UndoRemovesFilesThatDidNotExistAndRestoresRegistry) {
  testing::TempFolder temp("env-undo2");
  const fs::path home = temp.home();
  LinuxEnvBackend linux(LinuxEnvPaths::forHome(home));
  EnvManager manager(linux, temp.path() / "history", DefaultContext{home, "", Os::Linux});
  ASSERT_TRUE(manager.set("HF_HOME", "/data/hf").ok());
  ASSERT_TRUE(manager.undo().ok());
  EXPECT_FALSE(fs::exists(home / ".profile"));
  EXPECT_FALSE(fs::exists(home / ".config/environment.d/60-modeldesk.conf"));

  FakeRegistry registry;
  registry.values["HF_HOME"] = {"%USERPROFILE%\\old", true};
  WindowsEnvBackend windows(registry);
  EnvManager winManager(windows, temp.path() / "history-win", DefaultContext{home, "", Os::Windows});
  ASSERT_TRUE(winManager.set("HF_HOME", "/data/hf").ok());
  ASSERT_TRUE(winManager.undo().ok());
  EXPECT_EQ(registry.values.at("HF_HOME").value, "%USERPROFILE%\\old");
  EXPECT_TRUE(registry.values.at("HF_HOME").expandable);
}

} // namespace
} // namespace md::env
