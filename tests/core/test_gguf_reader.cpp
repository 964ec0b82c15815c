// The GGUF reader on well-formed files: every value type, versions 1–3, both
// byte orders, nested and empty arrays, alignment, tensor sizes and
// completeness, all checked through files written by core's writer.

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

#include "core/gguf/reader.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/temp_folder.h"

namespace md {
namespace {

using gguf::Value;
using gguf::ValueType;
using testing::GgufBuilder;

GgufBuilder everyValueType() {
  GgufBuilder b;
  b.set("t.u8", Value::unsignedInt(ValueType::Uint8, 200))
      .set("t.i8", Value::signedInt(ValueType::Int8, -100))
      .set("t.u16", Value::unsignedInt(ValueType::Uint16, 60000))
      .set("t.i16", Value::signedInt(ValueType::Int16, -30000))
      .set("t.u32", Value::unsignedInt(ValueType::Uint32, 4000000000u))
      .set("t.i32", Value::signedInt(ValueType::Int32, -2000000000))
      .set("t.f32", Value::floating(ValueType::Float32, 0.5))
      .set("t.bool", Value::boolean(true))
      .set("t.string", Value::string("héllo 模型"))
      .set("t.u64", Value::unsignedInt(ValueType::Uint64, 18000000000000000000ull))
      .set("t.i64", Value::signedInt(ValueType::Int64, -9000000000000000000ll))
      .set("t.f64", Value::floating(ValueType::Float64, 3.25))
      .set("t.strings", Value::strings({"a", "", "ccc"}))
      .set("t.empty", Value::array(ValueType::Int32, {}))
      .set("t.nested", Value::array(ValueType::Array, {Value::int32s({1, 2}), Value::int32s({3})}));
  b.tensor("a", {32, 2}, 0).tensor("b", {256, 3}, 12).tensor("c", {64}, 1);
  return b;
}

void expectEveryValue(const gguf::GgufFile& file) {
  EXPECT_EQ(file.find("t.u8")->asUnsigned(), 200u);
  EXPECT_EQ(file.find("t.i8")->asSigned(), -100);
  EXPECT_EQ(file.find("t.u16")->asUnsigned(), 60000u);
  EXPECT_EQ(file.find("t.i16")->asSigned(), -30000);
  EXPECT_EQ(file.find("t.u32")->asUnsigned(), 4000000000u);
  EXPECT_EQ(file.find("t.i32")->asSigned(), -2000000000);
  EXPECT_EQ(file.find("t.f32")->asNumber(), 0.5);
  EXPECT_EQ(file.find("t.bool")->asBool(), true);
  EXPECT_EQ(*file.find("t.string")->asString(), "héllo 模型");
  EXPECT_EQ(file.find("t.u64")->asUnsigned(), 18000000000000000000ull);
  EXPECT_EQ(file.find("t.i64")->asSigned(), -9000000000000000000ll);
  EXPECT_EQ(file.find("t.f64")->asNumber(), 3.25);
  const auto& strings = *file.find("t.strings")->asArray();
  ASSERT_EQ(strings.size(), 3u);
  EXPECT_EQ(*strings[2].asString(), "ccc");
  EXPECT_EQ(*strings[1].asString(), "");
  EXPECT_TRUE(file.find("t.empty")->asArray()->empty());
  EXPECT_EQ(file.find("t.empty")->elementType, ValueType::Int32);
  const auto& nested = *file.find("t.nested")->asArray();
  ASSERT_EQ(nested.size(), 2u);
  EXPECT_EQ((*nested[0].asArray())[1].asSigned(), 2);
  ASSERT_EQ(file.tensors.size(), 3u);
  EXPECT_EQ(file.tensors[1].name, "b");
  EXPECT_EQ(file.tensors[1].type, 12u);
  EXPECT_EQ(file.tensors[1].size, 3u * 144u); // 3 blocks of Q4_K
  EXPECT_EQ(file.tensors[0].size, 32u * 2u * 4u);
  EXPECT_EQ(file.tensors[2].size, 128u);
  EXPECT_EQ(file.tensors[1].offset, 256u);        // PAD(256, 32)
  EXPECT_EQ(file.tensors[2].offset, 256u + 448u); // PAD(432, 32) = 448
}

class ReaderVersions : public ::testing::TestWithParam<std::tuple<std::uint32_t, bool>> {};

TEST_P(ReaderVersions, ReadsEveryValueTypeBack) {
  auto [version, bigEndian] = GetParam();
  testing::TempFolder dir;
  auto builder = everyValueType();
  builder.options({version, bigEndian});
  auto path = dir.path() / "every type.gguf";
  builder.write(path);
  auto file = gguf::readGguf(path);
  ASSERT_TRUE(file) << file.error().describe();
  EXPECT_EQ(file->version, version);
  EXPECT_EQ(file->bigEndian, bigEndian);
  expectEveryValue(*file);
  EXPECT_TRUE(file->complete);
  EXPECT_EQ(file->expectedFileSize, std::filesystem::file_size(path));
  EXPECT_EQ(file->dataOffset % 32, 0u);
}

INSTANTIATE_TEST_SUITE_P(AllVersionsAndByteOrders, ReaderVersions,
                         ::testing::Combine(::testing::Values(1u, 2u, 3u), ::testing::Bool()));

TEST(GgufReader, HonoursACustomAlignment) {
  auto builder = everyValueType();
  builder.setU32("general.alignment", 64);
  auto bytes = builder.bytes();
  auto file = gguf::parseGguf(bytes);
  ASSERT_TRUE(file) << file.error().describe();
  EXPECT_EQ(file->alignment, 64u);
  EXPECT_EQ(file->dataOffset % 64, 0u);
  EXPECT_EQ(file->tensors[1].offset, 256u);
  EXPECT_EQ(file->tensors[2].offset, 256u + 448u);
  EXPECT_EQ(file->expectedFileSize, bytes.size());
}

TEST(GgufReader, ATruncatedDownloadIsIncompleteNotAnError) {
  testing::TempFolder dir;
  auto builder = testing::tinyLlama();
  auto full = builder.layout().fileSize;
  auto path = dir.path() / "cut.gguf";
  builder.write(path, full - 5000);
  auto file = gguf::readGguf(path);
  ASSERT_TRUE(file) << file.error().describe();
  EXPECT_FALSE(file->complete);
  EXPECT_EQ(file->expectedFileSize, full);
  EXPECT_EQ(file->fileSize, full - 5000);
  EXPECT_EQ(file->missingBytes, file->dataEnd - (full - 5000));
  EXPECT_GE(file->missingBytes, 5000u - 32u);
}

TEST(GgufReader, ComputesTensorSizesForEveryKnownType) {
  for (std::uint32_t id = 0; id < 64; ++id) {
    const auto* info = gguf::tensorTypeInfo(id);
    if (!info)
      continue;
    GgufBuilder b;
    b.tensor("x", {static_cast<std::int64_t>(info->blockSize) * 4, 3}, id);
    auto file = gguf::parseGguf(b.bytes());
    ASSERT_TRUE(file) << info->name << ": " << file.error().describe();
    EXPECT_EQ(file->tensors[0].size, 12u * info->bytesPerBlock) << info->name;
  }
  // The table of ../shared/DESIGN.md §2, written out independently of kTensorTypes.
  struct Row {
    std::uint32_t id;
    const char* name;
    std::uint32_t block;
    std::uint32_t bytes;
  };
  const Row design[] = {
      {0, "F32", 1, 4},         {1, "F16", 1, 2},         {2, "Q4_0", 32, 18},      {3, "Q4_1", 32, 20},
      {6, "Q5_0", 32, 22},      {7, "Q5_1", 32, 24},      {8, "Q8_0", 32, 34},      {9, "Q8_1", 32, 36},
      {10, "Q2_K", 256, 84},    {11, "Q3_K", 256, 110},   {12, "Q4_K", 256, 144},   {13, "Q5_K", 256, 176},
      {14, "Q6_K", 256, 210},   {15, "Q8_K", 256, 292},   {16, "IQ2_XXS", 256, 66}, {17, "IQ2_XS", 256, 74},
      {18, "IQ3_XXS", 256, 98}, {19, "IQ1_S", 256, 50},   {20, "IQ4_NL", 32, 18},   {21, "IQ3_S", 256, 110},
      {22, "IQ2_S", 256, 82},   {23, "IQ4_XS", 256, 136}, {24, "I8", 1, 1},         {25, "I16", 1, 2},
      {26, "I32", 1, 4},        {27, "I64", 1, 8},        {28, "F64", 1, 8},        {29, "IQ1_M", 256, 56},
      {30, "BF16", 1, 2},       {34, "TQ1_0", 256, 54},   {35, "TQ2_0", 256, 66},   {39, "MXFP4", 32, 17},
  };
  std::size_t known = 0;
  for (std::uint32_t id = 0; id < 64; ++id)
    known += gguf::tensorTypeInfo(id) != nullptr;
  EXPECT_EQ(known, std::size(design));
  for (const Row& row : design) {
    const auto* info = gguf::tensorTypeInfo(row.id);
    ASSERT_NE(info, nullptr) << row.name;
    EXPECT_STREQ(info->name, row.name);
    EXPECT_EQ(info->blockSize, row.block) << row.name;
    EXPECT_EQ(info->bytesPerBlock, row.bytes) << row.name;
  }
  for (std::uint32_t removed : {4u, 5u, 31u, 32u, 33u, 36u, 37u, 38u})
    EXPECT_EQ(gguf::tensorTypeInfo(removed), nullptr) << removed;
  EXPECT_STREQ(gguf::tensorTypeInfo(39)->name, "MXFP4");
  EXPECT_EQ(gguf::tensorTypeInfo(14)->bytesPerBlock, 210u);
}

TEST(GgufReader, ReadsAHugeVocabularyFromAFile) {
  testing::TempFolder dir;
  auto path = dir.path() / "模型 文件" / "vocab.gguf";
  std::filesystem::create_directories(path.parent_path());
  testing::bigVocabulary(150000, 300).write(path);
  auto file = gguf::readGguf(path);
  ASSERT_TRUE(file) << file.error().describe();
  EXPECT_EQ(file->find("tokenizer.ggml.tokens")->asArray()->size(), 150000u);
  EXPECT_EQ(*file->find("tokenizer.ggml.tokens")->asArray()->back().asString(), "\xc4\xa0token_149999");
  EXPECT_EQ(file->tensors.size(), 300u);
  EXPECT_TRUE(file->complete);
}

TEST(GgufReader, ReportsAMissingFileAsAnIoError) {
  auto file = gguf::readGguf("/nonexistent/模型.gguf");
  ASSERT_FALSE(file);
  EXPECT_NE(file.error().code, ErrorCode::Malformed);
}

} // namespace
} // namespace md
