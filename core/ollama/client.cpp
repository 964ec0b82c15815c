#include "core/ollama/client.h"

namespace md::ollama {

Client::Client(std::string baseUrl, ClientOptions options) : baseUrl_(std::move(baseUrl)), options_(options) {
  while (!baseUrl_.empty() && baseUrl_.back() == '/')
    baseUrl_.pop_back();
}

Error Client::describeTransportError(const Error& transport) const {
  Location where;
  where.url = baseUrl_;
  switch (transport.code) {
  case ErrorCode::Cancelled: return transport;
  case ErrorCode::Network:
    return makeError(ErrorCode::Network, "Ollama is not running at " + baseUrl_ + " (" + transport.message + ")",
                     where);
  case ErrorCode::Timeout:
    return makeError(ErrorCode::Timeout, "Ollama at " + baseUrl_ + " did not answer in time", where);
  default: return makeError(transport.code, transport.message, where);
  }
}

Error Client::describeHttpError(const std::string& path, const net::HttpResponse& response) const {
  std::string detail;
  try {
    const auto body = nlohmann::json::parse(response.body);
    if (body.is_object() && body.contains("error") && body["error"].is_string())
      detail = body["error"].get<std::string>();
  } catch (const nlohmann::json::exception&) {
  }
  if (detail.empty())
    detail = response.body.substr(0, 200);
  Location where;
  where.url = urlFor(path);
  const ErrorCode code = response.status == 404 ? ErrorCode::NotFound : ErrorCode::Http;
  return makeError(code,
                   "Ollama answered " + std::to_string(response.status) + " for " + path +
                       (detail.empty() ? std::string() : ": " + detail),
                   where);
}

Result<nlohmann::json> Client::callJson(const std::string& method, const std::string& path, const nlohmann::json& body,
                                        const CancelToken* cancel) const {
  net::HttpRequest request;
  request.method = method;
  request.url = urlFor(path);
  request.connectTimeout = options_.connectTimeout;
  request.totalTimeout = options_.requestTimeout;
  request.cancel = cancel;
  if (method != "GET" && method != "HEAD") {
    request.body = body.is_null() ? std::string("{}") : body.dump();
    request.headers.emplace_back("Content-Type", "application/json");
  }
  auto response = net::perform(request);
  if (!response)
    return describeTransportError(response.error());
  if (response->status < 200 || response->status >= 300)
    return describeHttpError(path, *response);
  if (response->body.empty())
    return nlohmann::json::object();
  try {
    return nlohmann::json::parse(response->body);
  } catch (const nlohmann::json::exception& e) {
    Location where;
    where.url = request.url;
    return makeError(ErrorCode::Malformed, std::string("Ollama sent a reply that is not JSON: ") + e.what(), where);
  }
}

Result<std::string> Client::version(const CancelToken* cancel) const {
  auto reply = callJson("GET", "/api/version", nullptr, cancel);
  if (!reply)
    return reply.error();
  const auto& json = *reply;
  if (!json.is_object() || !json.contains("version") || !json["version"].is_string()) {
    Location where;
    where.url = urlFor("/api/version");
    return makeError(ErrorCode::Malformed, "The server at " + baseUrl_ + " does not look like Ollama", where);
  }
  return json["version"].get<std::string>();
}

} // namespace md::ollama
