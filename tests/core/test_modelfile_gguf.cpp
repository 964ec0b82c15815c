// FROM lines for dropped GGUFs (models, projectors, adapters),
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

TEST_F(ModelfileGguf, TellsTheProjectorAndAddsCommentedFromLines) {
  const fs::path weights = model("x.gguf", "<start_of_turn>");
  const fs::path projector = folder() / "mmproj.gguf";
  testing::tinyProjector().write(projector);

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
