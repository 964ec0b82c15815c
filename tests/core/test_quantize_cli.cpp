// `modeldesk-cli ollama create … --quantize TYPE` and `modeldesk-cli import
// … --quantize TYPE` against the fake server: the JSON names the type as
// Ollama does, and a quantized source is refused with a coded error.
#include <gtest/gtest.h>

#include <fstream>

#include <nlohmann/json.hpp>

#include "core/util/paths.h"
#include "tests/support/child_process.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/temp_folder.h"

namespace md {
namespace {

class QuantizeCli : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_TRUE(fake.start());
    testing::tinyLlama().setU32("general.file_type", 1).write(dir.path() / "f16.gguf");
    testing::tinyLlama().setU32("general.file_type", 15).write(dir.path() / "q4.gguf");
  }
  nlohmann::json run(std::vector<std::string> args, int expectedExit) {
    args.push_back("--json");
    const auto result = testing::runCli(args);
    EXPECT_EQ(result.exitCode, expectedExit) << result.out << result.err;
    return nlohmann::json::parse(result.out, nullptr, false);
  }
  std::string file(const char* name) const { return pathToUtf8(dir.path() / name); }

  testing::FakeOllama fake{{.version = "0.33.0"}};
  testing::TempFolder dir;
};

TEST_F(QuantizeCli, CreateWithAFileNamesTheType) {
  const auto json =
      run({"ollama", "--host", fake.url(), "create", "small", "--file", file("f16.gguf"), "--quantize", "q4_k_m"}, 0);
  EXPECT_EQ(json["created"], "small");
  EXPECT_EQ(json["quantize"], "Q4_K_M");
  const auto shown = run({"ollama", "--host", fake.url(), "show", "small"}, 0);
  EXPECT_EQ(shown["details"]["quantization_level"], "Q4_K_M");
}

TEST_F(QuantizeCli, CreateFromAModelfileNamesTheType) {
  std::ofstream(dir.path() / "Modelfile", std::ios::binary) << "FROM ./f16.gguf\n";
  const auto json =
      run({"ollama", "--host", fake.url(), "create", "eight", "-f", file("Modelfile"), "--quantize", "Q8_0"}, 0);
  EXPECT_EQ(json["created"], "eight");
  EXPECT_EQ(json["quantize"], "Q8_0");
  EXPECT_EQ(json["files"].size(), 1u);
}

TEST_F(QuantizeCli, ImportNamesTheTypeAndKeepsItsKeys) {
  const auto json = run({"import", file("f16.gguf"), "--name", "imported", "--host", fake.url(), "--placement",
                         "upload", "--quantize", "q8_0"},
                        0);
  EXPECT_EQ(json["name"], "imported");
  EXPECT_EQ(json["quantize"], "Q8_0");
  EXPECT_EQ(json["placement"], "upload");
  EXPECT_TRUE(json.contains("bytes_written"));
  const auto plain =
      run({"import", file("f16.gguf"), "--name", "plain", "--host", fake.url(), "--placement", "upload"}, 0);
  EXPECT_TRUE(plain["quantize"].is_null());
}

TEST_F(QuantizeCli, AQuantizedSourceIsRefusedWithACode) {
  const auto json =
      run({"ollama", "--host", fake.url(), "create", "nope", "--file", file("q4.gguf"), "--quantize", "Q8_0"}, 1);
  EXPECT_EQ(json["error"]["code"], "invalid");
  EXPECT_EQ(json["error"]["message"], "q4.gguf is Q4_K_M: Ollama quantizes only F16, BF16 and F32 models");
  const auto imported =
      run({"import", file("q4.gguf"), "--name", "nope", "--host", fake.url(), "--quantize", "Q8_0"}, 1);
  EXPECT_EQ(imported["error"]["code"], "invalid");
}

} // namespace
} // namespace md
