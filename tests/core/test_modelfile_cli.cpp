// `modeldesk-cli modelfile parse|check`: the exact --json shape, exit codes,
// and a Modelfile in a folder with Chinese characters and spaces.

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "core/util/paths.h"
#include "tests/support/child_process.h"
#include "tests/support/temp_folder.h"

namespace md {
namespace {

namespace fs = std::filesystem;

class ModelfileCli : public ::testing::Test {
protected:
  fs::path write(const std::string& relative, const std::string& text) {
    const fs::path path = dir_.path() / pathFromUtf8(relative);
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  static nlohmann::json runJson(const std::vector<std::string>& args, int expectedExit) {
    auto run = testing::runCli(args);
    EXPECT_EQ(run.exitCode, expectedExit) << run.out << run.err;
    return nlohmann::json::parse(run.out, nullptr, false);
  }
  testing::TempFolder dir_;
};

TEST_F(ModelfileCli, ParseJsonListsCommandsInFileOrder) {
  const fs::path file = write("模型 文件/Modelfile", "# comment\nFROM ./权重 q4.gguf\nPARAMETER temperature 0.7\n"
                                                     "MESSAGE user \"你好\nthere\"\nSYSTEM be brief\n");
  const auto json = runJson({"modelfile", "parse", pathToUtf8(file), "--json"}, 0);
  const nlohmann::json expected = {{"ok", true},
                                   {"commands",
                                    {{{"instruction", "FROM"}, {"value", "./权重 q4.gguf"}},
                                     {{"instruction", "PARAMETER"}, {"name", "temperature"}, {"value", "0.7"}},
                                     {{"instruction", "MESSAGE"}, {"role", "user"}, {"value", "你好\nthere"}},
                                     {{"instruction", "SYSTEM"}, {"value", "be brief"}}}}};
  EXPECT_EQ(json, expected);
  const auto lines = runJson({"modelfile", "parse", pathToUtf8(file), "--json", "--lines"}, 0);
  EXPECT_EQ(lines["commands"][2]["line"], 4);
  EXPECT_EQ(lines["commands"][3]["line"], 6);
}

TEST_F(ModelfileCli, ParseErrorHasOllamasTextAndLine) {
  const fs::path file = write("模型 文件/bad.mf", "FROM x\nPARAMETR temperature 1\n");
  const auto json = runJson({"modelfile", "parse", pathToUtf8(file), "--json"}, 1);
  EXPECT_EQ(json["ok"], false);
  EXPECT_EQ(json["error"]["line"], 2);
  EXPECT_EQ(json["error"]["message"].get<std::string>().rfind("(line 2): command must be one of \"from\"", 0), 0u);
  // CRLF: Ollama's message counts each "\r\n" twice; "line" is where the problem really is.
  const fs::path crlf = write("模型 文件/crlf.mf", "FROM x\r\n\r\nMESSAGE bot hi\r\n");
  const auto crlfJson = runJson({"modelfile", "parse", pathToUtf8(crlf), "--json"}, 1);
  EXPECT_EQ(crlfJson["error"]["line"], 3);
  EXPECT_EQ(crlfJson["error"]["message"].get<std::string>().rfind("(line 5): message role", 0), 0u);
  const auto noFrom = runJson({"modelfile", "parse", pathToUtf8(write("x.txt", "SYSTEM hi\n")), "--json"}, 1);
  EXPECT_EQ(noFrom, (nlohmann::json{{"ok", false}, {"error", {{"line", nullptr}, {"message", "no FROM line"}}}}));
}

TEST_F(ModelfileCli, CheckResolvesPathsNextToTheModelfileAndReportsWarnings) {
  write("模型 文件/权重 q4.gguf", "GGUF");
  const fs::path good = write("模型 文件/Modelfile", "FROM ./权重 q4.gguf\nPARAMETER mirostat 1\n");
  const auto ok = runJson({"modelfile", "check", pathToUtf8(good), "--json"}, 0);
  EXPECT_EQ(ok["ok"], true);
  EXPECT_EQ(ok["warnings"], (nlohmann::json{{{"line", 2}, {"message", "parameter mirostat is deprecated"}}}));

  const fs::path bad = write("模型 文件/Modelfile.bad", "FROM ./missing.gguf\nPARAMETER num_ctx big\n");
  const auto failed = runJson({"modelfile", "check", pathToUtf8(bad), "--json"}, 1);
  EXPECT_EQ(failed["ok"], false);
  EXPECT_EQ(failed["error"]["line"], 1);
  EXPECT_NE(failed["error"]["message"].get<std::string>().find("missing.gguf"), std::string::npos);
  // parse is syntax only: the missing file is fine there.
  runJson({"modelfile", "parse", pathToUtf8(bad), "--json"}, 0);

  auto human = testing::runCli({"modelfile", "check", pathToUtf8(bad)});
  EXPECT_EQ(human.exitCode, 1);
  EXPECT_NE(human.err.find(":2: error: invalid int value [big]"), std::string::npos) << human.err;
}

TEST_F(ModelfileCli, CheckListsEveryProblemInLineOrderAndKeepsOllamasFirstError) {
  const fs::path file = write("模型 文件/many.mf", "SYSTEM hi\nMESSAGE bot hello\nPARAMETER temprature 0.5\n"
                                                   "PARAMETER mirostat 1\nTEMPLATE {{ .Prompt }\n");
  const auto json = runJson({"modelfile", "check", pathToUtf8(file), "--json"}, 1);
  EXPECT_EQ(json["ok"], false);
  // error: what Ollama reports (it stops at the role).
  EXPECT_EQ(json["error"]["line"], 2);
  EXPECT_EQ(json["error"]["message"].get<std::string>().rfind("(line 2): message role must be one of", 0), 0u);
  const nlohmann::json expected = nlohmann::json::array({
      {{"line", nullptr}, {"severity", "error"}, {"message", "no FROM line"}},
      {{"line", 2}, {"severity", "error"}, {"message", "'bot' is not a message role: use system, user or assistant"}},
      {{"line", 3}, {"severity", "error"}, {"message", "unknown parameter 'temprature' (did you mean temperature?)"}},
      {{"line", 4}, {"severity", "warning"}, {"message", "parameter mirostat is deprecated"}},
      {{"line", 5}, {"severity", "error"}, {"message", "TEMPLATE: this \"{{\" has no matching \"}}\""}},
  });
  EXPECT_EQ(json["problems"], expected);

  // The human form names each line once.
  auto human = testing::runCli({"modelfile", "check", pathToUtf8(file)});
  EXPECT_EQ(human.exitCode, 1);
  EXPECT_NE(human.err.find("many.mf:2: error: 'bot' is not a message role"), std::string::npos) << human.err;
  EXPECT_EQ(human.err.find("(line"), std::string::npos) << human.err;
  EXPECT_NE(human.err.find("many.mf: error: no FROM line"), std::string::npos) << human.err;

  // A good file: ok, with the warnings also among the problems.
  const fs::path good = write("good.mf", "FROM llama3.2\nPARAMETER mirostat 1\n");
  const auto ok = runJson({"modelfile", "check", pathToUtf8(good), "--json"}, 0);
  EXPECT_EQ(ok["problems"].size(), 2u); // the model-name note and the deprecation
  EXPECT_EQ(ok["problems"][0]["severity"], "info");
  EXPECT_EQ(ok["problems"][1]["line"], 2);
}

TEST_F(ModelfileCli, MissingFileAndUsage) {
  const auto json = runJson({"modelfile", "check", pathToUtf8(dir_.path() / "nope"), "--json"}, 1);
  EXPECT_EQ(json["ok"], false);
  EXPECT_TRUE(json["error"]["line"].is_null());
  EXPECT_EQ(testing::runCli({"modelfile", "lint", "x"}).exitCode, 2);
  EXPECT_EQ(testing::runCli({"modelfile", "parse"}).exitCode, 2);
}

} // namespace
} // namespace md
