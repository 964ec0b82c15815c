// Validation (what `ollama create` checks), FROM resolution and the writer.

#include <gtest/gtest.h>

#include <cstdlib>

#include <fstream>

#include "core/modelfile/from_resolver.h"
#include "core/modelfile/parameters.h"
#include "core/modelfile/parser.h"
#include "core/modelfile/validator.h"
#include "core/modelfile/writer.h"
#include "core/util/paths.h"
#include "tests/support/temp_folder.h"

namespace md::modelfile {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> messages(const CheckReport& report, Severity severity) {
  std::vector<std::string> out;
  for (const auto& d : report.diagnostics)
    if (d.severity == severity)
      out.push_back(std::to_string(d.span.line) + ": " + d.message);
  return out;
}

CheckReport checkText(std::string_view text) {
  CheckOptions options;
  options.checkPaths = false;
  return check(text, options);
}

TEST(ModelfileValidation, ParameterNamesAndTypes) {
  const CheckReport report = checkText("FROM x\nPARAMETER temperature warm\nPARAMETER num_ctx 4096\n"
                                       "PARAMETER num_ctx 4k\nPARAMETER use_mmap yes\nPARAMETER Temperature 1\n"
                                       "PARAMETER top_p 1e-1\nPARAMETER seed -42\nPARAMETER use_mmap False\n");
  EXPECT_EQ(messages(report, Severity::Error),
            (std::vector<std::string>{"2: invalid float value [warm]", "4: invalid int value [4k]",
                                      "5: invalid bool value [yes]", "6: unknown parameter 'Temperature'"}));
}

TEST(ModelfileValidation, DeprecatedParametersWarn) {
  const CheckReport report = checkText("FROM x\nPARAMETER mirostat 2\nPARAMETER low_vram true\n");
  EXPECT_FALSE(report.hasErrors());
  EXPECT_EQ(messages(report, Severity::Warning),
            (std::vector<std::string>{"2: parameter mirostat is deprecated", "3: parameter low_vram is deprecated"}));
}

TEST(ModelfileValidation, LastScalarWinsWhileStopAndLicenseAccumulate) {
  const CheckReport report = checkText("FROM x\nTEMPLATE a\nPARAMETER temperature 1\nPARAMETER stop a\n"
                                       "LICENSE MIT\nTEMPLATE b\nPARAMETER stop b\nPARAMETER temperature 0.5\n"
                                       "LICENSE Apache\n");
  EXPECT_EQ(messages(report, Severity::Warning),
            (std::vector<std::string>{"2: TEMPLATE is set again on line 6; only the last one is used",
                                      "3: PARAMETER temperature is set again on line 8; only the last one is used"}));
}

TEST(ModelfileValidation, RequiresIsSemver) {
  EXPECT_FALSE(checkText("FROM x\nREQUIRES 0.6.2\n").hasErrors());
  EXPECT_FALSE(checkText("FROM x\nREQUIRES v0.12.0-rc1\n").hasErrors());
  EXPECT_TRUE(isSemanticVersion("1.2"));
  EXPECT_FALSE(isSemanticVersion("1.2-rc1")); // a pre-release needs all three numbers
  EXPECT_FALSE(isSemanticVersion("01.2.3"));
  EXPECT_FALSE(isSemanticVersion("1.2.3.4"));
  const CheckReport report = checkText("FROM x\nREQUIRES soon\n");
  ASSERT_TRUE(report.hasErrors());
  EXPECT_EQ(report.firstError()->span.line, 2);
  EXPECT_EQ(report.firstError()->message, "requires must be a valid semver (e.g. 0.14.0)");
}

TEST(ModelfileValidation, SyntaxErrorIsOllamasFirstErrorAndEveryProblemIsListedInLineOrder) {
  const CheckReport report = checkText("FROM x\nPARAMETER bogus 1\nMESSAGE robot hi\n");
  ASSERT_TRUE(report.hasErrors());
  EXPECT_EQ(report.firstError()->span.line, 3); // Ollama reports the syntax error, though line 2 comes first
  EXPECT_EQ(messages(report, Severity::Error).front(), "2: unknown parameter 'bogus'");
  EXPECT_EQ(messages(report, Severity::Error).size(), 2u);
}

TEST(ModelfileValidation, GoNumberParsing) {
  EXPECT_TRUE(isGoInt("-9223372036854775808"));
  EXPECT_FALSE(isGoInt("9223372036854775808"));
  EXPECT_FALSE(isGoInt("1_000"));
  EXPECT_TRUE(isGoFloat32(".5"));
  EXPECT_TRUE(isGoFloat32("Inf"));
  EXPECT_FALSE(isGoFloat32("1e39")); // beyond float32
  EXPECT_FALSE(isGoFloat32("0.7f"));
}

class ModelfileFrom : public ::testing::Test {
protected:
  void SetUp() override {
    // A folder of its own: ctest runs these tests as parallel processes.
    dir_ = temp_.path() / pathFromUtf8("测试 文件夹");
    fs::create_directories(dir_ / pathFromUtf8("模型 文件"));
    fs::create_directories(dir_ / "empty");
    std::ofstream(dir_ / pathFromUtf8("模型 文件/b.gguf")) << "GGUF";
    std::ofstream(dir_ / pathFromUtf8("模型 文件/a.GGUF")) << "GGUF";
    std::ofstream(dir_ / pathFromUtf8("模型 文件/readme.md")) << "x";
  }
  md::testing::TempFolder temp_{"modeldesk-from"};
  fs::path dir_;
};

TEST_F(ModelfileFrom, FileFolderAndModelName) {
  auto file = resolveFrom("./模型 文件/b.gguf", dir_);
  ASSERT_TRUE(file.ok()) << file.error().message;
  EXPECT_EQ(file->kind, FromKind::File);
  EXPECT_TRUE(fs::exists(file->path));

  auto folder = resolveFrom("模型 文件", dir_);
  ASSERT_TRUE(folder.ok()) << folder.error().message;
  EXPECT_EQ(folder->kind, FromKind::Folder);
  ASSERT_EQ(folder->files.size(), 2u);
  EXPECT_EQ(pathToUtf8(folder->files[0].filename()), "a.GGUF");

  auto name = resolveFrom("hf.co/bartowski/Qwen2.5-7B-Instruct-GGUF:Q4_K_M", dir_);
  ASSERT_TRUE(name.ok());
  EXPECT_EQ(name->kind, FromKind::ModelName);
}

// "~" is the home folder (HOME here, USERPROFILE on Windows), whatever the
// Modelfile's folder is; "~name" is not expanded.
#ifdef _WIN32
constexpr const char* kHomeVariable = "USERPROFILE";
void setHome(const std::string& value) {
  _putenv_s(kHomeVariable, value.c_str());
}
#else
constexpr const char* kHomeVariable = "HOME";
void setHome(const std::string& value) {
  ::setenv(kHomeVariable, value.c_str(), 1);
}
#endif

TEST_F(ModelfileFrom, TildeIsTheHomeFolder) {
  const char* saved = std::getenv(kHomeVariable);
  const std::string savedHome = saved ? saved : "";
  setHome(pathToUtf8(dir_));
  auto file = resolveFrom("~/模型 文件/b.gguf", "/somewhere/else");
  auto home = expandModelfilePath("~", "/somewhere/else");
  auto notHome = expandModelfilePath("~other/x.gguf", "/somewhere/else");
  setHome(savedHome);
  ASSERT_TRUE(file.ok()) << file.error().message;
  EXPECT_EQ(file->kind, FromKind::File);
  EXPECT_EQ(file->path, (dir_ / pathFromUtf8("模型 文件/b.gguf")).lexically_normal());
  EXPECT_EQ(home, dir_.lexically_normal());
  EXPECT_EQ(notHome, fs::path("/somewhere/else/~other/x.gguf").lexically_normal());
}

TEST_F(ModelfileFrom, MissingPathIsAnErrorNotAModelName) {
  auto missing = resolveFrom("./missing.gguf", dir_);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
  EXPECT_FALSE(resolveFrom("model.gguf", dir_).ok());
  EXPECT_FALSE(resolveFrom("empty", dir_).ok()); // a folder without GGUF files
  EXPECT_FALSE(resolveFrom("not a name!", dir_).ok());
}

TEST_F(ModelfileFrom, CheckUsesTheModelfileFolderAndTheServerHook) {
  CheckOptions options;
  options.modelfileDir = dir_;
  options.modelExists = [](const std::string& name) { return name == "llama3.2"; };
  EXPECT_FALSE(check("FROM ./模型 文件\nFROM llama3.2\n", options).hasErrors());
  const CheckReport report = check("FROM qwen9\nADAPTER ./nope.gguf\nDRAFT llama3.2\n", options);
  EXPECT_EQ(messages(report, Severity::Error).size(), 3u); // DRAFT and ADAPTER take local paths only
  const CheckReport same = check("FROM ./模型 文件/b.gguf\nDRAFT 模型 文件/../模型 文件/b.gguf\n", options);
  ASSERT_EQ(messages(same, Severity::Error).size(), 1u);
  EXPECT_NE(messages(same, Severity::Error)[0].find("2: DRAFT must not reference the same local path as FROM: "),
            std::string::npos);
}

TEST(ModelfileFromName, OllamaNameRules) {
  EXPECT_TRUE(isValidModelName("llama3.2"));
  EXPECT_TRUE(isValidModelName("library/llama3.2:latest"));
  EXPECT_TRUE(isValidModelName("registry.ollama.ai:443/library/qwen2:7b"));
  EXPECT_FALSE(isValidModelName("a/b/c/d"));
  EXPECT_FALSE(isValidModelName("-x"));
  EXPECT_FALSE(isValidModelName("x:"));
  EXPECT_TRUE(looksLikePath("~/models/x"));
  EXPECT_TRUE(looksLikePath("C:\\models\\x"));
  EXPECT_FALSE(looksLikePath("qwen2:7b"));
}

TEST(ModelfileWriter, RoundTripsEveryRepresentableValue) {
  Modelfile original;
  const std::vector<std::string> values = {"plain",        "  padded  ",
                                           "two\nlines",   "say \"hi\"",
                                           "\"quoted\"",   "",
                                           "ends with \"", "multi\n\"quoted\"\n",
                                           "中文 值",      "# not a comment",
                                           "'single'",     "\"\"\"",
                                           "a\"\nb",       "x\r\ny",
                                           "\tt\tab\t"};
  for (const auto& value : values)
    original.commands.push_back(Command{Instruction::System, "", value, {}, {}, {}});
  original.commands.push_back(Command{Instruction::Parameter, "stop", "<|im_end|>", {}, {}, {}});
  original.commands.push_back(Command{Instruction::Message, "user", "hello\nthere", {}, {}, {}});
  original.commands.insert(original.commands.begin(), Command{Instruction::From, "", "./模型 文件/x.gguf", {}, {}, {}});
  auto text = writeModelfile(original);
  ASSERT_TRUE(text.ok()) << text.error().message;
  auto reread = parseModelfile(*text);
  ASSERT_TRUE(reread.ok()) << reread.error().describe() << "\n" << *text;
  EXPECT_EQ(reread->commands, original.commands) << *text;
}

TEST(ModelfileWriter, RefusesWhatOllamaWouldDrop) {
  EXPECT_FALSE(quoteValue("bell\x07").ok());
  EXPECT_EQ(*quoteValue("tab\there"), "tab\there");
  EXPECT_EQ(*quoteValue("\ttabbed\t"), "\"\ttabbed\t\"");
  EXPECT_EQ(*quoteValue("x"), "x");
  EXPECT_EQ(*quoteValue("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(*quoteValue("say \"hi\"\n"), "\"\"\"say \"hi\"\n\"\"\"");
  Command bad{Instruction::Message, "robot", "x", {}, {}, {}};
  EXPECT_FALSE(writeCommand(bad).ok());
}

} // namespace
} // namespace md::modelfile
