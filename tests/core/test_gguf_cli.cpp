// `modeldesk-cli gguf info`: the exact --json schema other tools parse, the
// human table, and errors as JSON with the byte offset.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/support/child_process.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/temp_folder.h"

namespace md {
namespace {

std::set<std::string> keysOf(const nlohmann::json& object) {
  std::set<std::string> keys;
  for (const auto& [key, value] : object.items())
    keys.insert(key);
  return keys;
}

TEST(GgufCli, JsonFollowsTheSchemaExactly) {
  testing::TempFolder dir;
  auto path = dir.path() / "张三" / "模型 文件" / "x.gguf";
  std::filesystem::create_directories(path.parent_path());
  testing::tinyLlama("Tiny").write(path);
  auto run = testing::runCli({"gguf", "info", path.string(), "--json"});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  auto doc = nlohmann::json::parse(run.out);
  EXPECT_EQ(keysOf(doc), (std::set<std::string>{"path", "file_size", "version", "endianness", "alignment",
                                                "tensor_count", "kv_count", "data_offset", "expected_file_size",
                                                "complete", "metadata", "tensors", "summary"}));
  EXPECT_EQ(doc["path"], path.string());
  EXPECT_EQ(doc["file_size"], std::filesystem::file_size(path));
  EXPECT_EQ(doc["expected_file_size"], std::filesystem::file_size(path));
  EXPECT_EQ(doc["version"], 3);
  EXPECT_EQ(doc["endianness"], "little");
  EXPECT_EQ(doc["alignment"], 32);
  EXPECT_EQ(doc["complete"], true);
  EXPECT_EQ(doc["data_offset"].get<std::uint64_t>() % 32, 0u);

  const auto& metadata = doc["metadata"];
  EXPECT_EQ(metadata.size(), doc["kv_count"].get<std::size_t>());
  EXPECT_EQ(metadata["general.architecture"], (nlohmann::json{{"type", "string"}, {"value", "llama"}}));
  EXPECT_EQ(metadata["llama.block_count"], (nlohmann::json{{"type", "uint32"}, {"value", 2}}));
  EXPECT_EQ(metadata["llama.attention.layer_norm_rms_epsilon"]["type"], "float32");
  const auto& tokens = metadata["tokenizer.ggml.tokens"];
  EXPECT_EQ(keysOf(tokens), (std::set<std::string>{"type", "element_type", "count", "value"}));
  EXPECT_EQ(tokens["type"], "array");
  EXPECT_EQ(tokens["element_type"], "string");
  EXPECT_EQ(tokens["count"], tokens["value"].size());
  EXPECT_EQ(tokens["value"][1], "<s>");

  const auto& tensors = doc["tensors"];
  ASSERT_EQ(tensors.size(), doc["tensor_count"].get<std::size_t>());
  EXPECT_EQ(keysOf(tensors[0]), (std::set<std::string>{"name", "type", "shape", "offset", "size"}));
  EXPECT_EQ(tensors[0]["name"], "token_embd.weight");
  EXPECT_EQ(tensors[0]["type"], "F32");
  EXPECT_EQ(tensors[0]["shape"], (nlohmann::json{64, 268}));
  EXPECT_EQ(tensors[0]["offset"], 0);
  EXPECT_EQ(tensors[0]["size"], 64 * 268 * 4);

  const auto& summary = doc["summary"];
  EXPECT_EQ(keysOf(summary), (std::set<std::string>{"architecture", "name", "role", "parameter_count", "split"}));
  EXPECT_EQ(summary["architecture"], "llama");
  EXPECT_EQ(summary["name"], "Tiny");
  EXPECT_EQ(summary["role"], "model");
  EXPECT_TRUE(summary["split"].is_null());
  EXPECT_GT(summary["parameter_count"].get<std::uint64_t>(), 0u);
}

TEST(GgufCli, JsonSummaryOfAShardHasItsSplitKeys) {
  testing::TempFolder dir;
  testing::GgufBuilder b;
  b.set("split.no", gguf::Value::unsignedInt(gguf::ValueType::Uint16, 0));
  b.set("split.count", gguf::Value::unsignedInt(gguf::ValueType::Uint16, 2));
  b.set("split.tensors.count", gguf::Value::signedInt(gguf::ValueType::Int32, 5));
  b.tensor("x", {32}, 0);
  auto path = dir.path() / "m-00001-of-00002.gguf";
  b.write(path);
  auto run = testing::runCli({"gguf", "info", "--json", path.string()});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  auto summary = nlohmann::json::parse(run.out)["summary"];
  EXPECT_EQ(summary["role"], "shard");
  EXPECT_EQ(summary["split"], (nlohmann::json{{"no", 0}, {"count", 2}, {"tensors_count", 5}}));
}

TEST(GgufCli, JsonSummaryWithoutArchitectureOrNameHasNulls) {
  testing::TempFolder dir;
  testing::GgufBuilder b;
  b.tensor("x", {32}, 0);
  auto path = dir.path() / "bare.gguf";
  b.write(path);
  auto run = testing::runCli({"gguf", "info", "--json", path.string()});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  auto summary = nlohmann::json::parse(run.out)["summary"];
  EXPECT_TRUE(summary["architecture"].is_null()) << summary;
  EXPECT_TRUE(summary["name"].is_null()) << summary;
}

TEST(GgufCli, ErrorsAreJsonWithTheOffset) {
  testing::TempFolder dir;
  auto bytes = testing::tinyProjector().bytes();
  bytes[0] = std::byte{'X'};
  testing::writeAll(dir.path() / "bad.gguf", bytes);
  auto run = testing::runCli({"gguf", "info", (dir.path() / "bad.gguf").string(), "--json"});
  EXPECT_NE(run.exitCode, 0);
  auto doc = nlohmann::json::parse(run.out);
  EXPECT_EQ(keysOf(doc), (std::set<std::string>{"error"}));
  EXPECT_EQ(doc["error"]["offset"], 0);
  EXPECT_NE(doc["error"]["message"].get<std::string>().find("bad.gguf is not a GGUF file (it starts with 'XGUF'"),
            std::string::npos)
      << run.out;

  auto missing = testing::runCli({"gguf", "info", (dir.path() / "none.gguf").string(), "--json"});
  EXPECT_NE(missing.exitCode, 0);
  EXPECT_TRUE(nlohmann::json::parse(missing.out)["error"]["offset"].is_null());
}

// What a download left instead of the model is named as `merge` names it,
// not as the bytes it starts with.
TEST(GgufCli, NamesWhatADownloadLeftInsteadOfAModel) {
  testing::TempFolder dir;
  testing::writeText(dir.path() / "lfs.gguf", "version https://git-lfs.github.com/spec/v1\noid sha256:0123\nsize 42\n");
  testing::writeText(dir.path() / "page.gguf", "\n<!DOCTYPE html>\n<html><body>Sign in</body></html>\n");
  testing::writeText(dir.path() / "empty.gguf", "");
  const std::pair<const char*, const char*> cases[] = {
      {"lfs.gguf", "lfs.gguf is a Git LFS pointer, not the model: download the real file (git lfs pull)"},
      {"page.gguf", "page.gguf is a web page, not a GGUF file"},
      {"empty.gguf", "empty.gguf is empty: an interrupted download, or a placeholder"},
  };
  for (const auto& [name, expected] : cases) {
    auto human = testing::runCli({"gguf", "info", (dir.path() / name).string()});
    EXPECT_NE(human.exitCode, 0);
    EXPECT_NE(human.err.find(expected), std::string::npos) << human.err;
    auto doc = testing::runCli({"gguf", "info", (dir.path() / name).string(), "--json"});
    EXPECT_NE(doc.exitCode, 0);
    auto error = nlohmann::json::parse(doc.out)["error"];
    EXPECT_NE(error["message"].get<std::string>().find(expected), std::string::npos) << doc.out;
    EXPECT_EQ(error["offset"], 0);
    // classify names it the same way, and says no reason it does not have.
    auto plan = nlohmann::json::parse(testing::runCli({"classify", (dir.path() / name).string(), "--json"}).out);
    EXPECT_EQ(plan["files"][0]["problem"].get<std::string>().rfind(expected, 0), 0u) << plan.dump();
    EXPECT_EQ(plan["files"][0]["reason"], "") << plan.dump();
    auto text = testing::runCli({"classify", (dir.path() / name).string()});
    EXPECT_EQ(text.out.find("%1"), std::string::npos) << text.out;
  }
}

TEST(GgufCli, HumanOutputIsATable) {
  testing::TempFolder dir;
  auto path = dir.path() / "tiny.gguf";
  testing::tinyLlama().write(path);
  auto run = testing::runCli({"gguf", "info", path.string(), "--tensors"});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  EXPECT_NE(run.out.find("general.architecture"), std::string::npos);
  EXPECT_NE(run.out.find("[268 strings: \"<unk>\""), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("blk.1.ffn_down.weight"), std::string::npos);
  EXPECT_NE(run.out.find("Role:          model"), std::string::npos);
  auto brief = testing::runCli({"gguf", "info", path.string()});
  EXPECT_EQ(brief.out.find("blk.1.ffn_down.weight"), std::string::npos);
  EXPECT_EQ(testing::runCli({"gguf", "info"}).exitCode, 2);
}

} // namespace
} // namespace md
