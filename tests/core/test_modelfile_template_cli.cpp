// `modeldesk-cli modelfile preview|fill`: the exact --json contract, the
// server version asked of OLLAMA_HOST (and a clear failure when nothing
// answers), and fill writing only when needed, atomically, in the file's
// own encoding.

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "core/modelfile/text_encoding.h"
#include "core/util/paths.h"
#include "tests/support/child_process.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/temp_folder.h"

namespace md {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using namespace std::string_literals;

// Ollama's openchat reference (index 4).
constexpr const char* kOpenChat =
    "{{ bos_token }}{% for message in messages %}{{ 'GPT4 Correct ' + message['role'].title() + ': ' + "
    "message['content'] + '<|end_of_turn|>'}}{% endfor %}{% if add_generation_prompt %}{{ 'GPT4 Correct "
    "Assistant:' }}{% endif %}";

// A Qwen 2.5-style template with tools and tool results (no reference is near it).
constexpr const char* kQwenTools =
    "{%- if tools %}<|im_start|>system\n<tools>{% for t in tools %}{{ t | tojson }}{% endfor %}</tools><|im_end|>\n"
    "{%- endif %}{%- for m in messages %}{%- if m.role == 'tool' %}<|im_start|>user\n<tool_response>{{ m.content }}"
    "</tool_response><|im_end|>\n{%- else %}<|im_start|>{{ m.role }}\n{{ m.content }}{% for c in m.tool_calls %}"
    "<tool_call>{{ c | tojson }}</tool_call>{% endfor %}<|im_end|>\n{%- endif %}{%- endfor %}"
    "{%- if add_generation_prompt %}<|im_start|>assistant\n{%- endif %}";

class ModelfileTemplateCli : public ::testing::Test {
protected:
  fs::path folder() const { return dir_.path() / pathFromUtf8("模型 文件"); }
  fs::path model(const std::string& name, const std::optional<std::string>& chatTemplate) {
    const fs::path path = folder() / pathFromUtf8(name);
    fs::create_directories(path.parent_path());
    auto builder = testing::tinyLlama();
    auto& metadata = builder.metadata();
    std::erase_if(metadata, [](const gguf::KeyValue& kv) { return kv.key == "tokenizer.chat_template"; });
    if (chatTemplate)
      builder.setString("tokenizer.chat_template", *chatTemplate);
    builder.write(path);
    return path;
  }
  fs::path write(const std::string& name, const std::string& bytes) {
    const fs::path path = folder() / pathFromUtf8(name);
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  static std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
  }
  static json runJson(const std::vector<std::string>& args, int expectedExit,
                      const std::map<std::string, std::string>& environment = {}) {
    auto run = testing::runCli(args, environment);
    EXPECT_EQ(run.exitCode, expectedExit) << run.out << run.err;
    return json::parse(run.out, nullptr, false);
  }
  testing::TempFolder dir_;
};

TEST_F(ModelfileTemplateCli, PreviewJsonHasExactlyTheContractKeys) {
  model("权重.gguf", kOpenChat);
  const fs::path file = write("Modelfile", "FROM ./权重.gguf\n");
  const auto plan = runJson({"modelfile", "preview", pathToUtf8(file), "--server-version", "0.29.0", "--json"}, 0);
  const json expected = {{"detected_template", "openchat"},
                         {"renders_with", "detected"},
                         {"needs_template", false},
                         {"capabilities", {"completion"}},
                         {"stop", {"<|end_of_turn|>"}},
                         {"suggested", {{"template", plan["suggested"]["template"]}, {"stop", {"<|end_of_turn|>"}}}},
                         {"warnings", json::array()}};
  EXPECT_EQ(plan, expected);
  EXPECT_NE(plan["suggested"]["template"].get<std::string>().find("GPT4 Correct User: "), std::string::npos);
}

TEST_F(ModelfileTemplateCli, NoTemplateAndAVisionPairOnTwoVersions) {
  model("bare.gguf", std::nullopt);
  testing::tinyProjector().write(folder() / "mmproj.gguf");
  const fs::path file = write("Modelfile", "FROM ./bare.gguf\nFROM ./mmproj.gguf\n");
  for (const char* version : {"0.29.0", "0.33.0"}) {
    const auto plan = runJson({"modelfile", "preview", pathToUtf8(file), "--server-version", version, "--json"}, 0);
    EXPECT_EQ(plan["detected_template"], nullptr);
    EXPECT_EQ(plan["renders_with"], "none");
    EXPECT_EQ(plan["needs_template"], true);
    EXPECT_EQ(plan["capabilities"], (json{"completion", "vision"}));
    EXPECT_EQ(plan["stop"], json::array());
    EXPECT_EQ(plan["suggested"], nullptr);
    EXPECT_GE(plan["warnings"].size(), 1u);
  }
}

TEST_F(ModelfileTemplateCli, AsksTheServerForItsVersionOrSaysItIsNotRunning) {
  model("q.gguf", kQwenTools);
  const fs::path file = write("Modelfile", "FROM ./q.gguf\n");
  for (const auto& [version, rendersWith] :
       std::vector<std::pair<std::string, std::string>>{{"0.29.0", "none"}, {"0.33.0", "gguf"}}) {
    testing::FakeOllama fake({version});
    ASSERT_TRUE(fake.start());
    const auto plan = runJson({"modelfile", "preview", pathToUtf8(file), "--json"}, 0, {{"OLLAMA_HOST", fake.url()}});
    EXPECT_EQ(plan["renders_with"], rendersWith) << version;
    EXPECT_EQ(plan["suggested"]["stop"], (json{"<|im_start|>", "<|im_end|>"}));
  }
  const std::string url = "http://127.0.0.1:" + std::to_string(testing::unusedLoopbackPort());
  auto run = testing::runCli({"modelfile", "preview", pathToUtf8(file)}, {{"OLLAMA_HOST", url}});
  EXPECT_NE(run.exitCode, 0);
  EXPECT_NE(run.err.find("Ollama is not running at " + url), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("--server-version"), std::string::npos) << run.err;
}

TEST_F(ModelfileTemplateCli, FillWritesOnlyWhenNeededUnlessForced) {
  model("q.gguf", kQwenTools);
  const std::string text = "FROM ./q.gguf\nPARAMETER temperature 0.6\n";
  const fs::path file = write("Modelfile", text);

  // 0.33 renders with the GGUF's template: nothing to write.
  auto notNeeded = testing::runCli({"modelfile", "fill", pathToUtf8(file), "--server-version", "0.33.0"});
  EXPECT_EQ(notNeeded.exitCode, 0) << notNeeded.err;
  EXPECT_EQ(notNeeded.out, text);
  EXPECT_NE(notNeeded.err.find("no TEMPLATE needed: Ollama 0.33.0 renders chats with the GGUF's own chat template"),
            std::string::npos)
      << notNeeded.err;
  auto forced = testing::runCli({"modelfile", "fill", pathToUtf8(file), "--server-version", "0.33.0", "--force"});
  EXPECT_EQ(forced.exitCode, 0);
  EXPECT_EQ(forced.out.rfind("FROM ./q.gguf\nPARAMETER temperature 0.6\nTEMPLATE \"\"\"", 0), 0u) << forced.out;
  EXPECT_NE(forced.out.find("\nPARAMETER stop <|im_start|>\nPARAMETER stop <|im_end|>\n"), std::string::npos);
  EXPECT_EQ(read(file), text); // no --write: the file is unchanged

  // 0.29 sends the bare prompt: fill writes, keeping UTF-16LE.
  const fs::path utf16 =
      write("Modelfile.ps1.txt", modelfile::encodeModelfileText(text, modelfile::TextEncoding::Utf16Le));
  auto needed = testing::runCli({"modelfile", "fill", pathToUtf8(utf16), "--server-version", "0.29.0", "--write"});
  EXPECT_EQ(needed.exitCode, 0) << needed.err;
  const auto saved = modelfile::decodeModelfileBytes(read(utf16));
  EXPECT_EQ(saved.encoding, modelfile::TextEncoding::Utf16Le);
  EXPECT_EQ(saved.text.rfind("FROM ./q.gguf\nPARAMETER temperature 0.6\nTEMPLATE \"\"\"", 0), 0u) << saved.text;
  const auto after = runJson({"modelfile", "preview", pathToUtf8(utf16), "--server-version", "0.29.0", "--json"}, 0);
  EXPECT_EQ(after["renders_with"], "modelfile");
  EXPECT_EQ(after["needs_template"], false);
  EXPECT_EQ(after["capabilities"], (json{"completion", "tools"}));
  EXPECT_EQ(after["stop"], (json{"<|im_start|>", "<|im_end|>"}));
}

TEST_F(ModelfileTemplateCli, ParseReadsUtf16LikeOllama) {
  // PowerShell 5: `"FROM ./权重.gguf" > Modelfile` writes UTF-16LE with a BOM.
  const fs::path file = write("Modelfile.ps", "\xFF\xFE"
                                              "F\0R\0O\0M\0 \0.\0/\0\x43\x67\xCD\x91.\0g\0g\0u\0f\0\r\0\n\0"s);
  const auto parsed = runJson({"modelfile", "parse", pathToUtf8(file), "--json"}, 0);
  EXPECT_EQ(parsed, (json{{"ok", true}, {"commands", {{{"instruction", "FROM"}, {"value", "./权重.gguf"}}}}}));
}

TEST_F(ModelfileTemplateCli, UsageAndUnknownFormat) {
  model("x.gguf", "{{ messages | tojson }}");
  const fs::path file = write("Modelfile", "FROM ./x.gguf\n");
  auto unknown = testing::runCli({"modelfile", "fill", pathToUtf8(file), "--server-version", "0.29.0"});
  EXPECT_EQ(unknown.exitCode, 1);
  EXPECT_NE(unknown.err.find("does not recognise"), std::string::npos) << unknown.err;
  EXPECT_EQ(testing::runCli({"modelfile", "preview"}).exitCode, 2);
  auto badVersion = testing::runCli({"modelfile", "preview", pathToUtf8(file), "--server-version", "new"});
  EXPECT_EQ(badVersion.exitCode, 1);
  EXPECT_NE(badVersion.err.find("--server-version needs a version"), std::string::npos);
  auto modelName = testing::runCli(
      {"modelfile", "preview", pathToUtf8(write("M2", "FROM llama3.2\n")), "--server-version", "0.33.0"});
  EXPECT_EQ(modelName.exitCode, 1);
  EXPECT_NE(modelName.err.find("names an Ollama model"), std::string::npos) << modelName.err;
}

} // namespace
} // namespace md
