#pragma once
// UTF-8 the way Go decodes it: a bad byte (a stray continuation, an overlong
// form, a surrogate, a value past U+10FFFF, a cut sequence) is one byte that
// decodes to U+FFFD. Used by the Modelfile parser and for quoting file bytes.

#include <cstddef>
#include <string>
#include <string_view>

namespace md {

struct DecodedRune {
  char32_t rune = 0;
  std::size_t length = 1; // bytes consumed
};

DecodedRune decodeUtf8(std::string_view text, std::size_t offset);
void appendUtf8(std::string& out, char32_t rune);

} // namespace md
