#include "core/ollama/digest.h"

#include <cctype>

namespace md::ollama {

std::string normalizeDigest(std::string_view text) {
  constexpr std::size_t kHexLength = 64;
  if (text.size() != 7 + kHexLength)
    return {};
  std::string out;
  for (char c : text.substr(0, 6))
    out += char(std::tolower(static_cast<unsigned char>(c)));
  if (out != "sha256" || (text[6] != ':' && text[6] != '-'))
    return {};
  out += ':';
  for (char c : text.substr(7)) {
    if (!std::isxdigit(static_cast<unsigned char>(c)))
      return {};
    out += char(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

} // namespace md::ollama
