// Undo of any change in the history, not only the newest, when no later
// change in effect touched the same variable; redo; the refusals say which
// change is in the way and write nothing.

#include <gtest/gtest.h>

#include "core/env/env_manager.h"
#include "core/env/linux_backend.h"
#include "core/util/paths.h"
#include "tests/support/temp_folder.h"

namespace md::env {
namespace {
namespace fs = std::filesystem;

struct HistoryFixture {
  testing::TempFolder temp{"env-history"};
  fs::path home = temp.home();
  LinuxEnvBackend backend{LinuxEnvPaths::forHome(home)};
  EnvManager manager{backend, temp.path() / "history", DefaultContext{home, "", Os::Linux},
                     [](const std::string&) { return std::nullopt; }};

  std::optional<std::string> saved(const std::string& name) {
    auto persisted = backend.readPersisted();
    EXPECT_TRUE(persisted.ok());
    const auto it = persisted->find(name);
    return it == persisted->end() ? std::nullopt : std::optional<std::string>(it->second);
  }
  std::string files() {
    return testing::readText(home / ".profile") + "\n--\n" +
           testing::readText(home / ".config/environment.d/60-modeldesk.conf");
  }
  // The refusal's code, and that nothing was written.
  MessageId refused(const Result<AppliedChange>& result, const std::string& before) {
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(files(), before);
    return result.ok() ? MessageId::Text : result.error().text.id;
  }
};

TEST(EnvHistory, UndoesAnyChangeThatDoesNotConflictAndRedoesIt) {
  HistoryFixture f;
  ASSERT_TRUE(f.manager.set("HF_HOME", "/data/a").ok());           // #1
  ASSERT_TRUE(f.manager.set("OLLAMA_HOST", "0.0.0.0:11434").ok()); // #2
  ASSERT_TRUE(f.manager.set("HF_HOME", "/data/b").ok());           // #3
  ASSERT_TRUE(f.manager.set("OLLAMA_KEEP_ALIVE", "1h").ok());      // #4

  auto undone = f.manager.undo(2); // not the newest
  ASSERT_TRUE(undone.ok()) << undone.error().message;
  EXPECT_EQ(undone->entry.variable, "OLLAMA_HOST");
  EXPECT_EQ(f.saved("OLLAMA_HOST"), std::nullopt);
  EXPECT_EQ(f.saved("HF_HOME"), "/data/b");
  EXPECT_EQ(f.saved("OLLAMA_KEEP_ALIVE"), "1h");
  auto entries = f.manager.history().entries();
  ASSERT_EQ(entries->size(), 4u); // an undone change stays, marked
  EXPECT_TRUE(entries->at(1).undone);
  EXPECT_FALSE(entries->at(0).undone);

  const std::string before = f.files();
  const auto conflict = f.manager.undo(1);
  EXPECT_EQ(f.refused(conflict, before), MessageId::EnvUndoConflict);
  EXPECT_EQ(conflict.error().message, "Cannot undo change #1 of HF_HOME: change #3 changed HF_HOME later; undo "
                                      "change #3 first");
  EXPECT_EQ(f.refused(f.manager.undo(2), before), MessageId::EnvAlreadyUndone);
  EXPECT_EQ(f.refused(f.manager.redo(4), before), MessageId::EnvNotUndone);
  EXPECT_EQ(f.refused(f.manager.undo(99), before), MessageId::EnvNoSuchChange);

  // Without an id: the newest change in effect, then the last one undone.
  ASSERT_EQ(f.manager.undo()->entry.id, 4u);
  EXPECT_EQ(f.saved("OLLAMA_KEEP_ALIVE"), std::nullopt);
  ASSERT_EQ(f.manager.redo()->entry.id, 4u);
  EXPECT_EQ(f.saved("OLLAMA_KEEP_ALIVE"), "1h");
  ASSERT_EQ(f.manager.redo()->entry.id, 2u);
  EXPECT_EQ(f.saved("OLLAMA_HOST"), "0.0.0.0:11434");
  EXPECT_EQ(f.refused(f.manager.redo(), f.files()), MessageId::EnvNothingToRedo);
}

TEST(EnvHistory, OneVariablesChangesUndoAndRedoInOrder) {
  HistoryFixture f;
  ASSERT_TRUE(f.manager.set("HF_HOME", "/data/a").ok()); // #1
  ASSERT_TRUE(f.manager.set("HF_HOME", "/data/b").ok()); // #2
  ASSERT_TRUE(f.manager.undo(2).ok());
  EXPECT_EQ(f.saved("HF_HOME"), "/data/a");
  ASSERT_TRUE(f.manager.undo(1).ok());
  EXPECT_EQ(f.saved("HF_HOME"), std::nullopt);

  const std::string before = f.files();
  const auto skip = f.manager.redo(2); // would skip #1
  EXPECT_EQ(f.refused(skip, before), MessageId::EnvRedoConflictEarlier);
  EXPECT_NE(skip.error().message.find("#1"), std::string::npos) << skip.error().message;
  ASSERT_TRUE(f.manager.redo(1).ok());
  EXPECT_EQ(f.saved("HF_HOME"), "/data/a");

  // A new change after an undo: the undone one cannot come back over it.
  ASSERT_TRUE(f.manager.set("HF_HOME", "/data/c").ok()); // #3
  EXPECT_EQ(f.refused(f.manager.redo(2), f.files()), MessageId::EnvRedoConflictLater);
  EXPECT_EQ(f.saved("HF_HOME"), "/data/c");

  // The marks are in the history file: another process sees them.
  ChangeHistory reread(f.temp.path() / "history");
  auto entries = reread.entries();
  ASSERT_TRUE(entries.ok());
  ASSERT_EQ(entries->size(), 3u);
  EXPECT_FALSE(entries->at(0).undone);
  EXPECT_TRUE(entries->at(1).undone);
  EXPECT_FALSE(entries->at(2).undone);
}

} // namespace
} // namespace md::env
