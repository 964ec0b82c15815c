// The Hugging Face cache (symlinks, the Windows layout, Xet shared blobs,
// .incomplete), the ModelScope cache (both layouts, ___ names, sidecars) and
// user folders (CJK and spaces, symlink loops).

#include <gtest/gtest.h>

#include <algorithm>

#include "core/stores/disk_usage.h"
#include "core/stores/folder_scan.h"
#include "core/stores/hf_cache.h"
#include "core/stores/modelscope_cache.h"
#include "core/util/paths.h"
#include "tests/core/test_stores_fixtures.h"
#include "tests/support/temp_folder.h"

namespace md {
namespace {

namespace fs = std::filesystem;
using testing::hexOf;
using testing::symlinkTo;
using testing::writeModel;
using testing::writeText;

const stores::StoreEntry* named(const stores::SourceScan& scan, const std::string& name) {
  for (const auto& entry : scan.entries)
    if (entry.displayName == name)
      return &entry;
  return nullptr;
}

std::size_t countIf(const stores::SourceScan& scan, bool stores::StoreEntry::*flag) {
  return std::size_t(std::count_if(scan.entries.begin(), scan.entries.end(), [&](const auto& e) { return e.*flag; }));
}

TEST(StoresHuggingFace, DecodesRepoFolders) {
  EXPECT_EQ(stores::huggingFaceRepoId("models--Qwen--Qwen2-0.5B-GGUF"), "Qwen/Qwen2-0.5B-GGUF");
  EXPECT_EQ(stores::huggingFaceRepoId("models--gpt2"), "gpt2");
  EXPECT_EQ(stores::huggingFaceRepoId("datasets--a--b"), "");
}

TEST(StoresHuggingFace, ResolvesSymlinksRefsXetBlobsAndPartials) {
  testing::TempFolder dir;
  const fs::path hub = dir.path() / "hub";
  const fs::path repo = hub / "models--org--tiny";
  const auto modelSize = writeModel(repo / "blobs" / hexOf('a'), "tiny");
  const auto configSize = writeText(repo / "blobs" / std::string(40, 'c'), R"({"model_type":"llama"})");
  const auto orphanSize = writeText(repo / "blobs" / hexOf('d'), "old revision");
  const auto partialSize = writeText(repo / "blobs" / (hexOf('e') + ".incomplete"), std::string(500, 'p'));
  const auto xetSize = writeModel(hub / "blobs" / hexOf('b'), "xet shared");
  writeText(repo / "refs" / "main", "rev1\n");
  symlinkTo("../../blobs/" + hexOf('a'), repo / "snapshots" / "rev1" / "tiny.gguf");
  symlinkTo("../../blobs/" + std::string(40, 'c'), repo / "snapshots" / "rev1" / "config.json");
  symlinkTo("../../blobs/" + hexOf('a'), repo / "snapshots" / "rev2" / "tiny.gguf");
  symlinkTo("../../../../blobs/" + hexOf('b'), repo / "snapshots" / "rev1" / "sub" / "shared.gguf");
  symlinkTo("../../../blobs/" + hexOf('b'), hub / "models--org--other" / "snapshots" / "rev3" / "shared.gguf");

  const auto scan = stores::scanHuggingFaceCache(hub);
  EXPECT_TRUE(scan.notes.empty());
  const auto* main = named(scan, "org/tiny@main/tiny.gguf");
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->sha256, hexOf('a'));
  EXPECT_EQ(main->size, modelSize);
  EXPECT_EQ(main->realPath, fs::canonical(repo / "blobs" / hexOf('a')));
  EXPECT_TRUE(main->gguf);
  ASSERT_NE(named(scan, "org/tiny@rev2/tiny.gguf"), nullptr);
  ASSERT_NE(named(scan, "org/tiny@main/sub/shared.gguf"), nullptr);
  ASSERT_NE(named(scan, "org/other@rev3/shared.gguf"), nullptr);
  const auto* config = named(scan, "org/tiny@main/config.json");
  ASSERT_NE(config, nullptr);
  EXPECT_FALSE(config->gguf);
  EXPECT_TRUE(config->sha256.empty()); // a git (SHA-1) blob, not LFS
  EXPECT_EQ(countIf(scan, &stores::StoreEntry::orphan), 1u);
  EXPECT_EQ(countIf(scan, &stores::StoreEntry::partial), 1u);
  EXPECT_EQ(scan.entries.size(), 7u);

