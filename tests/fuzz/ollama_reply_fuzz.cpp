// libFuzzer target for the JSON replies of another machine's Ollama server
// as the client decodes them: the body of /api/tags, /api/show, /api/ps and
// /api/version (empty means {}, as in Client::callJson), and an HTTP error
// body ({"error": "..."}). Every decoder must give a value or an error that
// says what is wrong; what decodes keeps every listed model.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/ollama/client.h"
#include "core/ollama/types.h"
#include "core/util/version.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

using md::fuzz::check;
using md::fuzz::checkError;
using nlohmann::json;

void decodeLists(const json& reply) {
  const std::size_t listed =
      reply.is_object() && reply.contains("models") && reply["models"].is_array() ? reply["models"].size() : 0;
  if (const auto models = md::ollama::parseModelList(reply); models)
    check(models->size() == listed, "/api/tags decoded to another number of models");
  else
    checkError(models.error(), "parseModelList");
  if (const auto running = md::ollama::parseRunningModels(reply); running)
    check(running->size() == listed, "/api/ps decoded to another number of models");
  else
    checkError(running.error(), "parseRunningModels");
}

void decodeShow(const json& reply) {
  const auto show = md::ollama::parseShow(reply);
  if (!show) {
    checkError(show.error(), "parseShow");
    return;
  }
  check(show->modelInfo.is_object() && show->projectorInfo.is_object() && show->tensors.is_array(),
        "/api/show decoded model_info, projector_info or tensors of the wrong type");
  (void)show->contextLength();
  (void)show->hasCapability("vision");
}

void decodeVersion(const json& reply) {
  const auto text = md::ollama::parseVersionReply(reply);
  if (!text)
    return;
  if (const auto version = md::parseVersion(*text))
    check(md::parseVersion(version->toString()) == version, "a version does not read back from its text");
}

void decodeErrorBody(std::string_view body) {
  static const md::ollama::Client client("http://127.0.0.1:1");
  md::net::HttpResponse response;
  response.status = body.size() % 2 == 0 ? 404 : 500; // NotFound or Http
  response.body = std::string(body);
  checkError(client.describeHttpError("/api/show", response), "describeHttpError");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body = md::fuzz::asText(data, size);
  decodeErrorBody(body);
  const json reply = body.empty() ? json::object() : json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (reply.is_discarded())
    return 0; // the client answers "not JSON" with the body's start
  decodeLists(reply);
  decodeShow(reply);
  decodeVersion(reply);
  return 0;
}
