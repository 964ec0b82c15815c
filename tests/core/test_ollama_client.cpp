// The Ollama client against the fake server over real loopback HTTP:
// every non-create endpoint and the transport and HTTP errors.
#include <gtest/gtest.h>

#include <chrono>

#include "core/ollama/client.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/ollama_fixtures.h"

namespace md::ollama {
namespace {

using namespace std::chrono_literals;

class OllamaClientTest : public ::testing::Test {
protected:
  void SetUp() override {
    testing::seedModel(server.modelsDir(), "tiny:latest");
    testing::seedModel(server.modelsDir(), "hf.co/someone/vision:Q4_K_M", {.projector = true});
    ASSERT_TRUE(server.start());
  }
  Client client() const { return Client(server.url(), options); }

  testing::FakeOllama server;
  ClientOptions options{.connectTimeout = 1000ms, .requestTimeout = 2000ms, .streamStallSeconds = 2};
};

TEST_F(OllamaClientTest, ListsModelsFromTheStore) {
  auto models = client().listModels();
  ASSERT_TRUE(models.ok()) << models.error().describe();
  ASSERT_EQ(models->size(), 2u);
  std::vector<std::string> names;
  for (const auto& model : *models) {
    names.push_back(model.name);
    EXPECT_GT(model.size, 0u);
    EXPECT_EQ(model.details.family, "llama");
    EXPECT_EQ(model.details.quantizationLevel, "F32");
    EXPECT_EQ(model.digest.size(), 64u);
  }
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"hf.co/someone/vision:Q4_K_M", "tiny:latest"}));
}

TEST_F(OllamaClientTest, ShowsModelInfoCapabilitiesAndParameters) {
  auto shown = client().show("hf.co/someone/vision:Q4_K_M");
  ASSERT_TRUE(shown.ok()) << shown.error().describe();
  EXPECT_TRUE(shown->hasCapability("vision"));
  EXPECT_TRUE(shown->hasCapability("completion"));
  EXPECT_EQ(shown->modelInfo.value("general.architecture", ""), "llama");
  EXPECT_EQ(shown->contextLength(), 4096u);
  EXPECT_EQ(shown->projectorInfo.value("general.architecture", ""), "clip");
  EXPECT_EQ(shown->templateText, "{{ .Prompt }}");
  EXPECT_NE(shown->parameters.find("stop \"<|end|>\""), std::string::npos);
  EXPECT_NE(shown->modelfile.find("FROM "), std::string::npos);

  auto plain = client().show("tiny", true);
  ASSERT_TRUE(plain.ok()) << plain.error().describe();
  EXPECT_FALSE(plain->hasCapability("vision"));
}

TEST_F(OllamaClientTest, MissingModelGivesTheServersMessage) {
  auto shown = client().show("nope");
  ASSERT_FALSE(shown.ok());
  EXPECT_EQ(shown.error().code, ErrorCode::NotFound);
  EXPECT_NE(shown.error().message.find("model 'nope' not found"), std::string::npos);
  EXPECT_EQ(shown.error().where.url, server.url() + "/api/show");
}

TEST_F(OllamaClientTest, CopiesAndDeletes) {
  ASSERT_TRUE(client().copyModel("tiny", "tiny-copy:v2").ok());
  auto copied = client().show("tiny-copy:v2");
  ASSERT_TRUE(copied.ok()) << copied.error().describe();
  ASSERT_TRUE(client().deleteModel("tiny:latest").ok());
  EXPECT_EQ(client().show("tiny").error().code, ErrorCode::NotFound);
  EXPECT_TRUE(client().show("tiny-copy:v2").ok()) << "blobs shared with the copy must survive the delete";
  auto again = client().deleteModel("tiny:latest");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::NotFound);
  EXPECT_FALSE(client().copyModel("missing", "x").ok());
}

TEST_F(OllamaClientTest, ChatStreamsAndSendsImages) {
  ChatRequest request;
  request.model = "hf.co/someone/vision:Q4_K_M";
  request.messages = {{"user", "What is this?", {std::string("\x89PNG\r\n\x1a\n", 8), "second image"}}};
  std::string streamed;
  int pieces = 0;
  auto reply = client().chat(request, [&](const std::string& piece) {
    streamed += piece;
    ++pieces;
    return true;
  });
  ASSERT_TRUE(reply.ok()) << reply.error().describe();
  EXPECT_EQ(reply->text, "Hello from hf.co/someone/vision:Q4_K_M. I received 2 images.");
  EXPECT_EQ(streamed, reply->text);
  EXPECT_GT(pieces, 3);
  EXPECT_EQ(reply->evalCount, std::uint64_t(pieces));
  EXPECT_GT(reply->tokensPerSecond(), 0.0);
  EXPECT_EQ(reply->doneReason, "stop");
}

