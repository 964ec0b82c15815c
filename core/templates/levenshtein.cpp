#include "core/templates/levenshtein.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "core/util/utf8.h"

namespace md::templates {

std::u32string codePoints(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  for (std::size_t offset = 0; offset < utf8.size();) {
    const DecodedRune decoded = decodeUtf8(utf8, offset);
    out.push_back(decoded.rune);
    offset += decoded.length;
  }
  return out;
}

std::optional<std::size_t> levenshteinBelow(std::u32string_view a, std::u32string_view b, std::size_t cutoff) {
  if (cutoff == 0)
    return std::nullopt;
  if (a.size() < b.size())
    std::swap(a, b); // a is the longer one; rows walk over it
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  if (n - m >= cutoff)
    return std::nullopt; // at least n - m insertions

  // Row by row, only the "live" cells (value below the cutoff) are kept: a
  // cell can only be live next to a live cell of the row above or to its
  // left, so the live columns [lo, hi] move along the diagonal and narrow as
  // edits add up. Since a cell is at least |i - j|, they never leave the band
  // |i - j| < cutoff. Columns outside [lo, hi] read as the cutoff.
  const auto far = static_cast<std::uint32_t>(cutoff);
  std::vector<std::uint32_t> previous(m + 1);
  std::vector<std::uint32_t> current(m + 1);
  std::size_t lo = 0;
  std::size_t hi = std::min(m, cutoff - 1);
  for (std::size_t j = 0; j <= hi; ++j)
    previous[j] = static_cast<std::uint32_t>(j);

  for (std::size_t i = 1; i <= n; ++i) {
    const auto above = [&](std::size_t j) { return j >= lo && j <= hi ? previous[j] : far; };
    std::size_t newLo = m + 1;
    std::size_t newHi = 0;
    std::size_t j = lo;
    std::uint32_t left = far; // the cell to the left of j in this row
    if (j == 0) {
      left = i < cutoff ? static_cast<std::uint32_t>(i) : far;
      current[0] = left;
      if (left < far)
        newLo = newHi = 0;
      j = 1;
    }
    const char32_t ai = a[i - 1];
    for (; j <= m; ++j) {
      std::uint32_t value = std::min(above(j - 1) + (ai == b[j - 1] ? 0u : 1u), std::min(above(j), left) + 1u);
      if (value >= far) {
        value = far;
        if (j > hi + 1)
          break; // past the row above's live cells only the left neighbour feeds a cell, and it is dead
      } else {
        newLo = std::min(newLo, j);
        newHi = j;
      }
      current[j] = value;
      left = value;
    }
    if (newLo > m)
      return std::nullopt; // the whole row reached the cutoff: so does the end
    lo = newLo;
    hi = newHi;
    std::swap(previous, current);
  }
  if (m < lo || m > hi)
    return std::nullopt;
  return previous[m];
}

} // namespace md::templates
