// The client against the rules of Ollama's create and blob handlers that a
// client meets rarely (server/create.go, server/routes.go): a blob pruned by
// a restart between upload and create (a streamed error after "parsing
// GGUF"), "from" keeping the base's parameters, one adapter only, file names
// that must be relative without "." parts, an upload of a blob the server
// already has (answered before the body is read) and malformed digests.
// The fake follows those rules; the last tests pin the fake itself to them.
#include <gtest/gtest.h>

#include <fstream>

#include "core/net/http_client.h"
#include "core/ollama/client.h"
#include "core/util/sha256.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/fake_ollama_store.h"
#include "tests/support/ollama_fixtures.h"
#include "tests/support/temp_folder.h"
#include "tests/support/tiny_gguf.h"

namespace md::ollama {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

class OllamaServerRulesTest : public ::testing::Test {
protected:
  void SetUp() override {
    testing::seedModel(fake.modelsDir(), "tiny:latest");
    ASSERT_TRUE(fake.start());
    testing::tinyModel("qwen2").write(dir.path() / "model.gguf"); // not the seeded model's blob
    testing::tinyAdapter().write(dir.path() / "lora.gguf");
    testing::tinyAdapter().write(dir.path() / "lora2.gguf");
  }
  Client client() const { return testing::clientOf(fake); }
  Status create(const CreateRequest& request) {
    auto progress = ProgressReporter::withSinks(
        {{}, [&](const Message& note) { notes.push_back(note.english()); }, {}, {}}, nullptr);
    notes.clear();
    return client().create(request, progress);
  }
  CreateRequest modelRequest(const std::string& key = "model.gguf") const {
    CreateRequest request;
    request.model = "mine";
    request.files = {{dir.path() / "model.gguf", key, {}}};
    return request;
  }
  bool modelExists(const std::string& name) const {
    return testing::FakeStore(fake.modelsDir()).readManifest(*testing::ModelName::parse(name)).has_value();
  }
  std::size_t blobCount() const {
    std::size_t count = 0;
    for (const auto& entry : fs::directory_iterator(fake.modelsDir() / "blobs"))
      count += entry.path().filename().string().rfind("sha256-", 0) == 0 ? 1 : 0;
    return count;
  }
  net::HttpResponse raw(const std::string& method, const std::string& path, std::string body = {}) const {
    net::HttpRequest request;
    request.method = method;
    request.url = fake.url() + path;
    request.body = std::move(body);
    auto response = net::perform(request);
    EXPECT_TRUE(response.ok());
    return response ? *response : net::HttpResponse{};
  }