TEST_F(OllamaClientTest, GenerateStreamsAndCanBeStopped) {
  GenerateRequest request{.model = "tiny", .prompt = "hi", .system = {}, .images = {"img"}, .options = {}};
  auto reply = client().generate(request);
  ASSERT_TRUE(reply.ok()) << reply.error().describe();
  EXPECT_EQ(reply->text, "Hello from tiny. I received 1 image.");
  int pieces = 0;
  auto stopped = client().generate(request, [&](const std::string&) { return ++pieces < 2; });
  ASSERT_FALSE(stopped.ok());
  EXPECT_EQ(stopped.error().code, ErrorCode::Cancelled);
  EXPECT_EQ(pieces, 2);
}

TEST_F(OllamaClientTest, PsListsModelsLoadedByAChat) {
  auto before = client().runningModels();
  ASSERT_TRUE(before.ok()) << before.error().describe();
  EXPECT_TRUE(before->empty());
  ASSERT_TRUE(client().generate({.model = "tiny", .prompt = "x", .system = {}, .images = {}, .options = {}}).ok());
  auto after = client().runningModels();
  ASSERT_TRUE(after.ok());
  ASSERT_EQ(after->size(), 1u);
  EXPECT_EQ((*after)[0].name, "tiny:latest");
  EXPECT_GT((*after)[0].sizeVram, 0u);
  EXPECT_FALSE((*after)[0].expiresAt.empty());
}

TEST_F(OllamaClientTest, ServerErrorBodyBecomesTheMessage) {
  server.setFaults({.failStatus = 500});
  auto models = client().listModels();
  ASSERT_FALSE(models.ok());
  EXPECT_EQ(models.error().code, ErrorCode::Http);
  EXPECT_NE(models.error().message.find("500"), std::string::npos);
  EXPECT_NE(models.error().message.find("simulated server failure"), std::string::npos);
  auto chat = client().chat({.model = "tiny", .messages = {{"user", "x", {}}}, .options = {}});
  ASSERT_FALSE(chat.ok());
  EXPECT_NE(chat.error().message.find("simulated server failure"), std::string::npos);
}

TEST_F(OllamaClientTest, RefusedConnectionSaysOllamaIsNotRunning) {
  const std::string url = server.url();
  server.refuseConnections();
  const auto started = std::chrono::steady_clock::now();
  auto version = client().version();
  ASSERT_FALSE(version.ok());
  EXPECT_LT(std::chrono::steady_clock::now() - started, options.connectTimeout + 500ms);
  EXPECT_EQ(version.error().code, ErrorCode::Network);
  EXPECT_EQ(version.error().message.rfind("Ollama is not running at " + url, 0), 0u) << version.error().message;
  // The cause is a sentence of ModelDesk's own (the UI translates it), not curl's English.
  EXPECT_NE(version.error().message.find(": nothing accepted the connection)"), std::string::npos)
      << version.error().message;
}

TEST_F(OllamaClientTest, SlowServerTimesOutWithinTheRequestTimeout) {
  server.setFaults({.delay = 5000ms});
  ClientOptions quick = options;
  quick.requestTimeout = 300ms;
  const auto started = std::chrono::steady_clock::now();
  auto version = Client(server.url(), quick).version();
  ASSERT_FALSE(version.ok());
  EXPECT_EQ(version.error().code, ErrorCode::Timeout);
  EXPECT_LT(std::chrono::steady_clock::now() - started, 2s);
}

TEST_F(OllamaClientTest, ReportsAVersionThatIsNotOne) {
  testing::FakeOllama odd({.version = "banana"});
  ASSERT_TRUE(odd.start());
  auto version = Client(odd.url()).serverVersion();
  ASSERT_FALSE(version.ok());
  EXPECT_EQ(version.error().code, ErrorCode::Malformed);
}

} // namespace
} // namespace md::ollama
