// Every malformed GGUF gives a Malformed error with a clear message and the
// byte offset of the bad field. Files are valid ones with one field patched.

#include <gtest/gtest.h>

#include <cstring>

#include "core/gguf/json_export.h"
#include "core/gguf/reader.h"
#include "tests/support/gguf_builder.h"

namespace md {
namespace {

using testing::GgufBuilder;

template <class T> void patch(std::vector<std::byte>& bytes, std::size_t at, T value) {
  ASSERT_LE(at + sizeof(T), bytes.size());
  std::memcpy(bytes.data() + at, &value, sizeof(T));
}

void expectMalformed(const std::vector<std::byte>& bytes, std::uint64_t offset, const std::string& fragment,
                     ErrorCode code = ErrorCode::Malformed) {
  auto file = gguf::parseGguf(bytes);
  ASSERT_FALSE(file) << "expected an error mentioning: " << fragment;
  EXPECT_EQ(file.error().code, code);
  EXPECT_NE(file.error().message.find(fragment), std::string::npos) << file.error().message;
  ASSERT_TRUE(file.error().where.offset.has_value());
  EXPECT_EQ(*file.error().where.offset, offset) << file.error().message;
}

// No metadata and one tensor "t" of 1 dimension: the tensor info starts at 24:
// name length 24, name 32, n_dims 33, ne0 37, type 45, offset 49.
std::vector<std::byte> oneTensor(std::vector<std::int64_t> shape = {32}) {
  GgufBuilder b;
  b.tensor("t", std::move(shape), 0);
  return b.bytes();
}

TEST(GgufMalformed, WrongMagic) {
  auto bytes = oneTensor();
  bytes[3] = std::byte{'L'};
  expectMalformed(bytes, 0, "The file is not a GGUF file (it starts with 'GGUL', not 'GGUF')");
}

TEST(GgufMalformed, TooShortForAMagic) {
  std::vector<std::byte> bytes(2, std::byte{'G'});
  expectMalformed(bytes, 0, "only 2 bytes");
}

TEST(GgufMalformed, UnsupportedVersion) {
  auto bytes = oneTensor();
  patch<std::uint32_t>(bytes, 4, 7);
  expectMalformed(bytes, 4, "Unsupported GGUF version 7", ErrorCode::Unsupported);
}

TEST(GgufMalformed, TensorCountBeyondTheEndOfTheFile) {
  auto bytes = oneTensor();
  patch<std::uint64_t>(bytes, 8, 1ull << 40);
  expectMalformed(bytes, 8, "tensor count 1099511627776 runs past the end");
}

TEST(GgufMalformed, MetadataCountBeyondTheEndOfTheFile) {
  auto bytes = oneTensor();
  patch<std::uint64_t>(bytes, 16, 1ull << 50);
  expectMalformed(bytes, 16, "metadata count");
}

TEST(GgufMalformed, StringLengthBeyondTheEndOfTheFile) {
  GgufBuilder b;
  b.setString("general.name", "x");
  auto bytes = b.bytes();
  patch<std::uint64_t>(bytes, 24, 1ull << 33); // the key's length
  expectMalformed(bytes, 24, "runs past the end of the file");
}

TEST(GgufMalformed, ArrayCountBeyondTheEndOfTheFile) {
  GgufBuilder b;
  b.set("k", gguf::Value::int32s({1, 2, 3}));
  auto bytes = b.bytes();
  // key length 24, key 32, type 33, element type 37, count 41
  patch<std::uint64_t>(bytes, 41, 1ull << 60);
  expectMalformed(bytes, 41, "array count");
}

TEST(GgufMalformed, UnknownValueType) {
  GgufBuilder b;
  b.setString("k", "v");
  auto bytes = b.bytes();
  patch<std::int32_t>(bytes, 33, 13);
  expectMalformed(bytes, 33, "Unknown value type 13 for key 'k'");
}

TEST(GgufMalformed, UnknownTensorTypeNamesTheTensor) {
  auto bytes = oneTensor();
  patch<std::int32_t>(bytes, 45, 31);
  expectMalformed(bytes, 45, "Tensor 't' has an unknown type 31");
}

TEST(GgufMalformed, TooManyDimensions) {
  auto bytes = oneTensor();
  patch<std::uint32_t>(bytes, 33, 5);
  expectMalformed(bytes, 33, "Tensor 't' has 5 dimensions (at most 4)");
}

TEST(GgufMalformed, NegativeDimension) {
  auto bytes = oneTensor();
  patch<std::int64_t>(bytes, 37, -32);
  expectMalformed(bytes, 37, "negative dimension -32");
}

TEST(GgufMalformed, ElementCountOverflow) {
  auto bytes = oneTensor({32, 2, 2});
  patch<std::int64_t>(bytes, 37, 1ll << 40);
  patch<std::int64_t>(bytes, 45, 1ll << 40);
  expectMalformed(bytes, 45, "element count of tensor 't' overflows");
}

TEST(GgufMalformed, DuplicateKey) {
  GgufBuilder b;
  b.setString("ka", "1").setString("kb", "2");
  auto bytes = b.bytes();
  // first KV: 24 + 8 (len) + 2 + 4 (type) + 8 (len) + 1 = 47; second key's text at 55
  bytes[56] = std::byte{'a'};
  expectMalformed(bytes, 47, "Duplicate metadata key 'ka'");
}

// Found by the fuzzer: a duplicate key made of invalid UTF-8 used to be quoted
// raw, so the error could not be written as JSON. It is quoted with \xNN now.
TEST(GgufMalformed, DuplicateKeyOfInvalidUtf8IsQuotedPrintably) {
  GgufBuilder b;
  b.setString(std::string("k\xff"), "1").setString(std::string("kb"), "2");
  auto bytes = b.bytes();
  bytes[56] = std::byte{0xff};
  expectMalformed(bytes, 47, "Duplicate metadata key 'k\\xff'");
  auto file = gguf::parseGguf(bytes);
  ASSERT_FALSE(file);
  EXPECT_NO_THROW((void)gguf::errorToJson(file.error()).dump());
}

TEST(GgufMalformed, DuplicateTensorName) {
  GgufBuilder b;
  b.tensor("ta", {32}, 0).tensor("tb", {32}, 0);
  auto bytes = b.bytes();
  // first info: 24 + 8 + 2 + 4 + 8 + 4 + 8 = 58; second name's text at 66
  bytes[67] = std::byte{'a'};
  expectMalformed(bytes, 58, "Duplicate tensor name 'ta'");
}

TEST(GgufMalformed, AlignmentThatIsNotAPowerOfTwo) {
  GgufBuilder b;
  b.setU32("general.alignment", 32);
  auto bytes = b.bytes();
  patch<std::uint32_t>(bytes, 24 + 8 + 17 + 4, 48);
  expectMalformed(bytes, 24, "general.alignment must be a power of two, not 48");
}

// llama.cpp takes general.alignment only as a uint32.
TEST(GgufMalformed, AlignmentThatIsNotAUint32) {
  GgufBuilder b;
  b.setU32("general.alignment", 32);
  auto asInt32 = b.bytes();
  patch<std::uint32_t>(asInt32, 24 + 8 + 17, static_cast<std::uint32_t>(gguf::ValueType::Int32));
  expectMalformed(asInt32, 24, "general.alignment must be a uint32, not int32");

  GgufBuilder wide;
  wide.set("general.alignment", gguf::Value::unsignedInt(gguf::ValueType::Uint64, 32));
  expectMalformed(wide.bytes(), 24, "general.alignment must be a uint32, not uint64");
}

TEST(GgufMalformed, OffsetsThatDoNotFollowTheRunningSum) {
  GgufBuilder b;
  b.tensor("ta", {32}, 0).tensor("tb", {32}, 0);
  auto bytes = b.bytes();
  // second info starts at 58: name 8+2, n_dims 4, ne 8, type 4 → offset at 84
  patch<std::uint64_t>(bytes, 84, 64);
  expectMalformed(bytes, 84, "Tensor 'tb' starts at data offset 64, but the previous tensors end at 128");
}

TEST(GgufMalformed, TensorNameLongerThanLlamaCppAllows) {
  GgufBuilder b;
  b.tensor(std::string(64, 'n'), {32}, 0);
  expectMalformed(b.bytes(), 24, "is longer than 63 bytes");
}

TEST(GgufMalformed, NestingDeeperThanFourLevels) {
  auto level = gguf::Value::int32s({1});
  for (int i = 0; i < 4; ++i)
    level = gguf::Value::array(gguf::ValueType::Array, {level});
  GgufBuilder b;
  b.set("k", level);
  // depth 5: the fifth element type (Array) sits at 37 + 4 * 12
  expectMalformed(b.bytes(), 37 + 3 * 12, "nest deeper than 4");
}

TEST(GgufMalformed, HeaderCutShortIsAnErrorWithTheOffset) {
  auto bytes = testing::tinyLlama().bytes();
  bytes.resize(1000);
  auto file = gguf::parseGguf(bytes);
  ASSERT_FALSE(file);
  EXPECT_NE(file.error().message.find("runs past the end"), std::string::npos) << file.error().message;
  EXPECT_TRUE(file.error().where.offset.has_value());
  EXPECT_LE(*file.error().where.offset, 1000u);
}

TEST(GgufMalformed, EveryPrefixOfAValidHeaderFailsCleanly) {
  auto bytes = testing::tinyProjector().bytes();
  auto header = gguf::parseGguf(bytes)->headerSize;
  for (std::size_t n = 0; n < header; ++n) {
    std::vector<std::byte> prefix(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(n));
    auto file = gguf::parseGguf(prefix);
    ASSERT_FALSE(file) << n;
    ASSERT_TRUE(file.error().where.offset.has_value()) << n;
    EXPECT_LE(*file.error().where.offset, n);
  }
}

} // namespace
} // namespace md
