// fakeQuantize (fake_ollama_quantize.h): Ollama's quantize rules and status
// lines over a byte copy whose general.file_type says the new type.
#include "tests/support/fake_ollama_quantize.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>

namespace md::testing {
namespace {

constexpr ollama::Version kBf16Sources{0, 22, 1};

// fs/ggml/type.go ParseFileType: the llama.cpp file type of an accepted name.
std::optional<std::uint32_t> parseFileType(const std::string& type) {
  static const std::pair<const char*, std::uint32_t> kTypes[] = {
      {"F32", 0}, {"F16", 1}, {"Q8_0", 7}, {"Q4_K_S", 14}, {"Q4_K_M", 15}, {"Q4_K", 15}, {"BF16", 32}};
  for (const auto& [name, id] : kTypes)
    if (type == name)
      return id;
  return std::nullopt;
}

std::string fileTypeName(std::uint32_t id) {
  switch (id) {
  case 0: return "F32";
  case 1: return "F16";
  case 7: return "Q8_0";
  case 14: return "Q4_K_S";
  case 15: return "Q4_K_M";
  default: return "BF16";
  }
}

// Sets the uint32 general.file_type of a GGUF's metadata in place.
bool setFileType(std::string& bytes, std::uint32_t fileType) {
  static const std::string key = "general.file_type";
  std::string needle(8, '\0');
  const std::uint64_t length = key.size();
  std::memcpy(needle.data(), &length, sizeof length); // little-endian, as the fixtures are
  needle += key;
  const auto at = bytes.find(needle);
  if (at == std::string::npos || at + needle.size() + 8 > bytes.size())
    return false;
  std::uint32_t valueType = 0;
  std::memcpy(&valueType, bytes.data() + at + needle.size(), 4);
  if (valueType != 4) // uint32
    return false;
  std::memcpy(bytes.data() + at + needle.size() + 4, &fileType, 4);
  return true;
}

} // namespace

bool fakeQuantize(const QuantizeStep& step, const std::string& requested, nlohmann::json& layer,
                  std::string& fileType) {
  std::string type = requested;
  std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return char(std::toupper(c)); });
  const auto want = parseFileType(type);
  if (!want) {
    step.out.fail("unsupported quantization type " + type + " - supported types are F32, F16, Q4_K_S, Q4_K_M, Q8_0");
    return false;
  }
  const bool bf16 = step.version >= kBf16Sources;
  if (fileType != "F16" && fileType != "F32" && !(bf16 && fileType == "BF16")) {
    step.out.fail(bf16 ? "quantization is only supported for F16, BF16 and F32 models"
                       : "quantization is only supported for F16 and F32 models");
    return false;
  }
  if (fileType == fileTypeName(*want))
    return true; // Ollama keeps a model already of the type
  std::string bytes = readFile(step.store.blobPath(layer.value("digest", "")));
  if (!setFileType(bytes, *want)) {
    step.out.fail("failed to quantize: general.file_type is not a uint32");
    return false;
  }
  const std::string status = "quantizing " + fileType + " model to " + type;
  const std::uint64_t total = bytes.size();
  for (std::uint64_t quarter = 1; quarter <= 4; ++quarter)
    if (!step.out.write({{"status", status},
                         {"digest", "0000000000000000000"},
                         {"total", total},
                         {"completed", total * quarter / 4}}))
      return false;
  if (!step.out.write({{"status", "verifying conversion"}}))
    return false;
  layer = step.store.putLayer("model", bytes);
  fileType = fileTypeName(*want);
  return true;
}

} // namespace md::testing
