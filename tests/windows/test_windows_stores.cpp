// A Windows-style Ollama store under Wine (tests/windows): the store under
// %USERPROFILE%\.ollama\models found even when Git Bash sets HOME elsewhere,
// read from a Chinese user folder through the wide environment, and scanned
// with its sha256-<hex> blobs, shared layers, orphans and partial downloads.
#include <gtest/gtest.h>

#include <windows.h>

#include <algorithm>
#include <filesystem>

#include "core/stores/ollama_store.h"
#include "core/stores/store_locations.h"
#include "core/util/paths.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/temp_folder.h"

namespace md {
namespace {

namespace fs = std::filesystem;

const fs::path kUser = fs::path(L"C:\\Users\\张三");

// Writes blobs/sha256-<64 x digit> and returns its size.
std::uint64_t writeBlob(const fs::path& store, char digit, const testing::GgufBuilder& model) {
  const fs::path blob = store / "blobs" / ("sha256-" + std::string(64, digit));
  fs::create_directories(blob.parent_path());
  model.write(blob);
  return fs::file_size(blob);
}

void writeManifest(const fs::path& store, const std::string& model, const std::string& tag,
                   const std::string& modelDigit) {
  const std::string config = std::string(64, 'c');
  testing::writeText(
      store / "manifests" / "registry.ollama.ai" / "library" / model / tag,
      R"({"schemaVersion":2,"config":{"mediaType":"application/vnd.docker.container.image.v1+json","digest":"sha256:)" +
          config + R"(","size":2},"layers":[{"mediaType":"application/vnd.ollama.image.model","digest":"sha256:)" +
          std::string(64, modelDigit[0]) + R"(","size":1}]})");
}

TEST(WindowsStores, TheStoreIsUnderUserProfileNotGitBashHome) {
  const auto lookup = [](const std::string& name) -> std::optional<std::string> {
    if (name == "USERPROFILE")
      return "C:\\Users\\张三";
    if (name == "HOME")
      return "C:\\msys64\\home\\zhang";
    return std::nullopt;
  };
  const auto candidates = stores::ollamaStoreCandidates(lookup);
  ASSERT_FALSE(candidates.empty());
  EXPECT_EQ(pathToUtf8(candidates.front()), "C:\\Users\\张三\\.ollama\\models");
  EXPECT_EQ(pathToUtf8(stores::defaultStoreLocations(lookup).ollama), "C:\\Users\\张三\\.ollama\\models");
}

TEST(WindowsStores, TheProcessEnvironmentIsReadAsUtf8) {
  ASSERT_TRUE(::SetEnvironmentVariableW(L"USERPROFILE", L"C:\\Users\\张三"));
  ASSERT_TRUE(::SetEnvironmentVariableW(L"OLLAMA_MODELS", L"D:\\模型 文件\\ollama"));
  _wputenv_s(L"USERPROFILE", L"C:\\Users\\张三");
  _wputenv_s(L"OLLAMA_MODELS", L"D:\\模型 文件\\ollama");
  const auto candidates = stores::ollamaStoreCandidates();
  _wputenv_s(L"OLLAMA_MODELS", L"");
  ASSERT_GE(candidates.size(), 2u);
  EXPECT_EQ(pathToUtf8(candidates[0]), "D:\\模型 文件\\ollama");
  EXPECT_EQ(pathToUtf8(candidates[1]), "C:\\Users\\张三\\.ollama\\models");
}

TEST(WindowsStores, ScansAWindowsStoreWithSharedBlobsOrphansAndPartials) {
  const fs::path store = kUser / ".ollama" / "models";
  fs::remove_all(store);
  const auto shared = writeBlob(store, 'a', testing::tinyLlama("qwen"));
  writeBlob(store, 'f', testing::tinyLlama("orphan"));
  testing::writeText(store / "blobs" / ("sha256-" + std::string(64, 'c')), "{}");
  testing::writeText(store / "blobs" / ("sha256-" + std::string(64, '9') + "-partial"), std::string(1000, 'z'));
  writeManifest(store, "qwen2.5", "7b", "a");
  writeManifest(store, "qwen2.5", "latest", "a");

  const auto scan = stores::scanOllamaStore(store);
  auto named = [&](const std::string& model) {
    return std::count_if(scan.entries.begin(), scan.entries.end(), [&](const auto& e) { return e.model == model; });
  };
  EXPECT_EQ(named("qwen2.5:7b"), 2);
  EXPECT_EQ(named("qwen2.5:latest"), 2);
  EXPECT_EQ(named("(orphan blobs)"), 1);
  EXPECT_EQ(named("(partial downloads)"), 1);
  const auto model = std::find_if(scan.entries.begin(), scan.entries.end(),
                                  [](const auto& e) { return e.model == "qwen2.5:7b" && e.layer == "model"; });
  ASSERT_NE(model, scan.entries.end());
  EXPECT_TRUE(model->gguf);
  EXPECT_EQ(model->size, shared);
  EXPECT_EQ(model->sha256, std::string(64, 'a'));
  EXPECT_EQ(pathToUtf8(model->path), pathToUtf8(store / "blobs" / ("sha256-" + std::string(64, 'a'))));
  for (const auto& note : scan.notes)
    ADD_FAILURE() << pathToUtf8(note.path) << ": " << note.message;
  fs::remove_all(store);
}

} // namespace
} // namespace md
