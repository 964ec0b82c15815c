// Each split refusal is a message code with its arguments (so the UI can say
// it in the reader's language), and the CLI still prints the same English,
// as text and in --json.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/gguf/reader.h"
#include "core/merge/merge_engine.h"
#include "core/merge/split_model.h"
#include "core/util/paths.h"
#include "tests/support/child_process.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/temp_folder.h"

namespace md {
namespace {

namespace fs = std::filesystem;

class SplitRefusalTest : public ::testing::Test {
protected:
  testing::TempFolder dir;
  fs::path folder() const { return dir.path() / "模型 文件"; }
  void SetUp() override { fs::create_directories(folder()); }

  Error refusal(const fs::path& input, merge::SplitOptions options) {
    ProgressReporter progress;
    auto result = merge::splitModel(input, folder() / "out", options, progress);
    EXPECT_FALSE(result);
    return result ? Error{} : result.error();
  }
  // A shard of tinyLlama, as llama.cpp's gguf-split would write it.
  fs::path writeShard() {
    merge::SplitOptions options;
    options.maxTensors = 6;
    testing::tinyLlama().write(folder() / "m.gguf");
    ProgressReporter progress;
    auto split = merge::splitModel(folder() / "m.gguf", folder() / "m", options, progress);
    EXPECT_TRUE(split) << split.error().describe();
    return split ? split->shards.at(1) : fs::path();
  }
  static std::vector<std::string> argumentTexts(const Message& message) {
    std::vector<std::string> texts;
    for (const auto& arg : message.args)
      texts.push_back(arg.text);
    return texts;
  }
};

TEST_F(SplitRefusalTest, AShardIsAlreadyAShard) {
  const fs::path shard = writeShard();
  merge::SplitOptions options;
  options.maxTensors = 2;
  const Error error = refusal(shard, options);
  EXPECT_EQ(error.code, ErrorCode::Invalid);
  EXPECT_EQ(error.text.id, MessageId::AlreadyAShard);
  EXPECT_EQ(argumentTexts(error.text), std::vector<std::string>{pathToUtf8(shard.filename())});
  EXPECT_EQ(error.message, pathToUtf8(shard.filename()) + " is already a shard");
}

TEST_F(SplitRefusalTest, NoLimitIsRefusedWithItsOwnCode) {
  testing::tinyLlama().write(folder() / "m.gguf");
  const Error error = refusal(folder() / "m.gguf", {});
  EXPECT_EQ(error.text.id, MessageId::SplitNeedsLimit);
  EXPECT_TRUE(error.text.args.empty());
  EXPECT_EQ(error.message, "Give a maximum size or a maximum tensor count per shard");
}

TEST_F(SplitRefusalTest, MoreShardsThanSplitCountHoldsAreRefused) {
  testing::bigVocabulary(4, 65536).write(folder() / "many.gguf");
  merge::SplitOptions options;
  options.maxTensors = 1;
  const Error error = refusal(folder() / "many.gguf", options);
  EXPECT_EQ(error.text.id, MessageId::TooManyShards);
  EXPECT_EQ(argumentTexts(error.text), std::vector<std::string>{"65535"});
  EXPECT_EQ(error.message, "That would make more than 65535 shards");
  EXPECT_FALSE(fs::exists(folder() / "out-00001-of-65536.gguf"));
}

TEST_F(SplitRefusalTest, AnIncompleteFileSaysHowMuchIsMissingAsASize) {
  const auto builder = testing::tinyLlama();
  const auto size = builder.bytes().size();
  builder.write(folder() / "cut.gguf", size - 4096);
  merge::SplitOptions options;
  options.maxTensors = 2;
  const Error error = refusal(folder() / "cut.gguf", options);
  EXPECT_EQ(error.text.id, MessageId::Incomplete);
  ASSERT_EQ(error.text.args.size(), 2u);
  EXPECT_EQ(error.text.args[0].text, "cut.gguf");
  EXPECT_EQ(error.text.args[1].byteCount, std::optional<std::uint64_t>(4096));
  EXPECT_EQ(error.message, "cut.gguf is incomplete: " + formatBytes(4096) + " missing");
}

TEST_F(SplitRefusalTest, TheCliPrintsTheSameEnglishAsTextAndJson) {
  const fs::path shard = writeShard();
  const std::string name = pathToUtf8(shard.filename());
  auto text = testing::runCli({"split", "--max-tensors", "2", shard.string(), (folder() / "again").string()});
  EXPECT_NE(text.exitCode, 0);
  EXPECT_NE(text.err.find("modeldesk-cli: " + name + " is already a shard"), std::string::npos) << text.err;
  auto json = testing::runCli({"split", "--json", "--max-tensors", "2", shard.string(), (folder() / "again").string()});
  EXPECT_NE(json.exitCode, 0);
  const auto body = nlohmann::json::parse(json.out, nullptr, false);
  ASSERT_TRUE(body.is_object()) << json.out;
  EXPECT_EQ(body["error"]["message"], name + " is already a shard");
  EXPECT_EQ(body["error"]["code"], "invalid");
}

} // namespace
} // namespace md
