#include "core/util/version.h"

#include <charconv>

namespace md {

std::string Version::toString() const {
  return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
}

std::optional<Version> parseVersion(std::string_view text) {
  if (!text.empty() && (text.front() == 'v' || text.front() == 'V'))
    text.remove_prefix(1);
  Version version;
  int* parts[] = {&version.major, &version.minor, &version.patch};
  const char* cursor = text.data();
  const char* end = text.data() + text.size();
  for (int i = 0; i < 3; ++i) {
    const auto [next, ec] = std::from_chars(cursor, end, *parts[i]);
    if (ec != std::errc()) {
      if (i == 0)
        return std::nullopt;
      break; // "0.5" means 0.5.0
    }
    cursor = next;
    if (cursor == end || *cursor != '.')
      break;
    ++cursor;
  }
  return version;
}

} // namespace md
