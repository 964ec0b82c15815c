#include "core/modelfile/unicode_text.h"

namespace md::modelfile {

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
