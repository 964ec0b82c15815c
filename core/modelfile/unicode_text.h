#pragma once
// The few Unicode facts the Modelfile parser needs: UTF-8 decoding the way Go
// does it (core/util/utf8: bad bytes become U+FFFD) and Go's strconv.IsPrint.

#include <cstddef>
#include <string>
#include <string_view>

#include "core/util/utf8.h"

namespace md::modelfile {

// Go's strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the
// ASCII space. Tabs, control and format characters and other spaces are not.
bool isGoPrintable(char32_t rune);

} // namespace md::modelfile
