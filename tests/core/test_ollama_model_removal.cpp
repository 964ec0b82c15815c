// Removing an Ollama model: through the API when the server answers and is
// proven to serve the store (refused when it serves another), and on disk
// when it is not running, where only the blobs no other model uses go.
#include <gtest/gtest.h>

#include "core/ollama/model_removal.h"
#include "core/stores/ollama_store.h"
#include "core/util/paths.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/ollama_fixtures.h"
#include "tests/support/temp_folder.h"

namespace md::ollama {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

std::size_t blobCount(const fs::path& store) {
  std::size_t count = 0;
  for (const auto& entry : fs::directory_iterator(store / "blobs"))
    count += entry.is_regular_file() ? 1 : 0;
  return count;
}

// Every layer of `model` has its blob on disk.
bool isWhole(const fs::path& store, const std::string& model) {
  auto manifest = stores::readOllamaManifest(store, model);
  if (!manifest || manifest->config.blob.empty())
    return false;
  for (const auto& layer : manifest->layers)
    if (layer.blob.empty())
      return false;
  return true;
}

class OllamaModelRemovalTest : public ::testing::Test {
protected:
  testing::TempFolder dir;
  fs::path store() const { return dir.path() / "模型 store"; }
  // Removes drop:v1 from `modelsDir` with the server at `url` as the local one.
  static Result<OllamaRemoval> removeWith(const std::string& url, const fs::path& modelsDir) {
    const Client client = testing::clientOf(url);
    ProgressReporter progress;
    return removeOllamaModel(client, modelsDir, "drop:v1", progress);
  }
  void SetUp() override {
    // Same template, params and config: those three blobs are shared; the
    // model layers differ in size, so each model has one blob of its own.
    testing::seedModel(store(), "keep:latest", {.modelFloats = 64});
    testing::seedModel(store(), "drop:v1", {.projector = true, .modelFloats = 128});
  }
};

TEST_F(OllamaModelRemovalTest, OnDiskOnlyTheBlobsNoOtherModelUsesGo) {
  const std::size_t before = blobCount(store());
  ASSERT_EQ(before, 6u); // 2 model layers, projector, template, params, config
  // A file the desktop left among the manifests is not one.
  testing::writeText(store() / "manifests/registry.ollama.ai/library/.DS_Store", "\x00\x01");
  auto removed = removeOllamaModelFiles(store(), "drop:v1");
  ASSERT_TRUE(removed) << removed.error().describe();
  EXPECT_EQ(removed->via, OllamaRemoval::Via::Files);
  EXPECT_EQ(removed->blobsRemoved, 2u); // its model layer and its projector
  EXPECT_GT(removed->bytesFreed, 128u * 4);
  EXPECT_EQ(blobCount(store()), before - 2);
  EXPECT_FALSE(fs::exists(store() / "manifests/registry.ollama.ai/library/drop"));
  EXPECT_TRUE(isWhole(store(), "keep:latest"));
  EXPECT_EQ(stores::readOllamaManifest(store(), "drop:v1").error().code, ErrorCode::NotFound);
}

TEST_F(OllamaModelRemovalTest, AModelThatIsNotThereIsNotFound) {
  auto removed = removeOllamaModelFiles(store(), "nope:latest");
  ASSERT_FALSE(removed);
  EXPECT_EQ(removed.error().code, ErrorCode::NotFound);
  EXPECT_EQ(blobCount(store()), 6u);
}

TEST_F(OllamaModelRemovalTest, AnUnreadableOtherManifestKeepsEveryBlob) {
  testing::writeText(store() / "manifests/registry.ollama.ai/library/broken/latest", "{not json");
  auto removed = removeOllamaModelFiles(store(), "drop:v1");
  ASSERT_FALSE(removed);
  EXPECT_EQ(removed.error().code, ErrorCode::Malformed);
  EXPECT_TRUE(isWhole(store(), "drop:v1"));
  EXPECT_EQ(blobCount(store()), 6u);
}

TEST_F(OllamaModelRemovalTest, ARunningServerOnThisStoreRemovesItThroughTheApi) {
  testing::FakeOllama server;
  ASSERT_TRUE(server.start());
  testing::seedModel(server.modelsDir(), "drop:v1");
  testing::seedModel(server.modelsDir(), "keep:latest");
  const std::size_t before = blobCount(server.modelsDir());
  auto removed = removeWith(server.url(), server.modelsDir());
  ASSERT_TRUE(removed) << removed.error().describe();
  EXPECT_EQ(removed->via, OllamaRemoval::Via::Api);
  EXPECT_FALSE(stores::readOllamaManifest(server.modelsDir(), "drop:v1"));
  EXPECT_TRUE(isWhole(server.modelsDir(), "keep:latest"));
  EXPECT_LE(blobCount(server.modelsDir()), before) << "the probe blob is gone again";
}

// The Linux service runs on /usr/share/ollama while ~/.ollama/models holds a
// model of the same name: deleting through that server would hit its model.
TEST_F(OllamaModelRemovalTest, ARunningServerOnAnotherStoreIsRefusedAndNothingIsDeleted) {
  testing::FakeOllama server;
  ASSERT_TRUE(server.start());
  testing::seedModel(server.modelsDir(), "drop:v1");
  auto removed = removeWith(server.url(), store());
  ASSERT_FALSE(removed);
  EXPECT_EQ(removed.error().code, ErrorCode::Invalid);
  EXPECT_EQ(removed.error().text.id, MessageId::RemovalStoreNotTheServers);
  EXPECT_NE(removed.error().message.find("does not use the store at " + pathToUtf8(store())), std::string::npos)
      << removed.error().message;
  EXPECT_TRUE(isWhole(server.modelsDir(), "drop:v1")) << "the server's model of that name stays";
  EXPECT_TRUE(isWhole(store(), "drop:v1")) << "and so does the scanned one";
  EXPECT_EQ(blobCount(store()), 6u) << "no probe left behind";
}

TEST_F(OllamaModelRemovalTest, AStoreThatCannotBeCheckedIsRefusedWhileTheServerRuns) {
  testing::FakeOllama server;
  ASSERT_TRUE(server.start());
  testing::seedModel(server.modelsDir(), "drop:v1");
  auto removed = removeWith(server.url(), dir.path() / "gone");
  ASSERT_FALSE(removed);
  EXPECT_EQ(removed.error().text.id, MessageId::RemovalStoreUnproven);
  EXPECT_TRUE(isWhole(server.modelsDir(), "drop:v1"));
}

TEST_F(OllamaModelRemovalTest, WhenOllamaIsNotRunningTheFilesAreRemoved) {
  auto removed = removeWith("http://127.0.0.1:" + std::to_string(testing::unusedLoopbackPort()), store());
  ASSERT_TRUE(removed) << removed.error().describe();
  EXPECT_EQ(removed->via, OllamaRemoval::Via::Files);
  EXPECT_FALSE(fs::exists(store() / "manifests/registry.ollama.ai/library/drop"));
  EXPECT_TRUE(isWhole(store(), "keep:latest"));
}

TEST_F(OllamaModelRemovalTest, AServerErrorIsReportedAndNothingIsRemoved) {
  testing::FakeOllama server;
  ASSERT_TRUE(server.start());
  server.setFaults({.failStatus = 500});
  auto removed = removeWith(server.url(), store());
  ASSERT_FALSE(removed);
  EXPECT_EQ(removed.error().code, ErrorCode::Http);
  EXPECT_TRUE(isWhole(store(), "drop:v1"));
}

} // namespace
} // namespace md::ollama
