#include "core/templates/levenshtein.h"

#include <algorithm>
#include <limits>
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
  if (m == 0)
    return n;

  // Only cells with |i - j| <= band can hold a distance below the cutoff.
  const std::size_t band = cutoff - 1;
  const std::size_t far = cutoff; // "cutoff or more": every value past it is the same to us
  std::vector<std::size_t> previous(m + 1, far);
  std::vector<std::size_t> current(m + 1, far);
  for (std::size_t j = 0; j <= std::min(m, band); ++j)
    previous[j] = j;

  for (std::size_t i = 1; i <= n; ++i) {
    const std::size_t from = i > band ? i - band : 1;
    const std::size_t to = std::min(m, i + band);
    if (from > to)
      return std::nullopt; // the band left the table: the rest is too far
    current[from - 1] = from == 1 ? std::min(i, far) : far;
    std::size_t rowMin = current[from - 1];
    for (std::size_t j = from; j <= to; ++j) {
      const std::size_t substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      const std::size_t remove = previous[j] + 1;
      const std::size_t insert = current[j - 1] + 1;
      const std::size_t value = std::min({substitute, remove, insert, far});
      current[j] = value;
      rowMin = std::min(rowMin, value);
    }
    if (to < m)
      current[to + 1] = far; // the next row reads it as "above"
    if (rowMin >= cutoff)
      return std::nullopt; // distances never shrink from one row to the next
    std::swap(previous, current);
  }
  const std::size_t distance = previous[m];
  if (distance >= cutoff)
    return std::nullopt;
  return distance;
}

} // namespace md::templates