  testing::FakeOllama fake{{.version = "0.12.0"}};
  testing::TempFolder dir;
  std::vector<std::string> notes;
};

TEST_F(OllamaServerRulesTest, ABlobPrunedBeforeCreateEndsTheStreamWithTheServersError) {
  fake.setFaults({.restartBeforeCreate = true});
  auto created = create(modelRequest());
  ASSERT_FALSE(created.ok());
  EXPECT_NE(created.error().message.find("no such file or directory"), std::string::npos) << created.error().message;
  ASSERT_FALSE(notes.empty());
  EXPECT_NE(std::find(notes.begin(), notes.end(), "parsing GGUF"), notes.end()) << ::testing::PrintToString(notes);
  EXPECT_FALSE(modelExists("mine"));
}

TEST_F(OllamaServerRulesTest, FromKeepsTheBaseParametersTheRequestDoesNotSet) {
  CreateRequest request;
  request.model = "tiny-warm";
  request.from = "tiny";
  request.parameters = {{"temperature", 0.9}};
  auto created = create(request);
  ASSERT_TRUE(created.ok()) << created.error().describe();
  auto base = client().show("tiny");
  auto shown = client().show("tiny-warm");
  ASSERT_TRUE(base.ok() && shown.ok());
  ASSERT_NE(base->parameters.find("stop"), std::string::npos) << base->parameters;
  EXPECT_NE(shown->parameters.find("temperature 0.9"), std::string::npos) << shown->parameters;
  // Every line of the base's parameters is still there.
  std::istringstream lines(base->parameters);
  for (std::string line; std::getline(lines, line);)
    EXPECT_NE(shown->parameters.find(line), std::string::npos) << line << " missing from\n" << shown->parameters;
}

TEST_F(OllamaServerRulesTest, MoreThanOneAdapterIsRefusedBeforeAnyUpload) {
  auto request = modelRequest();
  request.adapters = {{dir.path() / "lora.gguf", "lora.gguf", {}}, {dir.path() / "lora2.gguf", "lora2.gguf", {}}};
  const std::size_t before = blobCount();
  auto created = create(request);
  ASSERT_FALSE(created.ok());
  EXPECT_EQ(created.error().code, ErrorCode::Invalid);
  EXPECT_NE(created.error().message.find("one adapter"), std::string::npos) << created.error().message;
  EXPECT_EQ(blobCount(), before);
}

TEST_F(OllamaServerRulesTest, FileNamesWithDotPartsAreRefusedAsOllamaRefusesThem) {
  for (const std::string key : {"./model.gguf", "a/../model.gguf", "a//model.gguf", "/model.gguf", "C:model.gguf"}) {
    auto created = create(modelRequest(key));
    ASSERT_FALSE(created.ok()) << key;
    EXPECT_EQ(created.error().code, ErrorCode::Invalid) << key;
    EXPECT_NE(created.error().message.find(key), std::string::npos) << created.error().message;
  }
  auto nested = create(modelRequest("weights/model.gguf"));
  EXPECT_TRUE(nested.ok()) << nested.error().describe();
}

TEST_F(OllamaServerRulesTest, UploadingABlobTheServerHasSucceedsThoughTheServerReadsNoBody) {
  // Large enough that the answer comes while the client still sends.
  const std::string bytes(16 << 20, 'x');
  std::ofstream(dir.path() / "big.bin", std::ios::binary) << bytes;
  md::Sha256 hasher;
  hasher.update(bytes.data(), bytes.size());
  const std::string digest = "sha256:" + hasher.finishHex();
  std::ofstream(fake.modelsDir() / "blobs" / ("sha256-" + digest.substr(7)), std::ios::binary) << bytes;
  ProgressReporter progress;
  auto sent =
      client().uploadSegments({io::Segment::fileRange(dir.path() / "big.bin", 0, bytes.size())}, digest, progress);
  EXPECT_TRUE(sent.ok()) << sent.error().describe();
}

TEST_F(OllamaServerRulesTest, AMalformedDigestIsAnErrorNotAMissingBlob) {
  auto answer = client().hasBlob("sha256:not-hex");
  ASSERT_FALSE(answer.ok());
  EXPECT_EQ(answer.error().code, ErrorCode::Invalid);
}

// The fake itself, held to Ollama's answers.
TEST_F(OllamaServerRulesTest, FakeAnswersAsOllamasHandlersDo) {
  EXPECT_EQ(raw("HEAD", "/api/blobs/sha256:xyz").status, 400);
  EXPECT_EQ(raw("POST", "/api/blobs/md5:abc", "x").status, 400);
  const auto relative =
      raw("POST", "/api/create", R"({"model":"m","files":{"./m.gguf":"sha256:)" + std::string(64, 'a') + R"("}})");
  EXPECT_EQ(relative.status, 400);
  EXPECT_NE(relative.body.find("file path must be relative"), std::string::npos) << relative.body;
  const auto missing =
      raw("POST", "/api/create", R"({"model":"m","files":{"m.gguf":"sha256:)" + std::string(64, 'a') + R"("}})");
  EXPECT_EQ(missing.status, 200); // streamed: "parsing GGUF", then the error line
  EXPECT_NE(missing.body.find(R"({"status":"parsing GGUF"})"), std::string::npos) << missing.body;
  EXPECT_NE(missing.body.find("no such file or directory"), std::string::npos) << missing.body;

  const std::string model = testing::tinyModel("qwen2").bytes();
  const std::string digest = "sha256:" + testing::sha256Hex(model);
  EXPECT_EQ(raw("POST", "/api/blobs/" + digest, model).status, 201);
  EXPECT_EQ(raw("POST", "/api/blobs/" + digest, "not even the same bytes").status, 200); // body never read
  const auto adapters =
      raw("POST", "/api/create",
          nlohmann::json{
              {"model", "m"}, {"files", {{"m.gguf", digest}}}, {"adapters", {{"a.gguf", digest}, {"b.gguf", digest}}}}
              .dump());
  EXPECT_NE(adapters.body.find("only one adapter is currently supported"), std::string::npos) << adapters.body;
}

} // namespace
} // namespace md::ollama
