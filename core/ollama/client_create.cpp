// Client::create: upload every file as a blob, then create at once (a
// starting server prunes unreferenced blobs older than an hour).
#include "core/ollama/client.h"
#include "core/ollama/client_calls.h"
#include "core/ollama/create_request.h"

namespace md::ollama {

Status Client::create(const CreateRequest& request, ProgressReporter& progress) const {
  auto server = serverVersion(progress.cancelToken());
  if (!server)
    return server.error();
  if (auto valid = validateCreateRequest(request, *server); !valid)
    return valid;
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

  bool succeeded = false;
  progress.beginPhase("creating", 0, request.model);
  auto onObject = [&](const nlohmann::json& object) -> Status {
    const auto status = object.find("status");
    if (status != object.end() && status->is_string()) {
      progress.setDetail(status->get<std::string>());
      progress.note(Message(MessageId::ServerStatus, {status->get<std::string>()}));
      succeeded = succeeded || *status == "success";
    }
    // Once Ollama has said "success" the model exists: a cancel now is too late.
    if (!succeeded && progress.cancelled())
      return ProgressReporter::cancelledError();
    return {};
  };
  auto streamed = calls::callStream(*this, "/api/create", body, onObject, progress.cancelToken());
  if (!streamed && !(succeeded && streamed.error().code == ErrorCode::Cancelled))
    return streamed;
  if (!succeeded) {
    Location where;
    where.url = urlFor("/api/create");
    return makeError(ErrorCode::Network, Message(MessageId::CreateEndedEarly, {request.model}), where);
  }
  progress.finishPhase();
  return {};
}

} // namespace md::ollama
