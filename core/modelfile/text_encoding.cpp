#include "core/modelfile/text_encoding.h"

#include <fstream>
#include <sstream>

#include "core/util/utf8.h"

namespace md::modelfile {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

std::string decodeUtf16(std::string_view bytes, bool bigEndian) {
  std::string out;
  out.reserve(bytes.size());
  auto unit = [&](std::size_t at) {
    const auto a = static_cast<unsigned char>(bytes[at]);
    const auto b = static_cast<unsigned char>(bytes[at + 1]);
    return char16_t(bigEndian ? (a << 8) | b : (b << 8) | a);
  };
  std::size_t i = 0;
  for (; i + 1 < bytes.size(); i += 2) {
    const char16_t u = unit(i);
    if (u >= 0xD800 && u < 0xDC00 && i + 3 < bytes.size()) {
      const char16_t low = unit(i + 2);
      if (low >= 0xDC00 && low < 0xE000) {
        appendUtf8(out, 0x10000 + ((char32_t(u) - 0xD800) << 10) + (char32_t(low) - 0xDC00));
        i += 2;
        continue;
      }
    }
    appendUtf8(out, u >= 0xD800 && u < 0xE000 ? kReplacement : char32_t(u));
  }
  if (i < bytes.size())
    appendUtf8(out, kReplacement); // an odd last byte
  return out;
}

void appendUtf16(std::string& out, char16_t unit, bool bigEndian) {
  const char high = char(unit >> 8);
  const char low = char(unit & 0xFF);
  out += bigEndian ? high : low;
  out += bigEndian ? low : high;
}

} // namespace

const char* textEncodingName(TextEncoding encoding) {
  switch (encoding) {
  case TextEncoding::Utf8: return "utf-8";
  case TextEncoding::Utf8Bom: return "utf-8-bom";
  case TextEncoding::Utf16Le: return "utf-16le";
  case TextEncoding::Utf16Be: return "utf-16be";
  }
  return "";
}

DecodedText decodeModelfileBytes(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
    return {std::string(bytes.substr(3)), TextEncoding::Utf8Bom};
  if (bytes.substr(0, 2) == "\xFF\xFE")
    return {decodeUtf16(bytes.substr(2), false), TextEncoding::Utf16Le};
  if (bytes.substr(0, 2) == "\xFE\xFF")
    return {decodeUtf16(bytes.substr(2), true), TextEncoding::Utf16Be};
  return {std::string(bytes), TextEncoding::Utf8};
}

std::string encodeModelfileText(std::string_view utf8, TextEncoding encoding) {
  switch (encoding) {
  case TextEncoding::Utf8: return std::string(utf8);
  case TextEncoding::Utf8Bom: return "\xEF\xBB\xBF" + std::string(utf8);
  case TextEncoding::Utf16Le:
  case TextEncoding::Utf16Be: break;
  }
  const bool bigEndian = encoding == TextEncoding::Utf16Be;
  std::string out;
  out.reserve(utf8.size() * 2 + 2);
  appendUtf16(out, 0xFEFF, bigEndian);
  for (std::size_t offset = 0; offset < utf8.size();) {
    const DecodedRune decoded = decodeUtf8(utf8, offset);
    offset += decoded.length;
    if (decoded.rune >= 0x10000) {
      const char32_t value = decoded.rune - 0x10000;
      appendUtf16(out, char16_t(0xD800 + (value >> 10)), bigEndian);
      appendUtf16(out, char16_t(0xDC00 + (value & 0x3FF)), bigEndian);
    } else {
      appendUtf16(out, char16_t(decoded.rune), bigEndian);
    }
  }
  return out;
}

Result<DecodedText> readModelfileFile(const std::filesystem::path& path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec)
    return makeError(ErrorCode::NotFound, Message(MessageId::CannotReadModelfileBecause, {ec.message()}),
                     {path, {}, {}, {}});
  if (size > kMaxModelfileBytes)
    return makeError(ErrorCode::Invalid, Message(MessageId::ModelfileTooLarge), {path, {}, {}, {}});
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in)
    return makeError(ErrorCode::Io, Message(MessageId::CannotReadModelfile), {path, {}, {}, {}});
  return decodeModelfileBytes(bytes.str());
}

} // namespace md::modelfile
