#include "core/util/result.h"

namespace md {

const char* errorCodeName(ErrorCode code) {
  switch (code) {
  case ErrorCode::Io: return "io";
  case ErrorCode::NotFound: return "not_found";
  case ErrorCode::AlreadyExists: return "already_exists";
  case ErrorCode::NoSpace: return "no_space";
  case ErrorCode::Malformed: return "malformed";
  case ErrorCode::Unsupported: return "unsupported";
  case ErrorCode::Invalid: return "invalid";
  case ErrorCode::Network: return "network";
  case ErrorCode::Timeout: return "timeout";
  case ErrorCode::Http: return "http";
  case ErrorCode::Cancelled: return "cancelled";
  case ErrorCode::Internal: return "internal";
  }
  return "unknown";
}

std::string Error::describe() const {
  std::string out = message;
  if (where.offset)
    out += " (at byte " + std::to_string(*where.offset) + ")";
  if (where.line)
    out += " (line " + std::to_string(*where.line) + ")";
  if (const std::string path = pathToAppend(); !path.empty())
    out += " [" + path + "]";
  return out;
}

std::string Error::pathToAppend() const {
  const auto u8 = where.path.u8string();
  const std::string path(u8.begin(), u8.end());
  return message.find(path) == std::string::npos ? path : std::string();
}

Error makeError(ErrorCode code, Message text, Location where) {
  std::string english = text.english();
  return Error{code, std::move(english), std::move(where), std::move(text)};
}

Error makeError(ErrorCode code, std::string message, Location where) {
  Message text = Message::plain(message);
  return Error{code, std::move(message), std::move(where), std::move(text)};
}

} // namespace md
