#include "core/modelfile/unicode_text.h"

namespace md::modelfile {

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

bool isGoPrintable(char32_t r) {
  if (r < 0x80)
    return r >= 0x20 && r != 0x7F;
  if (r < 0xA0)
    return false; // C1 controls
  struct Range {
    char32_t first, last;
  };
  // Spaces other than U+0020 (Zs, Zl, Zp), format characters (Cf) and
  // private use (Co): not printable for Go.
  static constexpr Range kNotPrintable[] = {
      {0x00A0, 0x00A0},   {0x00AD, 0x00AD},    {0x0600, 0x0605},   {0x061C, 0x061C},   {0x06DD, 0x06DD},
      {0x070F, 0x070F},   {0x08E2, 0x08E2},    {0x1680, 0x1680},   {0x180E, 0x180E},   {0x2000, 0x200F},
      {0x2028, 0x202F},   {0x205F, 0x2064},    {0x2066, 0x206F},   {0x3000, 0x3000},   {0xE000, 0xF8FF},
      {0xFEFF, 0xFEFF},   {0xFFF9, 0xFFFB},    {0x110BD, 0x110BD}, {0x1D173, 0x1D17A}, {0xE0001, 0xE0001},
      {0xE0020, 0xE007F}, {0xF0000, 0x10FFFF},
  };
  for (const auto& range : kNotPrintable)
    if (r >= range.first && r <= range.last)
      return false;
  return true;
}

} // namespace md::modelfile
