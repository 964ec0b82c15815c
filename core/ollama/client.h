#pragma once
// The Ollama HTTP client. Every call blocks, so run it on a worker thread;
// each has timeouts and takes a CancelToken. When nothing answers, the error
// reads "Ollama is not running at <url>".

#include <chrono>
#include <string>

#include <nlohmann/json.hpp>

#include "core/net/http_client.h"
#include "core/ollama/version.h"
#include "core/util/progress.h"
#include "core/util/result.h"

namespace md::ollama {

struct ClientOptions {
  std::chrono::milliseconds connectTimeout{2000};
  std::chrono::milliseconds requestTimeout{10000}; // non-streaming calls
  long streamStallSeconds = 60;                    // low-speed abort for streams
};

class Client {
public:
  explicit Client(std::string baseUrl, ClientOptions options = {});

  const std::string& baseUrl() const { return baseUrl_; }
  const ClientOptions& options() const { return options_; }

  // GET /api/version -> "0.7.1".
  Result<std::string> version(const CancelToken* cancel = nullptr) const;

  // A JSON call with the request timeout. `body` is sent for non-GET methods.
  Result<nlohmann::json> callJson(const std::string& method, const std::string& path,
                                  const nlohmann::json& body = nullptr, const CancelToken* cancel = nullptr) const;

  // Turns a transport failure into the user-facing message.
  Error describeTransportError(const Error& transport) const;
  // Turns an HTTP error status and body ({"error": "..."}) into an Error.
  Error describeHttpError(const std::string& path, const net::HttpResponse& response) const;

  std::string urlFor(const std::string& path) const { return baseUrl_ + path; }

private:
  std::string baseUrl_;
  ClientOptions options_;
};

} // namespace md::ollama
