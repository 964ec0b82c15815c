#include "core/ollama/client.h"

#include "core/ollama/ndjson.h"

namespace md::ollama {
namespace {

constexpr std::size_t kKeptErrorBody = 4096;

Error malformedReply(const std::string& url, Message what) {
  Location where;
  where.url = url;
  return makeError(ErrorCode::Malformed, std::move(what), where);
}

template <class T> Result<T> withUrl(Result<T> result, const std::string& url) {
  if (result.ok())
    return result;
  Error error = result.error();
  error.where.url = url;
  return error;
}

} // namespace

Client::Client(std::string baseUrl, ClientOptions options) : baseUrl_(std::move(baseUrl)), options_(options) {
  while (!baseUrl_.empty() && baseUrl_.back() == '/')
    baseUrl_.pop_back();
}

bool isNotRunning(const Error& error) {
  return error.code == ErrorCode::Network &&
         (error.text.id == MessageId::OllamaNotRunningBecause || error.text.id == MessageId::OllamaNotRunning);
}

Error Client::describeTransportError(const Error& transport) const {
  Location where;
  where.url = baseUrl_;
  switch (transport.code) {
  case ErrorCode::Cancelled: return transport;
  case ErrorCode::Network:
    // net::perform says "Could not connect" when no connection was made.
    if (transport.text.id == MessageId::CouldNotConnect)
      return makeError(ErrorCode::Network, Message(MessageId::OllamaNotRunningBecause, {baseUrl_, transport.text}),
                       where);
    return makeError(ErrorCode::Network, Message(MessageId::OllamaConnectionFailed, {baseUrl_, transport.text}), where);
  case ErrorCode::Timeout:
    return makeError(ErrorCode::Timeout, Message(MessageId::OllamaTimeout, {baseUrl_, transport.text}), where);
  default: return makeError(transport.code, transport.message, where);
  }
}

Error Client::describeHttpError(const std::string& path, const net::HttpResponse& response) const {
  std::string detail;
  const auto body = nlohmann::json::parse(response.body, nullptr, false);
  if (body.is_object() && body.contains("error") && body["error"].is_string())
    detail = body["error"].get<std::string>();
  if (detail.empty())
    detail = response.body.substr(0, 200);
  Location where;
  where.url = urlFor(path);
  const ErrorCode code = response.status == 404 ? ErrorCode::NotFound : ErrorCode::Http;
  const std::string status = std::to_string(response.status);
  return makeError(code,
                   detail.empty() ? Message(MessageId::OllamaAnswered, {status, path})
                                  : Message(MessageId::OllamaAnsweredWith, {status, path, detail}),
                   where);
}

net::HttpRequest Client::makeRequest(const std::string& method, const std::string& path,
                                     const CancelToken* cancel) const {
  net::HttpRequest request;
  request.method = method;
  request.url = urlFor(path);
  request.connectTimeout = options_.connectTimeout;
  request.totalTimeout = options_.requestTimeout;
  request.cancel = cancel;
  return request;
}

Result<nlohmann::json> Client::callJson(const std::string& method, const std::string& path, const nlohmann::json& body,
                                        const CancelToken* cancel) const {
  auto request = makeRequest(method, path, cancel);
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
  auto json = nlohmann::json::parse(response->body, nullptr, false);
  if (json.is_discarded())
    return malformedReply(request.url, Message(MessageId::OllamaReplyNotJson, {response->body.substr(0, 200)}));
  return json;
}

Status Client::callStream(const std::string& path, const nlohmann::json& body,
                          const std::function<Status(const nlohmann::json&)>& onObject,
                          const CancelToken* cancel) const {
  auto request = makeRequest("POST", path, cancel);
  request.totalTimeout = std::chrono::milliseconds(0);
  request.lowSpeedBytes = 1;
  request.lowSpeedSeconds = options_.streamStallSeconds;
  request.stallTimeout = std::chrono::seconds(options_.streamStallSeconds);
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
      return describeTransportError(response.error());
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
    return describeHttpError(path, *response);
  }
  return splitter.finish();
}

Result<std::string> Client::version(const CancelToken* cancel) const {
  auto reply = callJson("GET", "/api/version", nullptr, cancel);
  if (!reply)
    return reply.error();
  auto text = parseVersionReply(*reply);
  if (!text)
    return malformedReply(urlFor("/api/version"), Message(MessageId::NotOllama, {baseUrl_}));
  return *text;
}

Result<Version> Client::serverVersion(const CancelToken* cancel) const {
  auto text = version(cancel);
  if (!text)
    return text.error();
  const auto parsed = parseVersion(*text);
  if (!parsed)
    return malformedReply(urlFor("/api/version"),
                          Message::plain("Ollama reported a version that is not one: '" + *text + "'"));
  return *parsed;
}

Result<std::vector<ModelSummary>> Client::listModels(const CancelToken* cancel) const {
  auto reply = callJson("GET", "/api/tags", nullptr, cancel);
  if (!reply)
    return reply.error();
  return withUrl(parseModelList(*reply), urlFor("/api/tags"));
}

Result<ShowResult> Client::show(const std::string& model, bool verbose, const CancelToken* cancel) const {
  auto reply = callJson("POST", "/api/show", {{"model", model}, {"verbose", verbose}}, cancel);
  if (!reply)
    return reply.error();
  return withUrl(parseShow(*reply), urlFor("/api/show"));
}

Result<std::vector<RunningModel>> Client::runningModels(const CancelToken* cancel) const {
  auto reply = callJson("GET", "/api/ps", nullptr, cancel);
  if (!reply)
    return reply.error();
  return withUrl(parseRunningModels(*reply), urlFor("/api/ps"));
}

Status Client::deleteModel(const std::string& model, const CancelToken* cancel) const {
  auto reply = callJson("DELETE", "/api/delete", {{"model", model}}, cancel);
  if (!reply)
    return reply.error();
  return {};
}

Status Client::copyModel(const std::string& source, const std::string& destination, const CancelToken* cancel) const {
  auto reply = callJson("POST", "/api/copy", {{"source", source}, {"destination", destination}}, cancel);
  if (!reply)
    return reply.error();
  return {};
}

} // namespace md::ollama
