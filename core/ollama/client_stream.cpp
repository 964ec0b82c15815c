// The streamed calls of Client: pull, chat and generate.
#include <map>

#include "core/ollama/client.h"
#include "core/ollama/client_calls.h"

namespace md::ollama {
namespace {

using nlohmann::json;

std::string stringField(const json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::uint64_t countField(const json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_number_unsigned() ? it->get<std::uint64_t>() : 0;
}

Error stoppedByCaller() {
  return makeError(ErrorCode::Cancelled, Message(MessageId::StoppedByCaller));
}

Error endedEarly(const std::string& url, Message what) {
  Location where;
  where.url = url;
  return makeError(ErrorCode::Network, what, where);
}

json imagesJson(const std::vector<std::string>& images) {
  json out = json::array();
  for (const auto& image : images)
    out.push_back(net::base64Encode(image));
  return out;
}

// A streamed chat or generate call: the pieces `pieceOf` takes from each
// object go to onToken and into the text; the last object holds the stats.
Result<GenerationResult> streamGeneration(const Client& client, const std::string& path, const json& body,
                                          const std::function<std::string(const json&)>& pieceOf,
                                          const TokenSink& onToken, const CancelToken* cancel) {
  GenerationResult result;
  bool done = false;
  auto onObject = [&](const json& object) -> Status {
    const std::string piece = pieceOf(object);
    result.text += piece;
    if (!piece.empty() && onToken && !onToken(piece))
      return stoppedByCaller();
    if (const auto it = object.find("done"); it != object.end() && it->is_boolean() && it->get<bool>()) {
      done = true;
      return parseGenerationStats(object, result);
    }
    return {};
  };
  if (auto streamed = calls::callStream(client, path, body, onObject, cancel); !streamed)
    return streamed.error();
  if (!done)
    return endedEarly(client.urlFor(path),
                      Message::plain("The stream of " + path + " ended before Ollama said it was done"));
  return result;
}

} // namespace

Status Client::pull(const std::string& model, ProgressReporter& progress) const {
  struct Layer {
    std::uint64_t total = 0;
    std::uint64_t completed = 0;
  };
  std::map<std::string, Layer> layers;
  std::uint64_t reportedTotal = 0;
  bool succeeded = false;
  std::string lastStatus; // a status repeats with every chunk of a layer: noted once
  progress.beginPhase("pulling", 0, "pulling " + model);
  auto onObject = [&](const json& object) -> Status {
    const std::string status = stringField(object, "status");
    if (status != lastStatus)
      progress.note(Message(MessageId::ServerStatus, {status}));
    lastStatus = status;
    progress.setDetail(status);
    if (const std::string digest = stringField(object, "digest"); !digest.empty()) {
      Layer& layer = layers[digest];
      layer.total = std::max(layer.total, countField(object, "total"));
      layer.completed = std::max(layer.completed, countField(object, "completed"));
      progress.item(digest, layer.completed, layer.total);
      std::uint64_t total = 0, completed = 0;
      for (const auto& [name, each] : layers) {
        total += each.total;
        completed += std::min(each.completed, each.total);
      }
      if (total != reportedTotal) { // a new layer: the bar grows
        reportedTotal = total;
        progress.beginPhase("pulling", total, status);
      }
      progress.update(completed);
    }
    if (status == "success")
      succeeded = true;
    if (progress.cancelled())
      return ProgressReporter::cancelledError();
    return {};
  };
  if (auto streamed =
          calls::callStream(*this, "/api/pull", {{"model", model}, {"stream", true}}, onObject, progress.cancelToken());
      !streamed)
    return streamed;
  if (!succeeded)
    return endedEarly(urlFor("/api/pull"), Message(MessageId::PullEndedEarly, {model}));
  progress.finishPhase();
  return {};
}

Result<GenerationResult> Client::chat(const ChatRequest& request, const TokenSink& onToken,
                                      const CancelToken* cancel) const {
  json messages = json::array();
  for (const auto& message : request.messages) {
    json item{{"role", message.role}, {"content", message.content}};
    if (!message.images.empty())
      item["images"] = imagesJson(message.images);
    messages.push_back(std::move(item));
  }
  json body{{"model", request.model}, {"messages", std::move(messages)}, {"stream", true}};
  if (!request.options.empty())
    body["options"] = request.options;
  auto pieceOf = [](const json& object) {
    const auto message = object.find("message");
    return message != object.end() && message->is_object() ? stringField(*message, "content") : std::string();
  };
  return streamGeneration(*this, "/api/chat", body, pieceOf, onToken, cancel);
}

Result<GenerationResult> Client::generate(const GenerateRequest& request, const TokenSink& onToken,
                                          const CancelToken* cancel) const {
  json body{{"model", request.model}, {"prompt", request.prompt}, {"stream", true}};
  if (!request.system.empty())
    body["system"] = request.system;
  if (!request.images.empty())
    body["images"] = imagesJson(request.images);
  if (!request.options.empty())
    body["options"] = request.options;
  auto pieceOf = [](const json& object) { return stringField(object, "response"); };
  return streamGeneration(*this, "/api/generate", body, pieceOf, onToken, cancel);
}

} // namespace md::ollama
