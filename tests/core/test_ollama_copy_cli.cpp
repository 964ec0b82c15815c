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
#include "tests/support/temp_folder.h"
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

  testing::TempFolder dir;
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

TEST_F(OllamaCopyCli, TargetUrlThatDoesNotParseIsAUsageError) {
  const std::string store = pathToUtf8(source.modelsDir());
  const auto badPort = cli({"copy-to-host", "llava:7b", "http://example:11x34", "--store", store}, false);
  EXPECT_EQ(badPort.exitCode, 2) << badPort.err;
  EXPECT_NE(badPort.err.find("the URL 'http://example:11x34' is not usable: invalid port '11x34'"), std::string::npos)
      << badPort.err;
  const auto noHost = cli({"copy-to-host", "llava:7b", "http://:11434", "--store", store}, false);
  EXPECT_EQ(noHost.exitCode, 2) << noHost.err;
  EXPECT_NE(noHost.err.find("the URL 'http://:11434' has no host"), std::string::npos) << noHost.err;
  const auto scheme = cli({"copy-to-host", "llava:7b", "ftp://example:21", "--store", store}, false);
  EXPECT_EQ(scheme.exitCode, 2) << scheme.err;
  EXPECT_NE(scheme.err.find("is not http or https"), std::string::npos) << scheme.err;
  EXPECT_EQ(target.requestCount(), 0);
}

TEST_F(OllamaCopyCli, ExistingTargetModelNeedsForce) {
  testing::seedModel(target.modelsDir(), "llava:7b", {.templateText = "other"});
  const std::string store = pathToUtf8(source.modelsDir());
  const auto refused = cli({"copy-to-host", "llava:7b", target.url(), "--store", store}, false);
  EXPECT_EQ(refused.exitCode, 1) << refused.err;
  EXPECT_NE(refused.err.find("\"llava:7b\" already exists on " + target.url() + " (pass --force to replace it)"),
            std::string::npos)
      << refused.err;
  const auto refusedJson = cli({"copy-to-host", "llava:7b", target.url(), "--store", store}, true);
  EXPECT_EQ(refusedJson.exitCode, 1);
  EXPECT_EQ(json::parse(refusedJson.out, nullptr, false)["error"]["code"], "already_exists") << refusedJson.out;

  const auto forced = cli({"copy-to-host", "llava:7b", target.url(), "--store", store, "--force"}, true);
  ASSERT_EQ(forced.exitCode, 0) << forced.out << forced.err;
  auto layers = [](const fs::path& root) {
    return testing::FakeStore(root).readManifest(*testing::ModelName::parse("llava:7b")).value()["layers"].size();
  };
  EXPECT_EQ(layers(target.modelsDir()), layers(source.modelsDir()));
  auto shown = ollama::Client(target.url()).show("llava:7b");
  ASSERT_TRUE(shown.ok());
  EXPECT_NE(shown->templateText, "other");
}

// Without --store the model is looked for in OLLAMA_MODELS, ~/.ollama/models
// and the service's store, and the error lists them.
TEST_F(OllamaCopyCli, WithoutStoreTheCandidatesAreSearched) {
  const fs::path home = dir.path() / "home";
  const fs::path elsewhere = dir.path() / "elsewhere";
  fs::create_directories(elsewhere);
  const std::map<std::string, std::string> env{{"HOME", pathToUtf8(home)}, {"OLLAMA_MODELS", pathToUtf8(elsewhere)}};
  const auto missing = cli({"copy-to-host", "llava:7b", target.url()}, false, env);
  EXPECT_EQ(missing.exitCode, 1) << missing.err;
  EXPECT_NE(missing.err.find("llava:7b is not in any Ollama store; looked in " + pathToUtf8(elsewhere) + ", " +
                             pathToUtf8(home / ".ollama" / "models")),
            std::string::npos)
      << missing.err;
  EXPECT_EQ(target.requestCount(), 0);

  // The store is the home one: found there, second in line.
  fs::create_directories(home / ".ollama");
  fs::copy(source.modelsDir(), home / ".ollama" / "models", fs::copy_options::recursive);
  const auto found = cli({"copy-to-host", "llava:7b", target.url()}, true, env);
  ASSERT_EQ(found.exitCode, 0) << found.out << found.err;
  const auto result = json::parse(found.out, nullptr, false);
  EXPECT_EQ(result["store"], pathToUtf8(home / ".ollama" / "models")) << found.out;
  EXPECT_FALSE(result.contains("note")) << "the source is this machine's server";
}

TEST_F(OllamaCopyCli, RemoteSourceWithoutStoreSaysTheLocalStoreIsRead) {
  const std::map<std::string, std::string> env{{"OLLAMA_MODELS", pathToUtf8(source.modelsDir())}};
  // Another loopback address is not "localhost" to the CLI, and nothing listens there.
  const std::string remote = "http://127.0.0.2:" + std::to_string(source.port());
  const auto run = testing::runCli({"ollama", "--host", remote, "copy-to-host", "llava:7b", target.url()}, env);
  EXPECT_EQ(run.exitCode, 1) << run.err;
  EXPECT_NE(run.err.find("note: " + remote +
                         " is not this machine's server: the blobs are read from the local "
                         "store at " +
                         pathToUtf8(source.modelsDir())),
            std::string::npos)
      << run.err;

  const auto local = cli({"copy-to-host", "llava:7b", target.url()}, false, env);
  ASSERT_EQ(local.exitCode, 0) << local.err;
  EXPECT_EQ(local.err.find("note:"), std::string::npos) << local.err;
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
