// Ollama's quantize rules (quantize.h): the accepted types, the sources it
// quantizes, and the checks made before anything is uploaded.
#include "core/ollama/quantize.h"

#include <algorithm>
#include <cctype>

#include "core/gguf/reader.h"
#include "core/gguf/summary.h"
#include "core/util/paths.h"

namespace md::ollama {

std::optional<std::string> quantizeType(std::string_view text) {
  std::string upper(text);
  std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return char(std::toupper(c)); });
  if (upper == "Q4_K")
    return std::string("Q4_K_M");
  static const char* const kAccepted[] = {"F32", "F16", "BF16", "Q8_0", "Q4_K_S", "Q4_K_M"};
  for (const char* accepted : kAccepted)
    if (upper == accepted)
      return upper;
  return std::nullopt;
}

const std::vector<std::string>& offeredQuantizeTypes() {
  static const std::vector<std::string> kOffered{"Q4_K_M", "Q4_K_S", "Q8_0"};
  return kOffered;
}

std::string acceptedQuantizeTypesText() {
  return "F32, F16, Q4_K_S, Q4_K_M, Q8_0"; // Ollama's own list (BF16 parses but is not listed)
}

bool quantizableSource(const std::string& fileType, const Version& server) {
  if (fileType == "F16" || fileType == "F32")
    return true;
  return fileType == "BF16" && server >= kQuantizeFromBf16;
}

Status checkQuantize(const std::string& type, const std::string& sourceFileType, const std::string& sourceName,
                     const Version& server) {
  if (server < kQuantizeOnCreate)
    return makeError(ErrorCode::Unsupported,
                     Message(MessageId::QuantizeNeedsVersion, {server.toString(), kQuantizeOnCreate.toString()}));
  if (!quantizeType(type))
    return makeError(ErrorCode::Invalid, Message(MessageId::QuantizeTypeUnknown, {type, acceptedQuantizeTypesText()}));
  if (sourceFileType.empty() || quantizableSource(sourceFileType, server))
    return {};
  if (sourceFileType == "BF16")
    return makeError(ErrorCode::Unsupported, Message(MessageId::QuantizeBf16NeedsVersion,
                                                     {sourceName, server.toString(), kQuantizeFromBf16.toString()}));
  return makeError(ErrorCode::Invalid, Message(MessageId::QuantizeSourceQuantized, {sourceName, sourceFileType}));
}

std::string quantizeSourceType(const gguf::GgufFile& header) {
  const std::string fileType = gguf::summarize(header).fileType;
  return fileType.empty() ? "without general.file_type" : fileType;
}

std::optional<gguf::GgufFile> quantizeSourceHeader(const CreateRequest& request, std::string* name) {
  for (const auto& file : request.files) {
    auto header = gguf::readGguf(file.path);
    if (!header)
      continue; // the server judges what is not a GGUF here
    const auto role = gguf::summarize(*header).role;
    if (role == gguf::Role::Projector || role == gguf::Role::Adapter)
      continue;
    if (name)
      *name = file.name;
    return std::move(*header);
  }
  return std::nullopt;
}

Status checkQuantizeRequest(CreateRequest& request, const Version& server) {
  if (request.quantize.empty())
    return {};
  std::string fileType;
  std::string sourceName;
  if (const auto header = quantizeSourceHeader(request, &sourceName))
    fileType = quantizeSourceType(*header);
  if (auto checked = checkQuantize(request.quantize, fileType, sourceName, server); !checked)
    return checked;
  request.quantize = *quantizeType(request.quantize);
  return {};
}

} // namespace md::ollama
