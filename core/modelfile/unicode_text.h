#pragma once
// The few Unicode facts the Modelfile parser needs: UTF-8 decoding the way Go
// does it (bad bytes become U+FFFD) and Go's strconv.IsPrint.

#include <cstddef>
#include <string>
#include <string_view>

namespace md::modelfile {

struct DecodedRune {
  char32_t rune = 0;
  std::size_t length = 1; // bytes consumed
};

DecodedRune decodeUtf8(std::string_view text, std::size_t offset);
void appendUtf8(std::string& out, char32_t rune);
// Go's strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the
// ASCII space. Tabs, control and format characters and other spaces are not.
bool isGoPrintable(char32_t rune);

} // namespace md::modelfile
