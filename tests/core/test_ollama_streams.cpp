// Streamed calls against the fake server: pull with progress and cancel,
// and every stream fault (split lines, error line, malformed line, dropped
// connection, stalled stream).
#include <gtest/gtest.h>

#include <map>

#include <chrono>
#include <fstream>

#include "core/ollama/client.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/ollama_fixtures.h"
#include "tests/support/temp_folder.h"

namespace md::ollama {
namespace {

using namespace std::chrono_literals;

class OllamaStreamTest : public ::testing::Test {
protected:
  void SetUp() override {
    testing::seedModel(registry.path(), "big:latest", {.projector = true, .modelFloats = 1 << 20});
    testing::seedModel(server.modelsDir(), "tiny:latest");
    server.setRegistryDir(registry.path());
    ASSERT_TRUE(server.start());
  }
  Client client() const { return Client(server.url(), options); }
  std::uint64_t registryBytes() const {
    std::uint64_t total = 0;
    for (const auto& entry : std::filesystem::directory_iterator(registry.path() / "blobs"))
      total += entry.file_size();
    return total;
  }
  Result<GenerationResult> chat() const {
    return client().chat({.model = "tiny", .messages = {{"user", "hi", {}}}, .options = {}});
  }

  testing::TempFolder registry;
  testing::FakeOllama server;
  ClientOptions options{.connectTimeout = 1000ms, .requestTimeout = 2000ms, .streamStallSeconds = 1};
};

TEST_F(OllamaStreamTest, PullSumsLayersIntoOneBar) {
  std::vector<Progress> reports;
  std::vector<std::string> statuses;
  std::map<std::string, std::pair<std::uint64_t, std::uint64_t>> layers; // digest -> last (done, total)
  auto progress = ProgressReporter::withSinks({[&](const Progress& p) { reports.push_back(p); },
                                               [&](const Message& s) { statuses.push_back(s.english()); },
                                               {},
                                               [&](const ItemProgress& item) {
                                                 layers[item.key] = {item.done, item.total};
                                               }},
                                              nullptr, 0ms);
  auto pulled = client().pull("big", progress);
  ASSERT_TRUE(pulled.ok()) << pulled.error().describe();
  std::uint64_t layerBytes = 0;
  for (const auto& [digest, last] : layers) {
    EXPECT_EQ(last.first, last.second) << digest << " did not finish";
    layerBytes += last.second;
  }
  EXPECT_GE(layers.size(), 2u);
  EXPECT_EQ(layerBytes, registryBytes()); // the layers add up to the one bar
  ASSERT_FALSE(reports.empty());
  EXPECT_TRUE(reports.back().final);
  EXPECT_EQ(reports.back().total, registryBytes());
  EXPECT_EQ(reports.back().done, registryBytes());
  for (std::size_t i = 1; i < reports.size(); ++i) {
    if (reports[i].total == reports[i - 1].total) {
      EXPECT_GE(reports[i].done, reports[i - 1].done) << "progress went backwards at report " << i;
    }
  }
  EXPECT_GT(reports.size(), 10u) << "a 4 MiB layer should report in several chunks";
  EXPECT_EQ(statuses.front(), "pulling manifest");
  EXPECT_EQ(statuses.back(), "success");
  EXPECT_NE(std::find(statuses.begin(), statuses.end(), "verifying sha256 digest"), statuses.end());
  auto shown = client().show("big");
  ASSERT_TRUE(shown.ok()) << shown.error().describe();
  EXPECT_TRUE(shown->hasCapability("vision"));
}

TEST_F(OllamaStreamTest, PullOfUnknownModelReportsTheErrorLine) {
  ProgressReporter progress;
  auto pulled = client().pull("nothing-like-this", progress);
  ASSERT_FALSE(pulled.ok());
  EXPECT_EQ(pulled.error().code, ErrorCode::Http);
  EXPECT_NE(pulled.error().message.find("file does not exist"), std::string::npos);
}

TEST_F(OllamaStreamTest, CancelStopsAPull) {
  CancelToken cancel;
  ProgressReporter progress(
      [&](const Progress& p) {
        if (p.phase == "pulling" && p.done > 0)
          cancel.cancel();
      },
      &cancel, 0ms);
  auto pulled = client().pull("big", progress);
  ASSERT_FALSE(pulled.ok());
  EXPECT_EQ(pulled.error().code, ErrorCode::Cancelled);
  EXPECT_EQ(client().show("big").error().code, ErrorCode::NotFound);
}

TEST_F(OllamaStreamTest, LinesSplitIntoTinyChunksStillParse) {
  server.setFaults({.splitLinesInto = 3});
  auto reply = chat();
  ASSERT_TRUE(reply.ok()) << reply.error().describe();
  EXPECT_EQ(reply->text, "Hello from tiny. I received 0 images.");
}

TEST_F(OllamaStreamTest, ErrorLineMidStreamBecomesTheError) {
  server.setFaults({.errorLineAt = 3});
  std::string streamed;
  auto reply =
      client().chat({.model = "tiny", .messages = {{"user", "hi", {}}}, .options = {}}, [&](const std::string& piece) {
        streamed += piece;
        return true;
      });
  ASSERT_FALSE(reply.ok());
  EXPECT_EQ(reply.error().code, ErrorCode::Http);
  EXPECT_NE(reply.error().message.find("simulated failure in the middle of the stream"), std::string::npos);
  EXPECT_EQ(reply.error().where.line, 3);
  EXPECT_EQ(streamed, "Hello from");
}

TEST_F(OllamaStreamTest, MalformedLineIsQuotedInTheError) {
  server.setFaults({.malformedLineAt = 2});
  auto reply = chat();
  ASSERT_FALSE(reply.ok());
  EXPECT_EQ(reply.error().code, ErrorCode::Malformed);
  EXPECT_NE(reply.error().message.find("this is not json"), std::string::npos);
  EXPECT_EQ(reply.error().where.line, 2);
}

TEST_F(OllamaStreamTest, DroppedConnectionSaysTheStreamBrokeOff) {
  server.setFaults({.dropStreamAfter = 2});
  auto reply = chat();
  ASSERT_FALSE(reply.ok());
  EXPECT_EQ(reply.error().code, ErrorCode::Network);
  EXPECT_NE(reply.error().message.find("broke off after 2 lines"), std::string::npos) << reply.error().message;
}

TEST_F(OllamaStreamTest, StalledStreamIsAbortedByTheLowSpeedLimit) {
  server.setFaults({.stallStreamAfter = 1});
  const auto started = std::chrono::steady_clock::now();
  auto reply = chat();
  ASSERT_FALSE(reply.ok());
  EXPECT_EQ(reply.error().code, ErrorCode::Timeout) << reply.error().message;
  EXPECT_LT(std::chrono::steady_clock::now() - started, 4s);
}

TEST_F(OllamaStreamTest, CancelStopsAStalledStream) {
  server.setFaults({.stallStreamAfter = 1});
  CancelToken cancel;
  auto reply = client().chat(
      {.model = "tiny", .messages = {{"user", "hi", {}}}, .options = {}},
      [&](const std::string&) {
        cancel.cancel(); // as if the user pressed Cancel while it hangs
        return true;
      },
      &cancel);
  ASSERT_FALSE(reply.ok());
  EXPECT_EQ(reply.error().code, ErrorCode::Cancelled);
}

} // namespace
} // namespace md::ollama
