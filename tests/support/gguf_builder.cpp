#include "tests/support/gguf_builder.h"

#include <cmath>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace md::testing {

using gguf::Value;
using gguf::ValueType;

GgufBuilder& GgufBuilder::set(std::string key, Value value) {
  for (auto& kv : metadata_)
    if (kv.key == key) {
      kv.value = std::move(value);
      return *this;
    }
  metadata_.push_back({std::move(key), std::move(value), 0});
  return *this;
}

GgufBuilder& GgufBuilder::setString(std::string key, std::string value) {
  return set(std::move(key), Value::string(std::move(value)));
}

GgufBuilder& GgufBuilder::setU32(std::string key, std::uint32_t value) {
  return set(std::move(key), Value::unsignedInt(ValueType::Uint32, value));
}

GgufBuilder& GgufBuilder::setF32(std::string key, float value) {
  return set(std::move(key), Value::floating(ValueType::Float32, value));
}

GgufBuilder& GgufBuilder::tensor(std::string name, std::vector<std::int64_t> shape, std::uint32_t type,
                                 std::vector<std::byte> data) {
  tensors_.push_back({{std::move(name), std::move(shape), type}, std::move(data)});
  return *this;
}

GgufBuilder& GgufBuilder::options(gguf::WriteOptions options) {
  options_ = options;
  return *this;
}

gguf::HeaderLayout GgufBuilder::layout() const {
  std::vector<gguf::TensorDescription> descriptions;
  for (const auto& t : tensors_)
    descriptions.push_back(t.description);
  auto layout = gguf::layoutGguf(metadata_, descriptions, options_);
  if (!layout)
    throw std::runtime_error("fixture: " + layout.error().message);
  return std::move(layout).value();
}

std::vector<std::byte> patternBytes(const std::string& seed, std::uint64_t size) {
  std::uint64_t state = 1469598103934665603ull;
  for (char c : seed)
    state = (state ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  std::vector<std::byte> out(static_cast<std::size_t>(size));
  for (auto& b : out) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    b = static_cast<std::byte>(state >> 56);
  }
  return out;
}

void GgufBuilder::write(const std::filesystem::path& path, std::uint64_t keepBytes) const {
  auto header = layout();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  std::uint64_t written = 0;
  auto put = [&](const std::byte* data, std::uint64_t n) {
    auto room = keepBytes > written ? keepBytes - written : 0;
    auto take = std::min(n, room);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(take));
    written += take;
  };
  put(header.bytes.data(), header.bytes.size());
  for (std::size_t i = 0; i < tensors_.size() && written < keepBytes; ++i) {
    auto size = header.sizes[i];
    auto data = tensors_[i].data.empty() ? patternBytes(tensors_[i].description.name, size) : tensors_[i].data;
    data.resize(static_cast<std::size_t>(size));
    put(data.data(), data.size());
    std::vector<std::byte> padding(static_cast<std::size_t>(gguf::padTo(size, header.alignment) - size));
    put(padding.data(), padding.size());
  }
  if (!out)
    throw std::runtime_error("fixture: cannot write " + path.string());
}

std::vector<std::byte> GgufBuilder::bytes() const {
  auto header = layout();
  auto out = header.bytes;
  for (std::size_t i = 0; i < tensors_.size(); ++i) {
    auto size = header.sizes[i];
    auto data = tensors_[i].data.empty() ? patternBytes(tensors_[i].description.name, size) : tensors_[i].data;
    data.resize(static_cast<std::size_t>(gguf::padTo(size, header.alignment)));
    out.insert(out.end(), data.begin(), data.end());
  }
  return out;
}

std::vector<std::byte> readAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<char> chars((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<std::byte> out(chars.size());
  if (!chars.empty())
    std::memcpy(out.data(), chars.data(), chars.size());
  return out;
}

void writeAll(const std::filesystem::path& path, const std::vector<std::byte>& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

} // namespace md::testing
