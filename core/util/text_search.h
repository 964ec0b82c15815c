#pragma once
// Whether a text contains a piece (std::string_view::contains is C++23).

#include <string_view>

namespace md {

inline bool containsText(std::string_view text, std::string_view piece) {
  return text.find(piece) != std::string_view::npos;
}

} // namespace md
