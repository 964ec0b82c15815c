// libFuzzer target for the GGUF header reader: any bytes must parse or fail
// with an error, never crash, leak or hit undefined behaviour. What parses is
// also summarised and exported to JSON, as the inspector and the CLI do.
#include <cstddef>
#include <cstdint>
#include <span>

#include "core/gguf/json_export.h"
#include "core/gguf/reader.h"
#include "core/gguf/summary.h"
#include "core/util/json_text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::span<const std::byte> bytes(reinterpret_cast<const std::byte*>(data), size);
  // Once as a whole file, once as the header of a file that claims to be
  // larger (the reader's "only the beginning was read" mode).
  for (std::uint64_t fileSize : {std::uint64_t{0}, std::uint64_t{size} + 12345}) {
    auto parsed = md::gguf::parseGguf(bytes, fileSize);
    if (!parsed) {
      // Strict dump: an error message must itself be valid UTF-8, even when
      // it quotes a key or tensor name made of invalid bytes.
      (void)md::gguf::errorToJson(parsed.error()).dump();
      continue;
    }
    const md::gguf::Summary summary = md::gguf::summarize(*parsed);
    (void)md::gguf::estimateMemory(summary, 1u << 20);
    // Metadata is exported as found; the CLI writes it with toJsonText.
    (void)md::toJsonText(md::gguf::ggufToJson(*parsed));
    for (const auto& kv : parsed->metadata)
      (void)kv.value.preview();
  }
  return 0;
}
