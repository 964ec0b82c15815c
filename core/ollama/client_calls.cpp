// The Ollama client's raw HTTP calls (see client_calls.h).
#include "core/ollama/client_calls.h"

#include "core/ollama/ndjson.h"

namespace md::ollama::calls {
namespace {

constexpr std::size_t kKeptErrorBody = 4096;

} // namespace

net::HttpRequest makeRequest(const Client& client, const std::string& method, const std::string& path,
                             const CancelToken* cancel) {
  net::HttpRequest request;
  request.method = method;
  request.url = client.urlFor(path);
  request.connectTimeout = client.options().connectTimeout;
  request.totalTimeout = client.options().requestTimeout;
  request.cancel = cancel;
  return request;
}

Result<nlohmann::json> callJson(const Client& client, const std::string& method, const std::string& path,
                                const nlohmann::json& body, const CancelToken* cancel) {
  auto request = makeRequest(client, method, path, cancel);
  if (method != "GET" && method != "HEAD") {
    request.body = body.is_null() ? std::string("{}") : body.dump();
    request.headers.emplace_back("Content-Type", "application/json");
  }
  auto response = net::perform(request);
  if (!response)
    return client.describeTransportError(response.error());
  if (response->status < 200 || response->status >= 300)
    return client.describeHttpError(path, *response);
  if (response->body.empty())
    return nlohmann::json::object();
  auto json = nlohmann::json::parse(response->body, nullptr, false);
  if (json.is_discarded()) {
    Location where;
    where.url = request.url;
    return makeError(ErrorCode::Malformed, Message(MessageId::OllamaReplyNotJson, {response->body.substr(0, 200)}),
                     where);
  }
  return json;
}

Status callStream(const Client& client, const std::string& path, const nlohmann::json& body,
                  const std::function<Status(const nlohmann::json&)>& onObject, const CancelToken* cancel) {
  auto request = makeRequest(client, "POST", path, cancel);
  request.totalTimeout = std::chrono::milliseconds(0);
  request.lowSpeedBytes = 1;
  request.lowSpeedSeconds = client.options().streamStallSeconds;
  request.stallTimeout = std::chrono::seconds(client.options().streamStallSeconds);
  request.body = body.dump();
  request.headers.emplace_back("Content-Type", "application/json");
  NdjsonSplitter splitter(onObject, request.url);
  std::string head; // the start of the body, for an HTTP error status
  request.onData = [&](std::string_view chunk) {
    if (head.size() < kKeptErrorBody)
      head.append(chunk.substr(0, kKeptErrorBody - head.size()));
    return splitter.feed(chunk);
  };
  auto response = net::perform(request);
  if (!response) {
    if (response.error().code != ErrorCode::Network || splitter.lineCount() == 0)
      return client.describeTransportError(response.error());
    Location where;
    where.url = request.url;
    where.line = splitter.lineCount();
    return makeError(ErrorCode::Network,
                     Message(MessageId::StreamBrokeOff,
                             {MessageArg::number(std::uint64_t(splitter.lineCount())), response.error().text}),
                     where);
  }
  if (response->status < 200 || response->status >= 300) {
    response->body = head;
    return client.describeHttpError(path, *response);
  }
  return splitter.finish();
}

} // namespace md::ollama::calls
