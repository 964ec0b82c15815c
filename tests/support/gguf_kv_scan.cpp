#include "tests/support/gguf_kv_scan.h"

#include <fstream>
#include <map>
#include <stdexcept>

namespace md::testing {
namespace {

struct TypeSize {
  std::uint64_t block;
  std::uint64_t bytes;
};

const std::map<std::uint32_t, TypeSize>& tensorTypes() {
  static const std::map<std::uint32_t, TypeSize> types = {
      {0, {1, 4}},      {1, {1, 2}},      {2, {32, 18}},   {3, {32, 20}},    {6, {32, 22}},    {7, {32, 24}},
      {8, {32, 34}},    {9, {32, 36}},    {10, {256, 84}}, {11, {256, 110}}, {12, {256, 144}}, {13, {256, 176}},
      {14, {256, 210}}, {15, {256, 292}}, {16, {256, 66}}, {17, {256, 74}},  {18, {256, 98}},  {19, {256, 50}},
      {20, {32, 18}},   {21, {256, 110}}, {22, {256, 82}}, {23, {256, 136}}, {24, {1, 1}},     {25, {1, 2}},
      {26, {1, 4}},     {27, {1, 8}},     {28, {1, 8}},    {29, {256, 56}},  {30, {1, 2}},     {34, {256, 54}},
      {35, {256, 66}},  {39, {32, 17}}};
  return types;
}

class Reader {
public:
  explicit Reader(const std::filesystem::path& path) : in_(path, std::ios::binary) {
    in_.seekg(0, std::ios::end);
    size_ = std::uint64_t(in_.tellg());
    in_.seekg(0);
  }
  bool good() const { return bool(in_); }
  std::uint64_t size() const { return size_; }
  std::uint64_t position() { return std::uint64_t(in_.tellg()); }
  void seek(std::uint64_t offset) { in_.seekg(std::streamoff(offset)); }

