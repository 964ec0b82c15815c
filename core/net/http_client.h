#pragma once
// A blocking HTTP client over libcurl. Call it from a worker thread: every
// request has a connect timeout, an optional total timeout, a low-speed abort
// for streams, and polls a CancelToken while it runs.

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/util/progress.h"
#include "core/util/result.h"

namespace md::net {

struct HttpRequest {
  std::string method = "GET";
  std::string url;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body; // sent as is when bodyReader is empty

  // Streaming upload: called for the next chunk; returns bytes written into
  // the buffer, 0 at the end. bodySize must then be the exact length.
  std::function<std::size_t(char* buffer, std::size_t capacity)> bodyReader;
  std::uint64_t bodySize = 0;

  std::chrono::milliseconds connectTimeout{3000};
  std::chrono::milliseconds totalTimeout{0}; // 0: no limit (streams)
  // Abort when fewer than lowSpeedBytes/s arrive for lowSpeedSeconds.
  long lowSpeedBytes = 1;
  long lowSpeedSeconds = 60;
  // Abort with a Timeout when no byte moves either way for this long (0: off).
  // Unlike the low-speed limit, which averages over a window of seconds,
  // this catches a stream that stops dead soon after it stops.
  std::chrono::milliseconds stallTimeout{0};

  // Streaming download: receives each chunk; return false to stop. When
  // unset, the body is collected into HttpResponse::body.
  std::function<bool(std::string_view chunk)> onData;
  // Upload/download progress, called by curl about every second or faster.
  std::function<void(std::uint64_t uploaded, std::uint64_t uploadTotal)> onUpload;
  const CancelToken* cancel = nullptr;
};

struct HttpResponse {
  long status = 0;
  std::string body;
  std::string contentType;
};

// Returns an error only when no HTTP answer arrived (connect, timeout,
// cancel, transport). HTTP error statuses are returned as responses.
Result<HttpResponse> perform(const HttpRequest& request);

std::string base64Encode(std::string_view bytes);

} // namespace md::net
