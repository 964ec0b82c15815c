#include "tests/support/tiny_gguf.h"

#include <cstring>
#include <fstream>

namespace md::testing {
namespace {

template <class T> void put(std::string& out, T value) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &value, sizeof(T));
  out.append(bytes, sizeof(T));
}

void putString(std::string& out, const std::string& text) {
  put<std::uint64_t>(out, text.size());
  out += text;
}

void pad(std::string& out) {
  out.resize((out.size() + 31) / 32 * 32, '\0');
}

} // namespace

TinyGguf& TinyGguf::set(std::string key, TinyValue value) {
  metadata.emplace_back(std::move(key), std::move(value));
  return *this;
}

std::string TinyGguf::bytes() const {
  std::string out = "GGUF";
  put<std::uint32_t>(out, 3);
  put<std::uint64_t>(out, 1); // tensor count
  put<std::uint64_t>(out, metadata.size());
  for (const auto& [key, value] : metadata) {
    putString(out, key);
    if (const auto* text = std::get_if<std::string>(&value)) {
      put<std::int32_t>(out, 8);
      putString(out, *text);
    } else if (const auto* number = std::get_if<std::uint32_t>(&value)) {
      put<std::int32_t>(out, 4);
      put<std::uint32_t>(out, *number);
    } else {
      put<std::int32_t>(out, 7);
      put<std::uint8_t>(out, std::get<bool>(value) ? 1 : 0);
    }
  }
  putString(out, "t");
  put<std::uint32_t>(out, 1);
  put<std::int64_t>(out, std::int64_t(tensorFloats));
  put<std::uint32_t>(out, 0); // F32
  put<std::uint64_t>(out, 0);
  pad(out);
  for (std::uint64_t i = 0; i < tensorFloats; ++i)
    put<float>(out, float(i));
  pad(out);
  return out;
}

void TinyGguf::write(const std::filesystem::path& path) const {
  std::ofstream(path, std::ios::binary) << bytes();
}

TinyGguf tinyModel(const std::string& arch) {
  TinyGguf gguf;
  gguf.set("general.architecture", arch).set("general.type", std::string("model"));
  gguf.set(arch + ".block_count", std::uint32_t(2)).set(arch + ".context_length", std::uint32_t(4096));
  gguf.set("general.file_type", std::uint32_t(0));
  return gguf;
}

TinyGguf tinyClipProjector() {
  TinyGguf gguf;
  gguf.set("general.architecture", std::string("clip")).set("clip.has_vision_encoder", true);
  gguf.set("clip.projector_type", std::string("mlp"));
  return gguf;
}

TinyGguf tinyAdapter() {
  TinyGguf gguf;
  gguf.set("general.architecture", std::string("llama")).set("general.type", std::string("adapter"));
  gguf.set("adapter.type", std::string("lora"));
  return gguf;
}

TinyGguf tinyShard(std::uint16_t index, std::uint16_t count) {
  TinyGguf gguf = index == 0 ? tinyModel() : TinyGguf{};
  gguf.set("split.no", std::uint32_t(index)).set("split.count", std::uint32_t(count));
  gguf.set("split.tensors.count", std::uint32_t(count));
  return gguf;
}

} // namespace md::testing
