// The summary a person reads: role, parameters, quantization mix, context,
// tokens and a memory estimate; and the names of split files.

#include <gtest/gtest.h>

#include "core/gguf/reader.h"
#include "core/gguf/split_names.h"
#include "core/gguf/summary.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/temp_folder.h"

namespace md {
namespace {

using gguf::Role;
using testing::GgufBuilder;

gguf::Summary summaryOf(const GgufBuilder& builder) {
  auto file = gguf::parseGguf(builder.bytes());
  EXPECT_TRUE(file) << file.error().describe();
  return gguf::summarize(*file);
}

TEST(GgufSummary, DescribesATinyLlama) {
  auto s = summaryOf(testing::tinyLlama("Tiny"));
  EXPECT_EQ(s.role, Role::Model);
  EXPECT_EQ(s.architecture, "llama");
  EXPECT_EQ(s.name, "Tiny");
  EXPECT_EQ(s.fileType, "F32");
  EXPECT_EQ(s.contextLength, 256u);
  EXPECT_EQ(s.embeddingLength, 64u);
  EXPECT_EQ(s.blockCount, 2u);
  EXPECT_EQ(s.headCount, 4u);
  EXPECT_EQ(s.headCountKv, 4u);
  EXPECT_EQ(s.headDim, 16u);
  EXPECT_EQ(s.bosToken, "<s>");
  EXPECT_EQ(s.eosToken, "</s>");
  EXPECT_NE(s.chatTemplate.find("<|im_start|>"), std::string::npos);
  // 268 tokens × 64 × 2 (embeddings and output) + 64 + 2 × (2×64 + 4×64² + 3×64×128)
  std::uint64_t expected = 268ull * 64 * 2 + 64 + 2 * (2 * 64 + 4 * 64 * 64 + 3 * 64 * 128);
  EXPECT_EQ(s.parameterCount, expected);
  ASSERT_EQ(s.typeMix.size(), 1u);
  EXPECT_EQ(s.typeMix[0].name, "F32");
  EXPECT_DOUBLE_EQ(s.typeMix[0].fraction, 1.0);
}

TEST(GgufSummary, QuantMixIsSortedByBytes) {
  GgufBuilder b;
  b.setString("general.architecture", "llama").setU32("general.file_type", 15);
  b.tensor("a", {256, 10}, 12).tensor("b", {256, 2}, 14).tensor("c", {256}, 0);
  auto s = summaryOf(b);
  ASSERT_EQ(s.typeMix.size(), 3u);
  EXPECT_EQ(s.typeMix[0].name, "Q4_K"); // 10 × 144 = 1440
  EXPECT_EQ(s.typeMix[1].name, "F32");  // 1024
  EXPECT_EQ(s.typeMix[2].name, "Q6_K"); // 2 × 210 = 420
  EXPECT_NEAR(s.typeMix[0].fraction, 1440.0 / 2884.0, 1e-9);
  EXPECT_EQ(s.fileType, "Q4_K_M");
  EXPECT_EQ(s.tensorBytes, 2884u);
}

TEST(GgufSummary, RecognisesProjectorsByEachOfOllamasRules) {
  EXPECT_EQ(summaryOf(testing::tinyProjector()).role, Role::Projector);
  EXPECT_TRUE(summaryOf(testing::tinyProjector()).hasVision);

  GgufBuilder byType;
  byType.setString("general.architecture", "whatever").setString("general.type", "projector");
  byType.tensor("x", {32}, 0);
  EXPECT_EQ(summaryOf(byType).role, Role::Projector);

  GgufBuilder byBlocks;
  byBlocks.setString("general.architecture", "gemma3").setU32("gemma3.block_count", 0);
  byBlocks.setU32("gemma3.vision.block_count", 27).tensor("v.x", {32}, 0);
  EXPECT_EQ(summaryOf(byBlocks).role, Role::Projector);

  GgufBuilder audio;
  audio.setString("general.architecture", "clip").set("clip.has_audio_encoder", gguf::Value::boolean(true));
  audio.tensor("a.x", {32}, 0);
  auto s = summaryOf(audio);
  EXPECT_EQ(s.role, Role::Projector);
  EXPECT_TRUE(s.hasAudio);
  EXPECT_FALSE(s.hasVision);
}

TEST(GgufSummary, RecognisesAdaptersAndShards) {
  GgufBuilder adapter;
  adapter.setString("general.architecture", "llama").setString("general.type", "adapter").tensor("x", {32}, 0);
  EXPECT_EQ(summaryOf(adapter).role, Role::Adapter);

  GgufBuilder shard;
  shard.set("split.no", gguf::Value::unsignedInt(gguf::ValueType::Uint16, 1));
  shard.set("split.count", gguf::Value::unsignedInt(gguf::ValueType::Uint16, 3));
  shard.set("split.tensors.count", gguf::Value::signedInt(gguf::ValueType::Int32, 30));
  shard.tensor("x", {32}, 0);
  auto s = summaryOf(shard);
  EXPECT_EQ(s.role, Role::Shard);
  ASSERT_TRUE(s.split);
  EXPECT_EQ(s.split->number, 2);
  EXPECT_EQ(s.split->count, 3);
  EXPECT_EQ(s.split->tensorsCount, 30);

  GgufBuilder empty;
  EXPECT_EQ(summaryOf(empty).role, Role::Unknown);
}

TEST(GgufSummary, AFirstByteSplitPartIsAPartAndATruncatedModelIsIncomplete) {
  testing::TempFolder dir;
  auto builder = testing::tinyLlama();
  auto half = builder.layout().fileSize / 2;
  builder.write(dir.path() / "model.gguf.part1of2", half);
  builder.write(dir.path() / "model.gguf", half);
  auto part = gguf::summarize(*gguf::readGguf(dir.path() / "model.gguf.part1of2"));
  EXPECT_EQ(part.role, Role::Part);
  EXPECT_FALSE(part.complete);
  auto truncated = gguf::summarize(*gguf::readGguf(dir.path() / "model.gguf"));
  EXPECT_EQ(truncated.role, Role::Model);
  EXPECT_FALSE(truncated.complete);
  EXPECT_GT(truncated.missingBytes, 0u);
}

TEST(GgufSummary, MemoryEstimateAddsAnF16KvCache) {
  auto s = summaryOf(testing::bigVocabulary(10, 3));
  // qwen2-7B-like: 28 layers, 4 KV heads, head dim 3584 / 28 = 128
  auto estimate = gguf::estimateMemory(s, 8192);
  EXPECT_EQ(estimate.kvCache, 2ull * 28 * 8192 * 4 * 128 * 2);
  EXPECT_EQ(estimate.weights, s.tensorBytes);
  EXPECT_EQ(gguf::estimateMemory(s, 16384).kvCache, 2 * estimate.kvCache);
}

TEST(GgufSummary, FormatsParameterCounts) {
  EXPECT_EQ(gguf::formatParameterCount(7'615'616'512ull), "7.6B");
  EXPECT_EQ(gguf::formatParameterCount(135'000'000ull), "135M");
  EXPECT_EQ(gguf::formatParameterCount(999), "999");
}

TEST(SplitNames, ParsesLlamaCppShardNames) {
  auto shard = gguf::parseShardName("Qwen2.5-7B-Instruct-Q4_K_M-00002-of-00003.gguf");
  ASSERT_TRUE(shard);
  EXPECT_EQ(shard->prefix, "Qwen2.5-7B-Instruct-Q4_K_M");
  EXPECT_EQ(shard->number, 2);
  EXPECT_EQ(shard->count, 3);
  EXPECT_FALSE(gguf::parseShardName("model-2-of-3.gguf"));
  EXPECT_EQ(gguf::shardFileName("m", 1, 12), "m-00001-of-00012.gguf");
}

TEST(SplitNames, ParsesEveryByteSplitStyle) {
  struct Case {
    const char* name;
    const char* joined;
    int index;
    std::optional<int> count;
  } cases[] = {
      {"x.gguf.a", "x.gguf", 1, std::nullopt},
      {"x.gguf.b", "x.gguf", 2, std::nullopt},
      {"x.gguf.ab", "x.gguf", 2, std::nullopt},
      {"x.gguf-split-c", "x.gguf", 3, std::nullopt},
      {"x.gguf.part2of3", "x.gguf", 2, 3},
      {"x-chunk-001-of-018.gguf", "x.gguf", 1, 18},
      {"模型 文件.gguf.00", "模型 文件.gguf", 1, std::nullopt},
      {"x.gguf.002", "x.gguf", 2, std::nullopt},
  };
  for (const auto& c : cases) {
    auto part = gguf::parsePartName(c.name);
    ASSERT_TRUE(part) << c.name;
    EXPECT_EQ(part->joinedName, c.joined) << c.name;
    EXPECT_EQ(part->index, c.index) << c.name;
    EXPECT_EQ(part->count, c.count) << c.name;
  }
  EXPECT_EQ(gguf::partSuffix(*gguf::parsePartName("x.gguf.a"), 2), "b");
  EXPECT_EQ(gguf::partSuffix(*gguf::parsePartName("x.gguf.aa"), 27), "ba");
  EXPECT_EQ(gguf::partSuffix(*gguf::parsePartName("x.gguf.00"), 3), "02");
  EXPECT_EQ(gguf::partSuffix(*gguf::parsePartName("x.gguf.part1of3"), 3), "part3of3");
  EXPECT_EQ(gguf::partSuffix(*gguf::parsePartName("x-chunk-001-of-018.gguf"), 12), "012");
  EXPECT_FALSE(gguf::parsePartName("x.gguf"));
  EXPECT_FALSE(gguf::parsePartName("x.gguf.part3of2"));
  EXPECT_FALSE(gguf::parsePartName("model-00001-of-00002.gguf"));
}

} // namespace
} // namespace md
