// libFuzzer target for the NDJSON stream reader (pull, create, chat and
// generate answers): the stream's bytes go through NdjsonSplitter once
// whole and once cut into chunks of fuzzed sizes, with a handler that reads
// each object the way the client's chat and generate calls do (the piece of
// text, then the final statistics). Both runs must agree on every object
// and on the error, which must say what was wrong.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/ollama/ndjson.h"
#include "core/ollama/types.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

using md::fuzz::check;
using nlohmann::json;

struct Outcome {
  std::string pieces; // every object's text, in order
  int objects = 0;
  int doneObjects = 0;
  std::optional<std::string> error; // describe() of the first error
  int lines = 0;
};

std::string pieceOf(const json& object) {
  if (const auto response = object.find("response"); response != object.end() && response->is_string())
    return response->get<std::string>();
  const auto message = object.find("message");
  if (message != object.end() && message->is_object())
    if (const auto content = message->find("content"); content != message->end() && content->is_string())
      return content->get<std::string>();
  return {};
}

// Chunk sizes from a small generator seeded by the input's first byte.
class ChunkSizes {
public:
  explicit ChunkSizes(std::uint8_t seed) : state_(seed * 2654435761u + 1) {}
  std::size_t next() {
    state_ = state_ * 1103515245u + 12345u;
    return 1 + (state_ >> 16) % 97;
  }

private:
  std::uint32_t state_;
};

Outcome run(std::string_view stream, std::optional<std::uint8_t> chunking) {
  Outcome outcome;
  md::ollama::GenerationResult stats;
  md::ollama::NdjsonSplitter splitter(
      [&](const json& object) -> md::Status {
        const auto error = object.find("error"); // {"error": null} is no error
        check(object.is_object() && (error == object.end() || error->is_null()),
              "the splitter passed on a non-object or an error");
        ++outcome.objects;
        outcome.pieces += pieceOf(object);
        if (const auto done = object.find("done"); done != object.end() && done->is_boolean() && done->get<bool>()) {
          ++outcome.doneObjects;
          return md::ollama::parseGenerationStats(object, stats);
        }
        return {};
      },
      "http://127.0.0.1:1/api/chat");
  if (!chunking) {
    splitter.feed(stream);
  } else {
    ChunkSizes sizes(*chunking);
    while (!stream.empty()) {
      const std::size_t take = std::min(stream.size(), sizes.next());
      const bool goOn = splitter.feed(stream.substr(0, take));
      stream.remove_prefix(take);
      if (!goOn)
        break;
    }
  }
  if (const auto finished = splitter.finish(); !finished) {
    md::fuzz::checkError(finished.error(), "NdjsonSplitter");
    outcome.error = finished.error().describe();
  }
  check(!splitter.error() == !outcome.error, "error() and finish() disagree");
  outcome.lines = splitter.lineCount();
  return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0)
    return 0;
  const std::string_view stream = md::fuzz::asText(data + 1, size - 1);
  const Outcome whole = run(stream, std::nullopt);
  const Outcome chunked = run(stream, data[0]);
  check(whole.objects == chunked.objects && whole.doneObjects == chunked.doneObjects,
        "cutting the stream into chunks changed the objects read");
  check(whole.pieces == chunked.pieces, "cutting the stream into chunks changed the text");
  check(whole.error == chunked.error, "cutting the stream into chunks changed the error");
  check(whole.lines == chunked.lines, "cutting the stream into chunks changed the line count");
  return 0;
}
