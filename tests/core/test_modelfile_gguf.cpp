// "Fill from GGUF" for each template family, and FROM lines for dropped GGUFs,
// with fixtures written by the GGUF writer.

#include <gtest/gtest.h>

#include "core/modelfile/gguf_assist.h"
#include "core/modelfile/parser.h"
#include "core/util/paths.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/temp_folder.h"

namespace md::modelfile {
namespace {

namespace fs = std::filesystem;

class ModelfileGguf : public ::testing::Test {
protected:
  fs::path folder() const { return dir_.path() / pathFromUtf8("模型 文件"); }
  fs::path model(const std::string& name, const std::string& chatTemplate) {
    const fs::path path = folder() / pathFromUtf8(name);
    fs::create_directories(path.parent_path());
    auto builder = testing::tinyLlama();
    builder.setString("tokenizer.chat_template", chatTemplate);
    builder.write(path);
    return path;
  }
  testing::TempFolder dir_;
};

TEST_F(ModelfileGguf, FillsTemplateAndStopsForEachFamily) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"<|im_start|>{{ m.role }}", "chatml"},
      {"<|start_header_id|>{{ r }}<|end_header_id|>", "llama3"},
      {"<start_of_turn>user", "gemma"},
      {"[INST] {{ m }} [/INST]", "mistral"},
      {"<|user|>\n{{ m }}<|end|>", "phi3"},
      {"[INST] <<SYS>>{{ s }}<</SYS>>", "llama2"},
      {"USER: {{ m }} ASSISTANT:", "vicuna"},
      {"### Instruction:\n{{ m }}", "alpaca"},
      {"<｜User｜>{{ m }}<｜Assistant｜>", "deepseek"},
  };
  for (const auto& [chatTemplate, id] : cases) {
    model("权重 " + id + ".gguf", chatTemplate);
    const std::string modelfile = "FROM ./权重 " + id + ".gguf\nPARAMETER temperature 0.2\n";
    auto filled = fillTemplateFromGguf(modelfile, folder());
    ASSERT_TRUE(filled.ok()) << id << ": " << filled.error().describe();
    EXPECT_EQ(filled->preset.id, id);
    auto parsed = parseModelfile(filled->text);
    ASSERT_TRUE(parsed.ok()) << parsed.error().describe();
    std::vector<std::string> stops;
    std::string templateText;
    for (const auto& command : parsed->commands) {
      if (command.instruction == Instruction::Template)
        templateText = command.value;
      if (command.name == "stop")
        stops.push_back(command.value);
    }
    EXPECT_EQ(templateText, templatePreset(filled->preset.family).templateText) << id;
    EXPECT_EQ(stops.back(), "</s>") << id; // the EOS token of the fixture joins the preset's stops
    EXPECT_EQ(stops.size(), templatePreset(filled->preset.family).stops.size() + 1) << id;
  }
}

TEST_F(ModelfileGguf, UnknownTemplateLeavesTheTextAlone) {
  model("x.gguf", "{{ messages | tojson }}");
  auto filled = fillTemplateFromGguf("FROM ./x.gguf\n", folder());
  ASSERT_FALSE(filled.ok());
  EXPECT_EQ(filled.error().code, ErrorCode::Unsupported);
  EXPECT_FALSE(fillTemplateFromGguf("FROM llama3.2\n", folder()).ok()); // no file to read
}

TEST_F(ModelfileGguf, SkipsTheProjectorAndAddsCommentedFromLines) {
  const fs::path weights = model("x.gguf", "<start_of_turn>");
  const fs::path projector = folder() / "mmproj.gguf";
  testing::tinyProjector().write(projector);
  auto filled = fillTemplateFromGguf("FROM ./mmproj.gguf\nFROM ./x.gguf\n", folder());
  ASSERT_TRUE(filled.ok()) << filled.error().describe();
  EXPECT_EQ(filled->source, weights);

  auto classified = classifyGgufs({weights, projector});
  ASSERT_TRUE(classified.ok()) << classified.error().describe();
  EXPECT_FALSE((*classified)[0].projector);
  EXPECT_TRUE((*classified)[1].projector);
  const std::string text = addFromLines("# mine\nSYSTEM hi", *classified, folder());
  EXPECT_EQ(text, "FROM ./x.gguf\n# Vision projector (mmproj) for the model above: Ollama adds it as the projector "
                  "layer\nFROM ./mmproj.gguf\n# mine\nSYSTEM hi");
  EXPECT_EQ(addFromLines("FROM a\nSYSTEM hi\n", {{weights, false}}, {}),
            "FROM a\nFROM " + pathToUtf8(weights) + "\nSYSTEM hi\n");
  EXPECT_FALSE(classifyGgufs({folder() / "missing.gguf"}).ok());

  const fs::path lora = folder() / "lora.gguf";
  testing::GgufBuilder()
      .setString("general.architecture", "llama")
      .setString("general.type", "adapter")
      .setString("adapter.type", "lora")
      .tensor("blk.0.attn_q.weight.lora_a", {64, 8})
      .write(lora);
  auto withAdapter = classifyGgufs({weights, lora});
  ASSERT_TRUE(withAdapter.ok()) << withAdapter.error().describe();
  EXPECT_TRUE((*withAdapter)[1].adapter);
  EXPECT_EQ(addFromLines("", *withAdapter, folder()),
            "FROM ./x.gguf\n# LoRA adapter applied on top of the model\nADAPTER ./lora.gguf\n");
}

} // namespace
} // namespace md::modelfile
