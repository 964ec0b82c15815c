// Client::create: upload every file as a blob, then create at once (a
// starting server prunes unreferenced blobs older than an hour).
#include "core/ollama/client.h"
#include "core/ollama/client_calls.h"
#include "core/ollama/create_request.h"
#include "core/ollama/quantize.h"
#include "core/util/json_text.h"

namespace md::ollama {

namespace {

// The server's status lines: each new one is a note and the detail; the
// "quantizing F16 model to Q4_K_M" lines carry bytes (phase "quantizing").
class CreateStatus {
public:
  CreateStatus(ProgressReporter& progress, const std::string& model) : progress_(progress), model_(model) {}

  void take(const nlohmann::json& object) {
    const auto status = object.find("status");
    if (status == object.end() || !status->is_string())
      return;
    const std::string text = status->get<std::string>();
    const bool bytes = text.rfind("quantizing ", 0) == 0 && unsignedOr(object, "total") > 0;
    if (text != last_) {
      last_ = text;
      progress_.note(Message(MessageId::ServerStatus, {text}));
      if (bytes)
        progress_.beginPhase("quantizing", unsignedOr(object, "total"), model_);
      else if (quantizing_)
        progress_.beginPhase("creating", 0, model_);
      quantizing_ = bytes;
      progress_.setDetail(text);
    }
    if (bytes)
      progress_.update(unsignedOr(object, "completed"));
    succeeded_ = succeeded_ || text == "success";
  }
  bool succeeded() const { return succeeded_; }

private:
  ProgressReporter& progress_;
  const std::string& model_;
  std::string last_;
  bool quantizing_ = false;
  bool succeeded_ = false;
};

} // namespace

Status Client::create(const CreateRequest& original, ProgressReporter& progress) const {
  auto server = serverVersion(progress.cancelToken());
  if (!server)
    return server.error();
  if (auto valid = validateCreateRequest(original, *server); !valid)
    return valid;
  CreateRequest request = original;
  if (auto quantize = checkQuantizeRequest(request, *server); !quantize) // before any byte is uploaded
    return quantize;
  std::map<std::string, ParameterValue> parameters;
  std::vector<std::string> warnings;
  if (auto valid = validateParameters(request.parameters, parameters, warnings); !valid)
    return valid;
  for (const auto& warning : warnings)
    progress.note(Message(MessageId::Warning, {warning}));

  DigestsByName digests;
  for (const auto* list : {&request.files, &request.adapters}) {
    for (const auto& file : *list) {
      auto digest = uploadBlob(file.path, progress, file.digest);
      if (!digest)
        return digest.error();
      digests[file.name] = *digest;
    }
  }

  nlohmann::json body;
  if (*server >= kCreateWithFiles) {
    body = buildCreateJson(request, digests, parameters);
  } else {
    auto modelfile = buildCreateModelfile(request, digests, parameters);
    if (!modelfile)
      return modelfile.error();
    body = {{"name", request.model}, {"modelfile", *modelfile}, {"stream", true}};
    if (!request.quantize.empty())
      body["quantize"] = request.quantize;
  }

  CreateStatus status(progress, request.model);
  progress.beginPhase("creating", 0, request.model);
  auto onObject = [&](const nlohmann::json& object) -> Status {
    status.take(object);
    // Once Ollama has said "success" the model exists: a cancel now is too late.
    if (!status.succeeded() && progress.cancelled())
      return ProgressReporter::cancelledError();
    return {};
  };
  auto streamed = calls::callStream(*this, "/api/create", body, onObject, progress.cancelToken());
  if (!streamed && !(status.succeeded() && streamed.error().code == ErrorCode::Cancelled))
    return streamed;
  if (!status.succeeded()) {
    Location where;
    where.url = urlFor("/api/create");
    return makeError(ErrorCode::Network, Message(MessageId::CreateEndedEarly, {request.model}), where);
  }
  progress.finishPhase();
  return {};
}

} // namespace md::ollama
