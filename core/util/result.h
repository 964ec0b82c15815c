#pragma once
// Errors are values: a code, a human message and a location. Core never lets
// an exception cross its public boundary; functions that can fail return
// Result<T> (or Status, which is Result<void>).

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <variant>

#include "core/util/message.h"

namespace md {

enum class ErrorCode {
  Io,            // open/read/write/rename failed
  NotFound,      // a file, model or key that should exist does not
  AlreadyExists, // refusing to overwrite
  NoSpace,       // not enough free space
  Malformed,     // input does not follow its format (GGUF, Modelfile, JSON…)
  Unsupported,   // well-formed but not something we handle
  Invalid,       // a bad argument or value from the user
  Network,       // connection refused, DNS, TLS, reset
  Timeout,       // no answer in time
  Http,          // the server answered with an error status or error body
  Cancelled,     // the user cancelled
  Internal,      // a bug: an unexpected exception or state
};

const char* errorCodeName(ErrorCode code);

// Where an error happened. Only the fields that apply are set.
struct Location {
  std::filesystem::path path;
  std::optional<std::uint64_t> offset; // byte offset into `path`
  std::optional<int> line;             // 1-based line number
  std::string url;
};

// A Location that names a file or folder only.
inline Location atPath(const std::filesystem::path& path) {
  return Location{path, {}, {}, {}};
}

struct Error {
  ErrorCode code = ErrorCode::Internal;
  std::string message; // the English text of `text`
  Location where;
  Message text; // what happened, as a code and arguments (the UI translates it)

  // "message (at byte 1234)", "message (line 3)", "message [path]".
  std::string describe() const;
  // The location's path (UTF-8) to append in brackets: empty when there is
  // none or the message already names it (said once is enough).
  std::string pathToAppend() const;
};

// An error with a coded message (preferred) or with text core has no code for.
Error makeError(ErrorCode code, Message text, Location where = {});
Error makeError(ErrorCode code, std::string message, Location where = {});

template <class T> class [[nodiscard]] Result {
public:
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
  Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const { return std::get<1>(state_); }

private:
  std::variant<T, Error> state_;
};

template <> class [[nodiscard]] Result<void> {
public:
  Result() = default;
  Result(Error error) : error_(std::move(error)) {}

  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const { return *error_; }

private:
  std::optional<Error> error_;
};

using Status = Result<void>;

} // namespace md
