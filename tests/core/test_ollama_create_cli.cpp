// `modeldesk-cli ollama create NAME -f Modelfile [--json]` runs the same flow
// as the GUI: vision is reported, a dropped projector gives the warning, the
// merge's sidecar is reused, and a bad name fails before any request.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "core/merge/merge_engine.h"
#include "core/util/paths.h"
#include "tests/support/child_process.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/fake_ollama_store.h"
#include "tests/support/temp_folder.h"
#include "tests/support/tiny_gguf.h"

namespace md {
namespace {

namespace fs = std::filesystem;

class OllamaCreateCli : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_TRUE(fake.start());
    testing::tinyModel().write(dir.path() / "model.gguf");
    testing::tinyClipProjector().write(dir.path() / "mmproj.gguf");
    std::ofstream(dir.path() / "combined.gguf", std::ios::binary)
        << testing::tinyModel().bytes() << testing::tinyClipProjector().bytes();
  }
  std::string modelfile(const std::string& name, const std::string& text) {
    std::ofstream(dir.path() / name, std::ios::binary) << text;
    return pathToUtf8(dir.path() / name);
  }
  testing::ProcessResult create(const std::string& model, const std::string& file, bool asJson) {
    std::vector<std::string> args{"ollama", "--host", fake.url(), "create", model, "-f", file};
    if (asJson)
      args.push_back("--json");
    return testing::runCli(args);
  }
  testing::TempFolder dir;
  testing::FakeOllama fake;
};

TEST_F(OllamaCreateCli, JsonReportsVisionAndTheSidecar) {
  ASSERT_TRUE(
      merge::writeChecksumFile(dir.path() / "model.gguf", testing::sha256Hex(testing::tinyModel().bytes())).ok());
  const auto run = create("seer:v1", modelfile("Modelfile", "FROM ./model.gguf\nFROM ./mmproj.gguf\n"), true);
  ASSERT_EQ(run.exitCode, 0) << run.out << run.err;
  const auto doc = nlohmann::json::parse(run.out, nullptr, false);
  ASSERT_TRUE(doc.is_object()) << run.out;
  EXPECT_EQ(doc["created"], "seer:v1");
  EXPECT_EQ(doc["vision"], true);
  EXPECT_FALSE(doc.contains("vision_warning"));
  ASSERT_EQ(doc["files"].size(), 2u);
  EXPECT_EQ(doc["files"][0]["role"], "model");
  EXPECT_EQ(doc["files"][0]["digest_source"], "sidecar");
  EXPECT_EQ(doc["files"][1]["role"], "projector");
  EXPECT_EQ(doc["files"][1]["digest_source"], "hashed");
  EXPECT_EQ(doc["files"][1]["uploaded"], true);
}

TEST_F(OllamaCreateCli, DroppedProjectorIsAWarning) {
  const auto run = create("joined", modelfile("joined.mf", "FROM ./combined.gguf\n"), false);
  ASSERT_EQ(run.exitCode, 0) << run.out << run.err;
  EXPECT_NE(run.out.find("created joined"), std::string::npos) << run.out;
  EXPECT_NE(run.err.find("success"), std::string::npos) << "the server's status lines are shown";
  EXPECT_NE(run.err.find("warning: Ollama 0.12.0 reads only the first GGUF"), std::string::npos) << run.err;

  const auto doc = create("joined2", modelfile("joined.mf", "FROM ./combined.gguf\n"), true);
  ASSERT_EQ(doc.exitCode, 0) << doc.err;
  const auto parsed = nlohmann::json::parse(doc.out, nullptr, false);
  EXPECT_EQ(parsed["vision"], false);
  EXPECT_NE(parsed.value("vision_warning", "").find("combined.gguf"), std::string::npos) << doc.out;
}

TEST_F(OllamaCreateCli, BadNameFailsBeforeAnyRequest) {
  const auto run = create("my model", modelfile("Modelfile", "FROM ./model.gguf\n"), true);
  EXPECT_NE(run.exitCode, 0);
  const auto doc = nlohmann::json::parse(run.out, nullptr, false);
  EXPECT_NE(doc["error"]["message"].get<std::string>().find("contains ' '"), std::string::npos) << run.out;
  EXPECT_EQ(fake.requestCount(), 0);
}

} // namespace
} // namespace md
