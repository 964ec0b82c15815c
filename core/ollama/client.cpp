// The Ollama client: error descriptions and the plain JSON calls (version,
// tags, show, ps, delete, copy).
#include "core/ollama/client.h"

#include "core/ollama/client_calls.h"

namespace md::ollama {
namespace {

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
  default: return makeError(transport.code, transport.text, where);
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

Result<std::string> Client::version(const CancelToken* cancel) const {
  auto reply = calls::callJson(*this, "GET", "/api/version", nullptr, cancel);
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
  auto reply = calls::callJson(*this, "GET", "/api/tags", nullptr, cancel);
  if (!reply)
    return reply.error();
  return withUrl(parseModelList(*reply), urlFor("/api/tags"));
}

Result<ShowResult> Client::show(const std::string& model, bool verbose, const CancelToken* cancel) const {
  auto reply = calls::callJson(*this, "POST", "/api/show", {{"model", model}, {"verbose", verbose}}, cancel);
  if (!reply)
    return reply.error();
  return withUrl(parseShow(*reply), urlFor("/api/show"));
}

Result<std::vector<RunningModel>> Client::runningModels(const CancelToken* cancel) const {
  auto reply = calls::callJson(*this, "GET", "/api/ps", nullptr, cancel);
  if (!reply)
    return reply.error();
  return withUrl(parseRunningModels(*reply), urlFor("/api/ps"));
}

Status Client::deleteModel(const std::string& model, const CancelToken* cancel) const {
  auto reply = calls::callJson(*this, "DELETE", "/api/delete", {{"model", model}}, cancel);
  if (!reply)
    return reply.error();
  return {};
}

Status Client::copyModel(const std::string& source, const std::string& destination, const CancelToken* cancel) const {
  auto reply = calls::callJson(*this, "POST", "/api/copy", {{"source", source}, {"destination", destination}}, cancel);
  if (!reply)
    return reply.error();
  return {};
}

} // namespace md::ollama
