#include "core/util/printable_text.h"

#include "core/util/hex.h"
#include "core/util/utf8.h"

namespace md {

namespace {

void appendHexEscape(std::string& out, unsigned char c) {
  out += "\\x" + hexEncode(&c, 1);
}

} // namespace

std::string printableText(std::string_view bytes, std::size_t maxBytes) {
  std::string out;
  std::size_t at = 0;
  while (at < bytes.size()) {
    if (out.size() >= maxBytes) {
      out += "…";
      break;
    }
    const auto c = static_cast<unsigned char>(bytes[at]);
    if (c == '\n' || c == '\t') {
      out += c == '\n' ? "\\n" : "\\t";
      ++at;
      continue;
    }
    const std::size_t length = decodeUtf8(bytes, at).length;
    if ((length == 1 && c >= 0x80) || c < 0x20 || c == 0x7f) { // a bad byte decodes alone
      appendHexEscape(out, c);
      ++at;
      continue;
    }
    out.append(bytes.substr(at, length));
    at += length;
  }
  return out;
}

} // namespace md
