#include "core/util/utf8.h"

namespace md {

DecodedRune decodeUtf8(std::string_view text, std::size_t offset) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[offset + i]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80)
    return {lead, 1};
  std::size_t length = 0;
  char32_t rune = 0;
  char32_t minimum = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, rune = lead & 0x1F, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, rune = lead & 0x0F, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, rune = lead & 0x07, minimum = 0x10000;
  } else {
    return {0xFFFD, 1};
  }
  if (offset + length > text.size())
    return {0xFFFD, 1};
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(i) & 0xC0) != 0x80)
      return {0xFFFD, 1};
    rune = (rune << 6) | (byte(i) & 0x3F);
  }
  if (rune < minimum || rune > 0x10FFFF || (rune >= 0xD800 && rune <= 0xDFFF))
    return {0xFFFD, 1};
  return {rune, length};
}

void appendUtf8(std::string& out, char32_t rune) {
  if (rune < 0x80) {
    out += char(rune);
  } else if (rune < 0x800) {
    out += char(0xC0 | (rune >> 6));
    out += char(0x80 | (rune & 0x3F));
  } else if (rune < 0x10000) {
    out += char(0xE0 | (rune >> 12));
    out += char(0x80 | ((rune >> 6) & 0x3F));
    out += char(0x80 | (rune & 0x3F));
  } else {
    out += char(0xF0 | (rune >> 18));
    out += char(0x80 | ((rune >> 12) & 0x3F));
    out += char(0x80 | ((rune >> 6) & 0x3F));
    out += char(0x80 | (rune & 0x3F));
  }
}

} // namespace md