  template <class T> T read() {
    T value{};
    in_.read(reinterpret_cast<char*>(&value), sizeof value);
    if (!in_)
      throw std::runtime_error("the header ends early");
    return value;
  }
  std::string readString() {
    const auto length = read<std::uint64_t>();
    if (length > size_ - position())
      throw std::runtime_error("a string runs past the end of the file");
    std::string text(length, '\0');
    in_.read(text.data(), std::streamsize(length));
    return text;
  }
  void skip(std::uint64_t bytes) {
    if (bytes > size_ - position())
      throw std::runtime_error("a value runs past the end of the file");
    in_.seekg(std::streamoff(bytes), std::ios::cur);
  }

private:
  std::ifstream in_;
  std::uint64_t size_ = 0;
};

std::uint64_t scalarSize(std::int32_t type) {
  switch (type) {
  case 0:
  case 1:
  case 7: return 1;
  case 2:
  case 3: return 2;
  case 4:
  case 5:
  case 6: return 4;
  case 10:
  case 11:
  case 12: return 8;
  default: return 0;
  }
}

nlohmann::json readValue(Reader& in, std::int32_t type) {
  switch (type) {
  case 0: return in.read<std::uint8_t>();
  case 1: return in.read<std::int8_t>();
  case 2: return in.read<std::uint16_t>();
  case 3: return in.read<std::int16_t>();
  case 4: return in.read<std::uint32_t>();
  case 5: return in.read<std::int32_t>();
  case 6: return in.read<float>();
  case 7: return in.read<std::uint8_t>() != 0;
  case 8: return in.readString();
  case 10: return in.read<std::uint64_t>();
  case 11: return in.read<std::int64_t>();
  case 12: return in.read<double>();
  case 9: {
    const auto elementType = in.read<std::int32_t>();
    const auto length = in.read<std::uint64_t>();
    if (elementType == 8) {
      for (std::uint64_t i = 0; i < length; ++i)
        in.skip(in.read<std::uint64_t>());
    } else if (const auto size = scalarSize(elementType); size != 0 && length <= in.size() / size) {
      in.skip(length * size);
    } else {
      throw std::runtime_error("an array of type " + std::to_string(elementType) + " cannot be skipped");
    }
    return nlohmann::json{{"array", length}};
  }
  default: throw std::runtime_error("unknown value type " + std::to_string(type));
  }
}

ScannedGguf scanOne(Reader& in, std::uint64_t start) {
  in.seek(start);
  ScannedGguf gguf;
  gguf.start = start;
  if (in.read<std::uint32_t>() != 0x46554747) // "GGUF"
    throw std::runtime_error("not a GGUF file (no magic) at byte " + std::to_string(start));
  const auto version = in.read<std::uint32_t>();
  if (version != 2 && version != 3)
    throw std::runtime_error("GGUF version " + std::to_string(version) + " is not supported");
  gguf.tensorCount = in.read<std::uint64_t>();
  const auto kvCount = in.read<std::uint64_t>();
  for (std::uint64_t i = 0; i < kvCount; ++i) {
    std::string key = in.readString();
    const auto type = in.read<std::int32_t>();
    gguf.metadata[key] = readValue(in, type);
  }
  std::uint64_t alignment = 32;
  if (gguf.metadata.contains("general.alignment") && gguf.metadata["general.alignment"].is_number_unsigned())
    alignment = gguf.metadata["general.alignment"].get<std::uint64_t>();
  if (alignment == 0 || (alignment & (alignment - 1)) != 0)
    throw std::runtime_error("the alignment is not a power of two");
  auto pad = [alignment](std::uint64_t n) { return (n + alignment - 1) / alignment * alignment; };
  std::uint64_t dataBytes = 0;
  for (std::uint64_t i = 0; i < gguf.tensorCount; ++i) {
    in.readString();
    const auto dims = in.read<std::uint32_t>();
    if (dims > 4)
      throw std::runtime_error("a tensor has more than 4 dimensions");
    std::uint64_t elements = 1;
    for (std::uint32_t d = 0; d < dims; ++d)
      elements *= std::uint64_t(in.read<std::int64_t>());
    const auto type = in.read<std::uint32_t>();
    in.read<std::uint64_t>(); // offset
    const auto it = tensorTypes().find(type);
    if (it == tensorTypes().end())
      throw std::runtime_error("unknown tensor type " + std::to_string(type));
    dataBytes += pad(elements / it->second.block * it->second.bytes);
  }
  gguf.end = pad(in.position() - start) + start + dataBytes;
  return gguf;
}

} // namespace

std::string ScannedGguf::architecture() const {
  const auto it = metadata.find("general.architecture");
  return it != metadata.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string ScannedGguf::type() const {
  const auto it = metadata.find("general.type");
  return it != metadata.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::uint64_t ScannedGguf::count(const std::string& key) const {
  const auto it = metadata.find(key);
  return it != metadata.end() && it->is_number_unsigned() ? it->get<std::uint64_t>() : 0;
}

bool ScannedGguf::flag(const std::string& key) const {
  const auto it = metadata.find(key);
  return it != metadata.end() && it->is_boolean() && it->get<bool>();
}

bool ScannedGguf::isProjector() const {
  const std::string arch = architecture();
  if (type() == "projector" || type() == "mmproj")
    return true;
  if (metadata.contains(arch + ".block_count") && count(arch + ".block_count") == 0 &&
      count(arch + ".vision.block_count") > 0)
    return true;
  return arch == "clip" && (flag("clip.has_vision_encoder") || flag("clip.has_audio_encoder"));
}

ScanResult scanGguf(const std::filesystem::path& path, bool all) {
  ScanResult result;
  try {
    Reader in(path);
    if (!in.good())
      throw std::runtime_error("cannot open " + path.string());
    std::uint64_t start = 0;
    do {
      result.files.push_back(scanOne(in, start));
      start = result.files.back().end;
    } while (all && start + 8 <= in.size());
  } catch (const std::exception& e) {
    result.error = e.what();
  }
  return result;
}

} // namespace md::testing
