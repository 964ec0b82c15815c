#include <gtest/gtest.h>

#include "core/ollama/create_request.h"
#include "core/ollama/types.h"

namespace md::ollama {
namespace {

CreateRequest sampleRequest() {
  CreateRequest request;
  request.model = "mine:latest";
  request.files = {{"/tmp/m.gguf", "m.gguf", {}}, {"/tmp/p.gguf", "mmproj.gguf", {}}};
  request.templateText = "{{ .Prompt }}";
  request.system = "Be brief.";
  request.parameters = {{"temperature", std::int64_t(1)}, {"num_ctx", std::int64_t(4096)}};
  request.stop = {"<|im_end|>"};
  request.messages = {{"user", "hi", {}}};
  request.license = {"MIT"};
  return request;
}

const DigestsByName kDigests = {{"m.gguf", "sha256:aa"}, {"mmproj.gguf", "sha256:bb"}};

TEST(OllamaCreateRequest, ParametersFollowOllamasList) {
  std::map<std::string, ParameterValue> out;
  std::vector<std::string> warnings;
  ASSERT_TRUE(validateParameters({{"temperature", std::int64_t(1)}, {"mirostat", std::int64_t(2)}}, out, warnings));
  EXPECT_EQ(std::get<double>(out.at("temperature")), 1.0);
  EXPECT_EQ(out.count("mirostat"), 0u);
  EXPECT_EQ(warnings.size(), 1u);
  auto unknown = validateParameters({{"colour", std::string("red")}}, out, warnings);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().message, "unknown parameter 'colour'");
  EXPECT_FALSE(validateParameters({{"num_ctx", 1.5}}, out, warnings).ok());
  EXPECT_FALSE(validateParameters({{"use_mmap", std::string("yes")}}, out, warnings).ok());
}

TEST(OllamaCreateRequest, RejectsBadKeysAndFromWithFiles) {
  const Version recent{0, 30, 0};
  auto request = sampleRequest();
  EXPECT_TRUE(validateCreateRequest(request, recent).ok());
  request.files[0].name = "../m.gguf";
  EXPECT_FALSE(validateCreateRequest(request, recent).ok());
  request.files[0].name = "/abs/m.gguf";
  EXPECT_FALSE(validateCreateRequest(request, recent).ok());
  request.files[0].name = "dir/..";
  EXPECT_FALSE(validateCreateRequest(request, recent).ok());
  request.files[0].name = "dir/..m.gguf";
  EXPECT_TRUE(validateCreateRequest(request, recent).ok());
  request.from = "llama3";
  EXPECT_FALSE(validateCreateRequest(request, recent).ok());
}

TEST(OllamaCreateRequest, ShardsNeedVersion030) {
  CreateRequest request;
  request.model = "big";
  request.files = {{"a", "big-00001-of-00002.gguf", {}}, {"b", "big-00002-of-00002.gguf", {}}};
  EXPECT_TRUE(isSplitShardName("big-00001-of-00002.gguf"));
  EXPECT_FALSE(isSplitShardName("big.gguf"));
  EXPECT_TRUE(validateCreateRequest(request, {0, 30, 0}).ok());
  const auto old = validateCreateRequest(request, {0, 9, 0});
  ASSERT_FALSE(old.ok());
  EXPECT_EQ(old.error().code, ErrorCode::Unsupported);
}

TEST(OllamaCreateRequest, BuildsJsonBody) {
  const auto request = sampleRequest();
  std::map<std::string, ParameterValue> params{{"temperature", 0.5}, {"num_ctx", std::int64_t(4096)}};
  const auto body = buildCreateJson(request, kDigests, params);
  EXPECT_EQ(body["model"], "mine:latest");
  EXPECT_EQ(body["files"]["m.gguf"], "sha256:aa");
  EXPECT_EQ(body["files"]["mmproj.gguf"], "sha256:bb");
  EXPECT_EQ(body["parameters"]["temperature"], 0.5);
  EXPECT_EQ(body["parameters"]["num_ctx"], 4096);
  EXPECT_EQ(body["parameters"]["stop"][0], "<|im_end|>");
  EXPECT_EQ(body["messages"][0]["role"], "user");
  EXPECT_EQ(body["license"], "MIT");
  EXPECT_FALSE(body.contains("from"));
}

TEST(OllamaCreateRequest, BuildsModelfileForOldServers) {
  const auto request = sampleRequest();
  auto text = buildCreateModelfile(request, kDigests, {{"temperature", 0.5}});
  ASSERT_TRUE(text.ok()) << text.error().describe();
  EXPECT_EQ(*text, "FROM @sha256:aa\nFROM @sha256:bb\nTEMPLATE \"{{ .Prompt }}\"\nSYSTEM \"Be brief.\"\n"
                   "PARAMETER temperature 0.5\nPARAMETER stop \"<|im_end|>\"\nMESSAGE user \"hi\"\nLICENSE \"MIT\"\n");
}

TEST(OllamaTypes, ParsesDefensively) {
  auto models = parseModelList(nlohmann::json::parse(
      R"({"models":[{"name":"a:latest","size":12,"details":{"family":"llama","families":["llama"]}},{}]})"));
  ASSERT_TRUE(models.ok());
  ASSERT_EQ(models->size(), 2u);
  EXPECT_EQ((*models)[0].details.family, "llama");
  EXPECT_EQ((*models)[0].size, 12u);
  EXPECT_TRUE(parseModelList(nlohmann::json::object()).ok());
  auto wrong = parseModelList(nlohmann::json::parse(R"({"models":[{"size":"big"}]})"));
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.error().message.find("models[0].size"), std::string::npos);
  EXPECT_FALSE(parseShow(nlohmann::json::parse(R"({"capabilities":"vision"})")).ok());
  auto show = parseShow(nlohmann::json::parse(
      R"({"capabilities":["completion","vision"],"model_info":{"general.architecture":"qwen2","qwen2.context_length":32768}})"));
  ASSERT_TRUE(show.ok());
  EXPECT_TRUE(show->hasCapability("vision"));
  EXPECT_EQ(show->contextLength(), 32768u);
}

} // namespace
} // namespace md::ollama
