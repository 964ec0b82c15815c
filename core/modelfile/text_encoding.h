#pragma once
// Modelfile bytes as Ollama reads them (unicode.BOMOverride over UTF-8): a
// UTF-8, UTF-16LE or UTF-16BE byte-order mark selects the encoding and is
// dropped; without one the bytes are UTF-8. PowerShell 5's `>` writes
// UTF-16LE with a BOM. Saving writes the text back in the encoding it had.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/util/result.h"

namespace md::modelfile {

enum class TextEncoding { Utf8, Utf8Bom, Utf16Le, Utf16Be };

// "utf-8", "utf-8-bom", "utf-16le", "utf-16be".
const char* textEncodingName(TextEncoding encoding);

struct DecodedText {
  std::string text; // UTF-8, without the BOM
  TextEncoding encoding = TextEncoding::Utf8;
};

// Never fails: an unpaired surrogate or a cut last unit becomes U+FFFD, as in Go.
DecodedText decodeModelfileBytes(std::string_view bytes);
// UTF-8 text as bytes in `encoding`, with its BOM.
std::string encodeModelfileText(std::string_view utf8, TextEncoding encoding);

inline constexpr std::uintmax_t kMaxModelfileBytes = 4 * 1024 * 1024; // text, not a model

// Reads and decodes a Modelfile (at most kMaxModelfileBytes).
Result<DecodedText> readModelfileFile(const std::filesystem::path& path);

} // namespace md::modelfile
