#pragma once
// Splits an NDJSON stream (one JSON object per line) into objects, across
// arbitrary chunk boundaries. Ollama sends errors that happen after a stream
// has started as an {"error": "..."} line under HTTP 200, so every line is
// checked; a line that is not a JSON object is an error that quotes it.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/util/result.h"

namespace md::ollama {

class NdjsonSplitter {
public:
  // Called for each object; returning an error stops the stream with it.
  using Handler = std::function<Status(const nlohmann::json& object)>;

  NdjsonSplitter(Handler handler, std::string url);

  // Feeds the next chunk. Returns false once an error has been recorded, so
  // the transfer can stop.
  bool feed(std::string_view chunk);
  // Handles a last line without a newline. Returns the first error, if any.
  Status finish();

  const std::optional<Error>& error() const { return error_; }
  int lineCount() const { return lines_; }

private:
  void handleLine(std::string_view line);

  Handler handler_;
  std::string url_;
  std::string pending_;
  std::optional<Error> error_;
  int lines_ = 0;
};

} // namespace md::ollama
