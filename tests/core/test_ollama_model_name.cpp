// Ollama's model name rules with reasons, and the merge's .sha256 sidecar
// as the create flow reads it.
#include <gtest/gtest.h>

#include <fstream>

#include "core/merge/merge_engine.h"
#include "core/modelfile/from_resolver.h"
#include "core/ollama/checksum_sidecar.h"
#include "core/ollama/model_name.h"
#include "tests/support/temp_folder.h"

namespace md::ollama {
namespace {

namespace fs = std::filesystem;

TEST(OllamaModelName, AcceptsWhatOllamaAccepts) {
  for (const char* name : {"mine", "mine:v1", "qwen2.5:7b-instruct-q4_K_M", "user/mine:latest", "_private",
                           "registry.example.com:5000/user/mine:q8_0", "hf.co/someone/repo:Q4_K_M"}) {
    const auto check = checkModelName(name);
    EXPECT_TRUE(check.ok()) << name << ": " << check.message();
    EXPECT_TRUE(modelfile::isValidModelName(name)) << "the FROM resolver agrees: " << name;
  }
}

TEST(OllamaModelName, ExplainsWhatIsWrong) {
  struct Case {
    const char* name;
    NameProblem problem;
    const char* part;
    const char* bad;
  };
  const Case cases[] = {
      {"", NameProblem::Empty, "", ""},
      {"a/b/c/d", NameProblem::TooManyParts, "", ""},
      {"mine:", NameProblem::EmptyPart, "tag", ""},
      {"a//b", NameProblem::EmptyPart, "namespace", ""},
      {"-mine", NameProblem::BadFirst, "model", "-"},
      {"my model", NameProblem::BadCharacter, "model", " "},
      {"mine:v1@x", NameProblem::BadCharacter, "tag", "@"},
      {"first.last/mine", NameProblem::BadCharacter, "namespace", "."},
      {"模型", NameProblem::BadFirst, "model", "模"},
      {"mine:.v1", NameProblem::BadFirst, "tag", "."},
  };
  for (const auto& c : cases) {
    const auto check = checkModelName(c.name);
    EXPECT_EQ(check.problem, c.problem) << c.name;
    EXPECT_EQ(check.part, c.part) << c.name;
    EXPECT_EQ(check.bad, c.bad) << c.name;
    EXPECT_FALSE(check.message().empty());
    EXPECT_FALSE(modelfile::isValidModelName(c.name)) << "the FROM resolver agrees: " << c.name;
  }
  EXPECT_EQ(checkModelName("my model").message(), "the model 'my model' contains ' '; use letters, digits, '_', '-' "
                                                  "and '.'");
  const auto tooLong = checkModelName(std::string(81, 'm'));
  EXPECT_EQ(tooLong.problem, NameProblem::TooLong);
  EXPECT_EQ(tooLong.limit, 80u);
  EXPECT_TRUE(checkModelName(std::string(80, 'm')).ok());
}

class ChecksumSidecar : public ::testing::Test {
protected:
  void SetUp() override { std::ofstream(file(), std::ios::binary) << "GGUF and some bytes"; }
  fs::path file() const { return dir.path() / "merged.gguf"; }
  void writeSidecar(const std::string& line) { std::ofstream(fs::path(file().string() + ".sha256")) << line; }
  testing::TempFolder dir;
  const std::string hex = std::string(32, 'A') + std::string(32, 'b');
};

TEST_F(ChecksumSidecar, ReadsWhatTheMergeWrites) {
  EXPECT_TRUE(readChecksumSidecar(file()).digest.empty());
  EXPECT_TRUE(readChecksumSidecar(file()).ignoredWhy.empty()) << "no sidecar is not a problem";
  ASSERT_TRUE(merge::writeChecksumFile(file(), hex).ok());
  const auto read = readChecksumSidecar(file());
  EXPECT_EQ(read.digest, "sha256:" + std::string(32, 'a') + std::string(32, 'b')) << "lowercase, as Ollama wants";
  writeSidecar(hex + " *merged.gguf\n"); // sha256sum -b
  EXPECT_FALSE(readChecksumSidecar(file()).digest.empty());
}

TEST_F(ChecksumSidecar, IgnoresSidecarsItCannotTrust) {
  writeSidecar(hex + "  other.gguf\n");
  EXPECT_TRUE(readChecksumSidecar(file()).digest.empty());
  EXPECT_NE(readChecksumSidecar(file()).ignoredWhy.find("other.gguf"), std::string::npos);

  writeSidecar("not a checksum\n");
  EXPECT_TRUE(readChecksumSidecar(file()).digest.empty());
  EXPECT_FALSE(readChecksumSidecar(file()).ignoredWhy.empty());

  ASSERT_TRUE(merge::writeChecksumFile(file(), hex).ok());
  // The file was changed after the sidecar was written.
  fs::last_write_time(file(), fs::last_write_time(fs::path(file().string() + ".sha256")) + std::chrono::seconds(5));
  const auto stale = readChecksumSidecar(file());
  EXPECT_TRUE(stale.digest.empty());
  EXPECT_NE(stale.ignoredWhy.find("modified after"), std::string::npos);
}

} // namespace
} // namespace md::ollama
