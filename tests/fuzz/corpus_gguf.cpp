// Seeds for gguf_fuzz: the test fixtures in every flavour the reader knows
// (v1, v2, v3, big-endian, shards, projector, incomplete and
// cut-in-the-header files), each at most 64 KiB.
#include <string>

#include "tests/fuzz/corpus.h"
#include "tests/support/gguf_builder.h"

namespace {

using md::gguf::Value;
using md::gguf::ValueType;
using md::testing::GgufBuilder;

const md::fuzz::SeedWriter* writer = nullptr;

void save(const std::string& name, const std::vector<std::byte>& bytes) {
  writer->save("gguf_fuzz", name + ".gguf", {reinterpret_cast<const char*>(bytes.data()), bytes.size()});
}

std::vector<std::byte> headerOnly(const GgufBuilder& builder) {
  return builder.layout().bytes;
}

GgufBuilder withVersion(GgufBuilder builder, std::uint32_t version, bool bigEndian = false) {
  builder.options({version, bigEndian});
  return builder;
}

} // namespace

void md::fuzz::writeGgufSeeds(const SeedWriter& seeds) {
  writer = &seeds;

  const GgufBuilder llama = md::testing::tinyLlama();
  save("tiny_llama_header", headerOnly(llama));
  save("tiny_llama_start", llama.bytes());
  save("tiny_projector", md::testing::tinyProjector().bytes());
  save("tiny_llama_v1", headerOnly(withVersion(llama, 1)));
  save("tiny_llama_v2", headerOnly(withVersion(llama, 2)));
  save("tiny_llama_big_endian", headerOnly(withVersion(llama, 3, true)));
  save("tiny_projector_big_endian", withVersion(md::testing::tinyProjector(), 3, true).bytes());
  save("vocabulary", headerOnly(md::testing::bigVocabulary(300, 12)));

  GgufBuilder shard = md::testing::tinyProjector();
  shard.set("split.no", Value::unsignedInt(ValueType::Uint16, 1))
      .set("split.count", Value::unsignedInt(ValueType::Uint16, 3))
      .set("split.tensors.count", Value::signedInt(ValueType::Int32, 9));
  save("shard_2_of_3", shard.bytes());

  GgufBuilder nested;
  nested.setString("general.architecture", "llama")
      .set("general.alignment", Value::unsignedInt(ValueType::Uint32, 64))
      .set("test.nested", Value::array(ValueType::Array, {Value::int32s({1, 2}), Value::strings({"a", ""})}))
      .set("test.empty", Value::array(ValueType::String, {}))
      .set("test.f64", Value::floating(ValueType::Float64, 0.5))
      .set("test.i64", Value::signedInt(ValueType::Int64, -7));
  nested.tensor("a", {256, 2}, 12).tensor("b", {32}, 8).tensor("c", {3, 5}, 30);
  save("nested_and_aligned", nested.bytes());

  const auto full = md::testing::tinyProjector().bytes();
  auto truncated = full;
  truncated.resize(full.size() - 100);
  save("incomplete_data", truncated);
  const auto header = headerOnly(llama);
  save("cut_in_header", std::vector<std::byte>(header.begin(), header.begin() + header.size() / 3));
}
