// `modeldesk-cli ollama copy-to-host NAME URL` and `ollama compare A B`, run
// as a child process against fake servers, in text and --json.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/ollama/client.h"
#include "core/util/paths.h"
#include "tests/support/child_process.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/fake_ollama_store.h"
#include "tests/support/ollama_fixtures.h"
#include "tests/support/temp_dir.h"
#include "tests/support/tiny_gguf.h"

namespace md {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class OllamaCopyCli : public ::testing::Test {
protected:
  void SetUp() override {
    testing::seedModel(source.modelsDir(), "llava:7b", {.projector = true});
    ASSERT_TRUE(source.start());
    ASSERT_TRUE(target.start());
  }
  testing::ProcessResult cli(std::vector<std::string> args, bool asJson,
                             const std::map<std::string, std::string>& environment = {}) {
    args.insert(args.begin(), {"ollama", "--host", source.url()});
    if (asJson)
      args.push_back("--json");
    return testing::runCli(args, environment);
  }
  bool targetHas(const std::string& name) {
    return testing::FakeStore(target.modelsDir()).readManifest(*testing::ModelName::parse(name)).has_value();
  }

  testing::TempDir dir;
  testing::FakeOllama source;
  testing::FakeOllama target;
};

TEST_F(OllamaCopyCli, CopyToHostJsonCountsTheBlobs) {
  const std::string store = pathToUtf8(source.modelsDir());
  const auto run = cli({"copy-to-host", "llava:7b", target.url(), "--as", "llava:copy", "--store", store}, true);
  ASSERT_EQ(run.exitCode, 0) << run.out << run.err;
  const auto result = json::parse(run.out, nullptr, false);
  ASSERT_TRUE(result.is_object()) << run.out;
  EXPECT_EQ(result["copied"], "llava:7b");
  EXPECT_EQ(result["to"], target.url());
  EXPECT_EQ(result["target_model"], "llava:copy");
  EXPECT_EQ(result["blobs_uploaded"], 2);
  EXPECT_EQ(result["blobs_already_there"], 0);
  EXPECT_EQ(result["bytes_uploaded"],
            testing::tinyModel().bytes().size() + testing::tinyClipProjector().bytes().size());
  EXPECT_TRUE(targetHas("llava:copy"));

  const auto again = cli({"copy-to-host", "llava:7b", target.url(), "--store", store}, true);
  ASSERT_EQ(again.exitCode, 0) << again.out << again.err;
  const auto second = json::parse(again.out, nullptr, false);
  EXPECT_EQ(second["target_model"], "llava:7b");
  EXPECT_EQ(second["blobs_uploaded"], 0);
  EXPECT_EQ(second["blobs_already_there"], 2);
}

TEST_F(OllamaCopyCli, CopyToHostTextUsesOllamaModelsAndShowsProgress) {
  const auto run =
      cli({"copy-to-host", "llava:7b", target.url()}, false, {{"OLLAMA_MODELS", pathToUtf8(source.modelsDir())}});
  ASSERT_EQ(run.exitCode, 0) << run.out << run.err;
  EXPECT_NE(run.out.find("copied llava:7b to " + target.url() + " as llava:7b (2 blobs uploaded"), std::string::npos)
      << run.out;
  EXPECT_NE(run.err.find("uploading"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("success"), std::string::npos) << run.err;
  EXPECT_TRUE(targetHas("llava:7b"));
}

TEST_F(OllamaCopyCli, CopyToHostErrors) {
  const auto missing = cli({"copy-to-host", "ghost:1b", target.url(), "--store", pathToUtf8(source.modelsDir())}, true);
  EXPECT_EQ(missing.exitCode, 1);
  const auto error = json::parse(missing.out, nullptr, false);
  EXPECT_EQ(error["error"]["code"], "not_found") << missing.out;
  EXPECT_NE(error["error"].value("message", "").find("ghost:1b is not in the store at"), std::string::npos)
      << missing.out;

  const std::string down = "http://127.0.0.1:" + std::to_string(testing::unusedLoopbackPort());
  const auto refused = cli({"copy-to-host", "llava:7b", down, "--store", pathToUtf8(source.modelsDir())}, false);
  EXPECT_EQ(refused.exitCode, 1);
  EXPECT_NE(refused.err.find("Ollama is not running at " + down), std::string::npos) << refused.err;

  EXPECT_EQ(cli({"copy-to-host", "llava:7b"}, false).exitCode, 2) << "the URL is required";
  EXPECT_EQ(cli({"copy-to-host", "llava:7b", target.url(), "--bogus"}, false).exitCode, 2);
}

TEST_F(OllamaCopyCli, CompareJsonAndText) {
  testing::tinyModel().write(dir.path() / "model.gguf");
  ollama::CreateRequest request;
  request.model = "imported";
  request.files = {{dir.path() / "model.gguf", "model.gguf", {}}};
  ProgressReporter quiet;
  ASSERT_TRUE(ollama::Client(source.url()).create(request, quiet).ok());

  const std::string store = pathToUtf8(source.modelsDir());
  const auto run = cli({"compare", "llava:7b", "imported", "--store", store}, true);
  ASSERT_EQ(run.exitCode, 0) << run.out << run.err;
  const auto result = json::parse(run.out, nullptr, false);
  ASSERT_TRUE(result.is_object()) << run.out;
  EXPECT_EQ(result["left"]["projector"], true);
  EXPECT_EQ(result["right"]["projector"], false);
  EXPECT_EQ(result["left"]["layers"].size(), 4u);
  std::set<std::string> kinds;
  for (const auto& finding : result["findings"]) {
    kinds.insert(finding.value("kind", ""));
    if (finding["kind"] == "no_projector") {
      EXPECT_EQ(finding["side"], "right");
    }
  }
  EXPECT_TRUE(kinds.count("no_projector") && kinds.count("no_template") && kinds.count("no_stop_parameters"))
      << run.out;

  const auto text = cli({"compare", "llava:7b", "imported", "--store", store}, false);
  ASSERT_EQ(text.exitCode, 0) << text.err;
  EXPECT_NE(text.out.find("\n  projector     yes"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("\n  layers        model "), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("imported has no projector"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("imported has no template"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("imported has no stop parameters"), std::string::npos) << text.out;

  const auto unknown = cli({"compare", "llava:7b", "ghost"}, true);
  EXPECT_EQ(unknown.exitCode, 1);
  EXPECT_NE(unknown.out.find("ghost"), std::string::npos) << unknown.out;
}

} // namespace
} // namespace md
