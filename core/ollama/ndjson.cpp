#include "core/ollama/ndjson.h"

namespace md::ollama {
namespace {

constexpr std::size_t kQuotedLineLimit = 200;

std::string quoteLine(std::string_view line) {
  if (line.size() <= kQuotedLineLimit)
    return std::string(line);
  return std::string(line.substr(0, kQuotedLineLimit)) + "…";
}

} // namespace

NdjsonSplitter::NdjsonSplitter(Handler handler, std::string url) : handler_(std::move(handler)), url_(std::move(url)) {}

bool NdjsonSplitter::feed(std::string_view chunk) {
  while (!error_ && !chunk.empty()) {
    const auto newline = chunk.find('\n');
    if (newline == std::string_view::npos) {
      pending_.append(chunk);
      break;
    }
    if (pending_.empty()) {
      handleLine(chunk.substr(0, newline));
    } else {
      pending_.append(chunk.substr(0, newline));
      std::string line = std::move(pending_);
      pending_.clear();
      handleLine(line);
    }
    chunk.remove_prefix(newline + 1);
  }
  return !error_;
}

Status NdjsonSplitter::finish() {
  if (!error_ && !pending_.empty()) {
    std::string line = std::move(pending_);
    pending_.clear();
    handleLine(line);
  }
  if (error_)
    return *error_;
  return {};
}

void NdjsonSplitter::handleLine(std::string_view line) {
  ++lines_;
  while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
    line.remove_suffix(1);
  if (line.empty())
    return;
  Location where;
  where.url = url_;
  where.line = lines_;
  nlohmann::json object = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (object.is_discarded() || !object.is_object()) {
    error_ = makeError(ErrorCode::Malformed, "Ollama sent a line that is not a JSON object: " + quoteLine(line), where);
    return;
  }
  if (const auto it = object.find("error"); it != object.end() && !it->is_null()) {
    const std::string message = it->is_string() ? it->get<std::string>() : it->dump();
    error_ = makeError(ErrorCode::Http, Message(MessageId::OllamaReportedError, {message}), where);
    return;
  }
  try {
    if (auto status = handler_(object); !status)
      error_ = status.error();
  } catch (const std::exception& e) { // a handler bug must not cross the core API
    error_ = makeError(ErrorCode::Internal, std::string("Handling an Ollama stream line failed: ") + e.what(), where);
  }
}

} // namespace md::ollama
