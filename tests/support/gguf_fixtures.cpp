// Ready-made GGUF fixtures: a tiny real llama model, a projector and a header
// with a big vocabulary.

#include <cstdio>
#include <cstring>

#include "tests/support/gguf_builder.h"

namespace md::testing {

using gguf::Value;
using gguf::ValueType;

namespace {

constexpr std::int64_t kWidth = 64;
constexpr std::int64_t kFeedForward = 128;
constexpr int kLayers = 2;

std::vector<std::byte> floats(const std::string& seed, std::int64_t count, float scale, float offset = 0) {
  auto noise = patternBytes(seed, static_cast<std::uint64_t>(count));
  std::vector<std::byte> out(static_cast<std::size_t>(count) * 4);
  for (std::int64_t i = 0; i < count; ++i) {
    float value = offset + scale * (static_cast<float>(static_cast<unsigned char>(noise[i])) / 127.5f - 1.0f);
    std::memcpy(out.data() + i * 4, &value, 4);
  }
  return out;
}

std::vector<std::string> llamaVocabulary() {
  std::vector<std::string> tokens = {"<unk>", "<s>", "</s>"};
  for (int b = 0; b < 256; ++b) {
    char text[8];
    std::snprintf(text, sizeof text, "<0x%02X>", b);
    tokens.emplace_back(text);
  }
  const std::string space = "\xe2\x96\x81"; // SentencePiece's word boundary
  for (const std::string& piece : {space + "the", space + "a", space + "model", space + "is", std::string("e"),
                                   std::string("t"), std::string("a"), space, space + "hello"})
    tokens.emplace_back(piece);
  return tokens;
}

} // namespace

GgufBuilder tinyLlama(const std::string& name) {
  GgufBuilder b;
  auto vocabulary = llamaVocabulary();
  auto vocabularySize = static_cast<std::int64_t>(vocabulary.size());
  std::vector<float> scores;
  std::vector<std::int32_t> types;
  for (std::size_t i = 0; i < vocabulary.size(); ++i) {
    scores.push_back(i < 259 ? 0.0f : -static_cast<float>(i));
    types.push_back(i == 0 ? 2 : i < 3 ? 3 : i < 259 ? 6 : 1);
  }
  b.setString("general.architecture", "llama")
      .setString("general.name", name)
      .setU32("general.file_type", 0)
      .setU32("llama.context_length", 256)
      .setU32("llama.embedding_length", kWidth)
      .setU32("llama.block_count", kLayers)
      .setU32("llama.feed_forward_length", kFeedForward)
      .setU32("llama.rope.dimension_count", 16)
      .setU32("llama.attention.head_count", 4)
      .setU32("llama.attention.head_count_kv", 4)
      .setF32("llama.attention.layer_norm_rms_epsilon", 1e-5f)
      .setString("tokenizer.ggml.model", "llama")
      .set("tokenizer.ggml.tokens", Value::strings(vocabulary))
      .set("tokenizer.ggml.scores", Value::float32s(scores))
      .set("tokenizer.ggml.token_type", Value::int32s(types))
      .setU32("tokenizer.ggml.bos_token_id", 1)
      .setU32("tokenizer.ggml.eos_token_id", 2)
      .setU32("tokenizer.ggml.unknown_token_id", 0)
      .setString("tokenizer.chat_template",
                 "{% for message in messages %}<|im_start|>{{ message['role'] }}\n{{ message['content'] }}<|im_end|>\n"
                 "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}");
  b.tensor("token_embd.weight", {kWidth, vocabularySize}, 0, floats("embd", kWidth * vocabularySize, 0.1f));
  b.tensor("output_norm.weight", {kWidth}, 0, floats("onorm", kWidth, 0.0f, 1.0f));
  b.tensor("output.weight", {kWidth, vocabularySize}, 0, floats("out", kWidth * vocabularySize, 0.1f));
  for (int layer = 0; layer < kLayers; ++layer) {
    auto p = "blk." + std::to_string(layer) + ".";
    b.tensor(p + "attn_norm.weight", {kWidth}, 0, floats(p + "an", kWidth, 0.0f, 1.0f));
    for (const char* m : {"attn_q", "attn_k", "attn_v", "attn_output"})
      b.tensor(p + m + ".weight", {kWidth, kWidth}, 0, floats(p + m, kWidth * kWidth, 0.05f));
    b.tensor(p + "ffn_norm.weight", {kWidth}, 0, floats(p + "fn", kWidth, 0.0f, 1.0f));
    b.tensor(p + "ffn_gate.weight", {kWidth, kFeedForward}, 0, floats(p + "g", kWidth * kFeedForward, 0.05f));
    b.tensor(p + "ffn_up.weight", {kWidth, kFeedForward}, 0, floats(p + "u", kWidth * kFeedForward, 0.05f));
    b.tensor(p + "ffn_down.weight", {kFeedForward, kWidth}, 0, floats(p + "d", kWidth * kFeedForward, 0.05f));
  }
  return b;
}

GgufBuilder tinyProjector() {
  GgufBuilder b;
  b.setString("general.architecture", "clip")
      .setString("general.type", "mmproj")
      .setString("general.name", "tiny-mmproj")
      .set("clip.has_vision_encoder", Value::boolean(true))
      .setString("clip.projector_type", "mlp")
      .setU32("clip.vision.block_count", 1)
      .setU32("clip.vision.embedding_length", 32);
  b.tensor("v.patch_embd.weight", {32, 32}, 1);
  b.tensor("v.blk.0.attn_q.weight", {32, 32}, 1);
  b.tensor("mm.0.weight", {32, 64}, 1);
  return b;
}

GgufBuilder bigVocabulary(std::size_t vocabulary, std::size_t tensorCount) {
  GgufBuilder b;
  std::vector<std::string> tokens;
  std::vector<float> scores;
  std::vector<std::int32_t> types;
  tokens.reserve(vocabulary);
  for (std::size_t i = 0; i < vocabulary; ++i) {
    tokens.push_back("\xc4\xa0token_" + std::to_string(i));
    scores.push_back(-static_cast<float>(i));
    types.push_back(1);
  }
  b.setString("general.architecture", "qwen2")
      .setString("general.name", "Big Vocabulary 7B")
      .setU32("general.file_type", 15)
      .setU32("qwen2.context_length", 32768)
      .setU32("qwen2.embedding_length", 3584)
      .setU32("qwen2.block_count", 28)
      .setU32("qwen2.attention.head_count", 28)
      .setU32("qwen2.attention.head_count_kv", 4)
      .setString("tokenizer.ggml.model", "gpt2")
      .set("tokenizer.ggml.tokens", Value::strings(tokens))
      .set("tokenizer.ggml.scores", Value::float32s(scores))
      .set("tokenizer.ggml.token_type", Value::int32s(types))
      .setU32("tokenizer.ggml.bos_token_id", 0)
      .setU32("tokenizer.ggml.eos_token_id", 1)
      .setString("tokenizer.chat_template", "{% for message in messages %}<|im_start|>{{ message.role }}{% endfor %}");
  for (std::size_t i = 0; i < tensorCount; ++i)
    b.tensor("blk." + std::to_string(i / 10) + ".t" + std::to_string(i % 10) + ".weight", {256, 2},
             i % 3 == 0 ? 14u : 12u);
  return b;
}

} // namespace md::testing
