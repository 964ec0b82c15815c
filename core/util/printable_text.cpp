#include "core/util/printable_text.h"

namespace md {

namespace {

// Length of the valid UTF-8 sequence starting at `at`, or 0 when the bytes
// there are not one (overlong forms, surrogates and values past U+10FFFF too).
std::size_t validSequenceLength(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
  const unsigned char lead = byte(0);
  std::size_t length = 0;
  char32_t rune = 0;
  if (lead < 0x80)
    return 1;
  if (lead >= 0xc2 && lead <= 0xdf) {
    length = 2;
    rune = lead & 0x1f;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    rune = lead & 0x0f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    rune = lead & 0x07;
  } else {
    return 0;
  }
  if (at + length > text.size())
    return 0;
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(i) & 0xc0) != 0x80)
      return 0;
    rune = (rune << 6) | (byte(i) & 0x3f);
  }
  const bool overlong = (length == 3 && rune < 0x800) || (length == 4 && rune < 0x10000);
  const bool surrogate = rune >= 0xd800 && rune <= 0xdfff;
  if (overlong || surrogate || rune > 0x10ffff)
    return 0;
  return length;
}

void appendHexEscape(std::string& out, unsigned char c) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += "\\x";
  out += kHex[c >> 4];
  out += kHex[c & 15];
}

} // namespace

std::string printableText(std::string_view bytes, std::size_t maxBytes) {
  std::string out;
  std::size_t at = 0;
  while (at < bytes.size()) {
    if (out.size() >= maxBytes) {
      out += "…";
      break;
    }
    const auto c = static_cast<unsigned char>(bytes[at]);
    if (c == '\n' || c == '\t') {
      out += c == '\n' ? "\\n" : "\\t";
      ++at;
      continue;
    }
    const std::size_t length = validSequenceLength(bytes, at);
    if (length == 0 || c < 0x20 || c == 0x7f) {
      appendHexEscape(out, c);
      ++at;
      continue;
    }
    out.append(bytes.substr(at, length));
    at += length;
  }
  return out;
}

} // namespace md
