// `modeldesk-cli export NAME DIR [--layout plain|lmstudio] [--store DIR] [--json]`:
// the JSON contract, LM Studio's layout (DIR is its models folder, and HOME's
// ~/.lmstudio/models without DIR), the store found from OLLAMA_MODELS, usage
// and not-found errors, and the round trip: the exported GGUFs imported
// with `modeldesk-cli import` give the same model and projector digests.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/util/paths.h"
#include "tests/support/child_process.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/fake_ollama_store.h"
#include "tests/support/ollama_fixtures.h"
#include "tests/support/temp_folder.h"

namespace md {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class ExportCli : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_TRUE(fake.start());
    testing::seedModel(fake.modelsDir(), "seer:v1", {.projector = true});
  }
  testing::ProcessResult exportCli(std::vector<std::string> args, const std::map<std::string, std::string>& env = {}) {
    args.insert(args.begin(), "export");
    args.push_back("--json");
    return testing::runCli(args, env);
  }
  std::string digestOf(const std::string& model, const std::string& kind) const {
    const auto manifest = testing::FakeStore(fake.modelsDir()).readManifest(*testing::ModelName::parse(model));
    if (manifest)
      for (const auto& layer : (*manifest)["layers"])
        if (testing::layerKind(layer) == kind)
          return layer.value("digest", "");
    return {};
  }

  testing::TempFolder dir;
  testing::FakeOllama fake;
};

TEST_F(ExportCli, JsonNamesEveryFile) {
  const fs::path out = dir.path() / "out";
  const auto run = exportCli({"seer:v1", pathToUtf8(out), "--store", pathToUtf8(fake.modelsDir())});
  ASSERT_EQ(run.exitCode, 0) << run.out << run.err;
  const json result = json::parse(run.out, nullptr, false);
  ASSERT_TRUE(result.is_object()) << run.out;
  EXPECT_EQ(result["name"], "seer:v1");
  EXPECT_EQ(result["layout"], "plain");
  EXPECT_EQ(result["folder"], pathToUtf8(out));
  EXPECT_EQ(result["modelfile_path"], pathToUtf8(out / "Modelfile"));
  EXPECT_EQ(result["modelfile"], testing::readFile(out / "Modelfile"));
  EXPECT_NE(result["modelfile"].get<std::string>().find("FROM ./seer-v1-F32.gguf\n"), std::string::npos);
  EXPECT_TRUE(result["bytes_written"].is_number_unsigned());
  EXPECT_TRUE(result["seconds"].is_number());
  ASSERT_EQ(result["files"].size(), 4u);
  std::vector<std::string> roles;
  for (const auto& file : result["files"]) {
    roles.push_back(file["role"]);
    const fs::path path = pathFromUtf8(file["path"].get<std::string>());
    ASSERT_TRUE(fs::exists(path)) << path;
    EXPECT_EQ(file["size"], fs::file_size(path));
    EXPECT_EQ(file["sha256"], testing::sha256Hex(testing::readFile(path)));
    const std::string placement = file["placement"];
    EXPECT_TRUE(placement == "reflink" || placement == "hardlink" || placement == "copy") << placement;
  }
  EXPECT_EQ(roles, (std::vector<std::string>{"model", "projector", "modelfile", "readme"}));
  EXPECT_EQ("sha256:" + result["files"][0]["sha256"].get<std::string>(), digestOf("seer:v1", "model"));
}

TEST_F(ExportCli, LmStudioLayoutDefaultsToHome) {
  const fs::path home = dir.home();
  const auto run = exportCli({"seer:v1", "--layout", "lmstudio"},
                             {{"HOME", pathToUtf8(home)}, {"OLLAMA_MODELS", pathToUtf8(fake.modelsDir())}});
  ASSERT_EQ(run.exitCode, 0) << run.out << run.err;
  const json result = json::parse(run.out, nullptr, false);
  EXPECT_EQ(result["layout"], "lmstudio");
  const fs::path folder = home / ".lmstudio" / "models" / "ollama" / "seer-v1";
  EXPECT_EQ(result["folder"], pathToUtf8(folder));
  EXPECT_TRUE(fs::exists(folder / "seer-v1-F32.gguf"));
  EXPECT_TRUE(fs::exists(folder / "mmproj-seer-v1-F32.gguf")); // beside the model

  const auto explicitRoot = exportCli(
      {"seer:v1", pathToUtf8(dir.path() / "lm"), "--layout", "lmstudio", "--store", pathToUtf8(fake.modelsDir())});
  ASSERT_EQ(explicitRoot.exitCode, 0) << explicitRoot.out << explicitRoot.err;
  EXPECT_TRUE(fs::exists(dir.path() / "lm" / "ollama" / "seer-v1" / "seer-v1-F32.gguf"));
}

TEST_F(ExportCli, UsageAndNotFound) {
  EXPECT_EQ(exportCli({"seer:v1"}).exitCode, 2); // plain needs DIR
  EXPECT_EQ(exportCli({"seer:v1", "x", "--layout", "zip"}).exitCode, 2);
  const auto missing =
      exportCli({"nobody:v1", pathToUtf8(dir.path() / "out"), "--store", pathToUtf8(fake.modelsDir())});
  EXPECT_EQ(missing.exitCode, 1);
  const json error = json::parse(missing.out, nullptr, false);
  ASSERT_TRUE(error.is_object()) << missing.out;
  EXPECT_EQ(error["error"]["code"], "not_found");
  EXPECT_FALSE(fs::exists(dir.path() / "out"));
}

TEST_F(ExportCli, RoundTripThroughImportKeepsTheDigests) {
  fake.stop(); // the export needs no server
  const fs::path out = dir.path() / "round trip";
  const auto exported = exportCli({"seer:v1", pathToUtf8(out), "--store", pathToUtf8(fake.modelsDir())});
  ASSERT_EQ(exported.exitCode, 0) << exported.out << exported.err;
  ASSERT_TRUE(fake.start());
  const auto imported =
      testing::runCli({"import", pathToUtf8(out / "seer-v1-F32.gguf"), pathToUtf8(out / "mmproj-seer-v1-F32.gguf"),
                       "--name", "back:v1", "--host", fake.url(), "--store", pathToUtf8(fake.modelsDir()), "--json"});
  ASSERT_EQ(imported.exitCode, 0) << imported.out << imported.err;
  EXPECT_FALSE(digestOf("seer:v1", "model").empty());
  EXPECT_EQ(digestOf("back:v1", "model"), digestOf("seer:v1", "model"));
  EXPECT_EQ(digestOf("back:v1", "projector"), digestOf("seer:v1", "projector"));
}

} // namespace
} // namespace md
