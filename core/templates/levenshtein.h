#pragma once
// Edit distance over Unicode code points with a cutoff, as Ollama uses it to
// recognise a GGUF's chat template: only distances below the cutoff matter,
// so only cells below it are computed, within the band |i - j| < cutoff
// (Ukkonen), and the work stops as soon as a whole row reaches the cutoff.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace md::templates {

// The code points of UTF-8 text, decoded the way Go does (a bad byte is U+FFFD).
std::u32string codePoints(std::string_view utf8);

// The Levenshtein distance of `a` and `b` (insert, delete, substitute: 1
// each) when it is below `cutoff`; nothing when it is `cutoff` or more.
std::optional<std::size_t> levenshteinBelow(std::u32string_view a, std::u32string_view b, std::size_t cutoff);

} // namespace md::templates