  const auto usage = stores::computeDiskUsage(scan.entries);
  EXPECT_EQ(usage.totalBytes, modelSize + configSize + orphanSize + partialSize + xetSize);
  EXPECT_EQ(usage.orphanBytes, orphanSize);
  EXPECT_EQ(usage.partialBytes, partialSize);
  EXPECT_TRUE(usage.duplicates.empty()); // two revisions and two repos share physical files
}

TEST(StoresHuggingFace, ReadsTheWindowsLayoutWithoutSymlinks) {
  testing::TempFolder dir;
  const fs::path snapshot = dir.path() / "hub" / "models--win--plain" / "snapshots" / "abcdef0123456789";
  const auto size = writeModel(snapshot / "plain.gguf", "plain");
  writeText(snapshot / "README.md", "# plain");
  const auto scan = stores::scanHuggingFaceCache(dir.path() / "hub");
  const auto* entry = named(scan, "win/plain@abcdef01/plain.gguf");
  ASSERT_NE(entry, nullptr);
  EXPECT_EQ(entry->size, size);
  EXPECT_EQ(entry->realPath, snapshot / "plain.gguf");
  EXPECT_EQ(scan.entries.size(), 2u);
  EXPECT_EQ(countIf(scan, &stores::StoreEntry::orphan), 0u);
}

// `scan --hf` takes HF_HOME as well as the hub cache inside it.
TEST(StoresHuggingFace, AcceptsHfHomeAndNotesAFolderWithoutACache) {
  testing::TempFolder dir;
  const fs::path home = dir.path() / "hf-home";
  writeModel(home / "hub" / "models--org--tiny" / "snapshots" / "abcdef0123456789" / "tiny.gguf", "tiny");
  writeText(home / "token", "not a model");
  for (const fs::path& given : {home, home / "hub"}) {
    const auto scan = stores::scanHuggingFaceCache(given);
    EXPECT_TRUE(scan.notes.empty()) << pathToUtf8(given);
    EXPECT_NE(named(scan, "org/tiny@abcdef01/tiny.gguf"), nullptr) << pathToUtf8(given);
  }

  const fs::path unrelated = dir.path() / "photos";
  writeText(unrelated / "cat.jpg", "meow");
  const auto scan = stores::scanHuggingFaceCache(unrelated);
  EXPECT_TRUE(scan.entries.empty());
  ASSERT_EQ(scan.notes.size(), 1u);
  EXPECT_EQ(scan.notes[0].path, unrelated);
  EXPECT_NE(scan.notes[0].message.find("no Hugging Face cache here"), std::string::npos) << scan.notes[0].message;
  EXPECT_TRUE(scan.notes[0].text.id == MessageId::NoHfCacheHere ||
              scan.notes[0].text.id == MessageId::NoHfCacheFolders);
}

TEST(StoresModelScope, ReadsBothLayoutsAndDecodesNames) {
  EXPECT_EQ(stores::modelScopeDecodeName("Qwen2___5-7B-Instruct"), "Qwen2.5-7B-Instruct");
  testing::TempFolder dir;
  const fs::path root = dir.path() / "modelscope";
  const fs::path older = root / "hub" / "Qwen" / "Qwen2___5-0___5B-GGUF";
  const auto olderSize = writeModel(older / "qwen2.5-0.5b-q4_k_m.gguf", "old layout");
  writeText(older / "config.json", "{}");
  writeText(older / ".mdl", "{}");
  writeText(older / ".msc", "x");
  const fs::path newer = root / "hub" / "models" / "org" / "Name___x";
  const auto newerSize = writeModel(newer / "m.gguf", "new layout");
  writeText(newer / ".mv", "v1");
  const auto tempSize = writeText(root / "hub" / "._____temp" / "org" / "Big" / "big.gguf", std::string(300, 't'));

  const auto scan = stores::scanModelScopeCache(root);
  const auto* oldEntry = named(scan, "Qwen/Qwen2.5-0.5B-GGUF/qwen2.5-0.5b-q4_k_m.gguf");
  ASSERT_NE(oldEntry, nullptr);
  EXPECT_EQ(oldEntry->size, olderSize);
  EXPECT_EQ(oldEntry->model, "Qwen/Qwen2.5-0.5B-GGUF");
  EXPECT_EQ(oldEntry->hints, (std::vector<std::string>{"modelscope.mdl", "modelscope.msc"}));
  const auto* newEntry = named(scan, "org/Name.x/m.gguf");
  ASSERT_NE(newEntry, nullptr);
  EXPECT_EQ(newEntry->size, newerSize);
  EXPECT_EQ(newEntry->hints, (std::vector<std::string>{"modelscope.mv"}));
  EXPECT_EQ(countIf(scan, &stores::StoreEntry::partial), 1u);
  EXPECT_EQ(scan.entries.size(), 4u); // no sidecars, no entry twice
  const auto usage = stores::computeDiskUsage(scan.entries);
  EXPECT_EQ(usage.totalBytes, olderSize + 2 + newerSize + tempSize);

  // The same cache, given as its hub folder.
  EXPECT_EQ(stores::scanModelScopeCache(root / "hub").entries.size(), 4u);
}

TEST(StoresFolder, FindsGgufInCjkPathsAndSurvivesSymlinkLoops) {
  testing::TempFolder dir;
  const fs::path folder = dir.path() / "张三的 模型";
  const auto size = writeModel(folder / "子目录 a" / "tiny model.gguf", "cjk");
  writeModel(folder / "UPPER.GGUF", "upper");
  writeText(folder / "notes.txt", "not a model");
  writeText(folder / "downloading.gguf.part", "half");
  writeText(folder / "big.gguf.aa", "first bytes");
  symlinkTo("..", folder / "子目录 a" / "loop");
  symlinkTo(folder / "子目录 a", folder / "alias");
  symlinkTo(folder / "missing.gguf", folder / "dangling.gguf");

  const auto scan = stores::scanGgufFolder(folder);
  ASSERT_EQ(scan.entries.size(), 4u);
  const auto* cjk = named(scan, pathToUtf8(fs::path("子目录 a") / "tiny model.gguf"));
  ASSERT_NE(cjk, nullptr);
  EXPECT_EQ(cjk->size, size);
  EXPECT_EQ(cjk->model, "子目录 a");
  EXPECT_EQ(countIf(scan, &stores::StoreEntry::partial), 1u);
  ASSERT_EQ(scan.notes.size(), 1u);
  EXPECT_EQ(scan.notes[0].message, "dangling symlink");
  EXPECT_EQ(scan.notes[0].text.id, MessageId::DanglingSymlink);
}

TEST(StoresFolder, SameNameAndSizeInTwoStoresIsADuplicate) {
  testing::TempFolder dir;
  writeModel(dir.path() / "a" / "model.gguf", "same");
  writeModel(dir.path() / "b" / "model.gguf", "same");
  auto entries = stores::scanGgufFolder(dir.path() / "a").entries;
  auto more = stores::scanGgufFolder(dir.path() / "b").entries;
  entries.insert(entries.end(), more.begin(), more.end());
  const auto usage = stores::computeDiskUsage(entries);
  ASSERT_EQ(usage.duplicates.size(), 1u);
  EXPECT_EQ(usage.duplicateBytes, entries[0].size);
  EXPECT_TRUE(stores::isDuplicate(usage, entries[1]));
}

} // namespace
} // namespace md
