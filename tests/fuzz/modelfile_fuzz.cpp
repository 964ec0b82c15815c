// libFuzzer target for the Modelfile readers: raw file bytes (UTF-8 with or
// without a BOM, UTF-16 LE/BE with a BOM, invalid UTF-8) are decoded as
// the editor and the CLI read a file, then parsed, validated, tokenised for
// highlighting and turned into a create request. Promises checked:
// decoding and encoding round-trip, spans stay inside the text, tokens are
// sorted and do not overlap, and what parses is written back to text that
// parses to the same commands (writer.h's promise).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/modelfile/highlight_tokenizer.h"
#include "core/modelfile/parser.h"
#include "core/modelfile/text_encoding.h"
#include "core/modelfile/validator.h"
#include "core/modelfile/writer.h"
#include "core/ollama/modelfile_request.h"
#include "core/util/utf8.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

using namespace md::modelfile;
using md::fuzz::check;

bool isValidUtf8(std::string_view text) {
  std::string rebuilt;
  for (std::size_t offset = 0; offset < text.size();) {
    const md::DecodedRune rune = md::decodeUtf8(text, offset);
    md::appendUtf8(rebuilt, rune.rune);
    offset += rune.length;
  }
  return rebuilt == text;
}

void checkSpan(const SourceSpan& span, std::size_t textSize) {
  check(span.begin <= span.end && span.end <= textSize, "a source span lies outside the text");
  check(span.line <= span.endLine || span.endLine == 0, "a source span ends before it begins");
}

void checkEncoding(std::string_view bytes, const DecodedText& decoded) {
  if (decoded.encoding == TextEncoding::Utf16Le || decoded.encoding == TextEncoding::Utf16Be)
    check(isValidUtf8(decoded.text), "UTF-16 decoded to invalid UTF-8");
  const DecodedText again = decodeModelfileBytes(encodeModelfileText(decoded.text, decoded.encoding));
  check(again.text == decoded.text && again.encoding == decoded.encoding,
        "a decoded Modelfile saved in its encoding reads back different");
  if (decoded.encoding == TextEncoding::Utf8)
    check(decoded.text == bytes, "UTF-8 without a BOM must be kept byte for byte");
}

void checkTokens(std::string_view text) {
  for (const LineTokens& line : tokenizeText(text)) {
    std::size_t end = 0;
    for (const Token& token : line.tokens) {
      check(token.start >= end, "highlighting tokens overlap or are not sorted");
      end = token.start + token.length;
      check(end <= text.size(), "a highlighting token lies outside the text");
    }
  }
}

void checkWriteBack(const Modelfile& modelfile) {
  const auto written = writeModelfile(modelfile);
  if (!written) {
    md::fuzz::checkError(written.error(), "writeModelfile");
    return; // some values cannot be written (writer.h says which)
  }
  const ParseOutcome reparsed = parse(*written);
  check(reparsed.ok(), "a written Modelfile does not parse");
  check(reparsed.modelfile.commands == modelfile.commands, "a written Modelfile reads back to other commands");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes = md::fuzz::asText(data, size);
  const DecodedText decoded = decodeModelfileBytes(bytes);
  checkEncoding(bytes, decoded);
  const std::string& text = decoded.text;

  CheckOptions options;
  options.checkPaths = false;
  options.modelExists = [](const std::string& name) { return name.size() % 2 == 0; };
  const CheckReport report = md::modelfile::check(text, options);
  for (const Diagnostic& diagnostic : report.diagnostics) {
    check(!diagnostic.message.empty(), "a diagnostic without a message");
    checkSpan(diagnostic.span, text.size());
  }
  for (const Command& command : report.parse.modelfile.commands) {
    checkSpan(command.keywordSpan, text.size());
    checkSpan(command.valueSpan, text.size());
  }
  (void)looksLikeModelfile(text);
  checkTokens(text);
  if (report.parse.ok())
    checkWriteBack(report.parse.modelfile);

  std::vector<std::string> warnings;
  const auto request = md::ollama::createRequestFromModelfile("fuzz:latest", text, md::fuzz::scratch(), warnings);
  if (!request)
    md::fuzz::checkError(request.error(), "createRequestFromModelfile");
  return 0;
}
