// Seeds for the Ollama readers, as the fake Ollama server (tests/support)
// answers over real HTTP: the bodies of /api/version, /api/tags, /api/show,
// /api/ps and an error answer (ollama_reply_fuzz), and the NDJSON streams of
// pull, chat and generate, whole and with the server's faults (ndjson_fuzz;
// the first byte of each picks how the fuzzer cuts it into chunks).
#include <string>

#include <nlohmann/json.hpp>

#include "core/net/http_client.h"
#include "tests/fuzz/corpus.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/ollama_fixtures.h"
#include "tests/support/temp_folder.h"

namespace md::fuzz {
namespace {

std::string answer(const testing::FakeOllama& server, const std::string& method, const std::string& path,
                   const nlohmann::json& body = nullptr) {
  net::HttpRequest request;
  request.method = method;
  request.url = server.url() + path;
  request.totalTimeout = std::chrono::milliseconds(20000);
  if (!body.is_null()) {
    request.body = body.dump();
    request.headers.emplace_back("Content-Type", "application/json");
  }
  const auto response = net::perform(request);
  return response ? response->body : std::string();
}

void saveStream(const SeedWriter& seeds, const std::string& name, const std::string& stream) {
  seeds.save("ndjson_fuzz", name, std::string(1, char(name.size())) + stream);
}

void writeStreams(const SeedWriter& seeds, testing::FakeOllama& server) {
  const nlohmann::json chat = {{"model", "llava:7b"},
                               {"messages", {{{"role", "user"}, {"content", "Why is the sky blue?"}}}}};
  const nlohmann::json generate = {{"model", "llava:7b"}, {"prompt", "Why is the sky blue?"}};
  saveStream(seeds, "chat", answer(server, "POST", "/api/chat", chat));
  saveStream(seeds, "generate", answer(server, "POST", "/api/generate", generate));
  saveStream(seeds, "pull", answer(server, "POST", "/api/pull", {{"model", "qwen2:0.5b"}}));
  saveStream(seeds, "pull-unknown", answer(server, "POST", "/api/pull", {{"model", "nowhere:1b"}}));
  testing::FakeOllamaFaults faults;
  faults.malformedLineAt = 2;
  server.setFaults(faults);
  saveStream(seeds, "chat-malformed-line", answer(server, "POST", "/api/chat", chat));
  faults = {};
  faults.errorLineAt = 3;
  server.setFaults(faults);
  saveStream(seeds, "generate-error-line", answer(server, "POST", "/api/generate", generate));
  server.setFaults({});
}

void writeReplies(const SeedWriter& seeds, const testing::FakeOllama& server) {
  seeds.save("ollama_reply_fuzz", "version", answer(server, "GET", "/api/version"));
  seeds.save("ollama_reply_fuzz", "tags", answer(server, "GET", "/api/tags"));
  seeds.save("ollama_reply_fuzz", "show", answer(server, "POST", "/api/show", {{"model", "llava:7b"}}));
  seeds.save("ollama_reply_fuzz", "show-verbose",
             answer(server, "POST", "/api/show", {{"model", "qwen2:0.5b"}, {"verbose", true}}));
  seeds.save("ollama_reply_fuzz", "show-missing", answer(server, "POST", "/api/show", {{"model", "nowhere"}}));
  seeds.save("ollama_reply_fuzz", "ps", answer(server, "GET", "/api/ps")); // after the chat: llava is loaded
}

// What a server that is not quite Ollama (a proxy, another version) may
// send: fields of other types, so the fuzzer starts from them.
void writeOddSeeds(const SeedWriter& seeds) {
  saveStream(seeds, "odd-errors",
             "{\"error\":{\"code\":500,\"message\":\"proxy\"}}\r\n{\"error\":7}\n{\"error\":null,\"done\":false}\n");
  saveStream(seeds, "odd-final",
             "\n  \r\n{\"response\":5,\"done\":\"yes\"}\n{\"message\":[],\"done\":true,\"eval_count\":-1,"
             "\"eval_duration\":1.5e300,\"total_duration\":18446744073709551616}");
  seeds.save("ollama_reply_fuzz", "odd-tags",
             R"({"models":[{"name":7,"size":-1,"details":"x"},{"size":1.5,"details":{"families":[1]}}]})");
  seeds.save("ollama_reply_fuzz", "odd-show",
             R"({"model_info":[],"tensors":{},"capabilities":"vision","details":null,"license":["MIT"]})");
  seeds.save("ollama_reply_fuzz", "odd-version", R"({"version":0.12})");
  seeds.save("ollama_reply_fuzz", "odd-version-text", R"({"version":"v99999999999.1.2-rc1"})");
}

} // namespace

void writeOllamaSeeds(const SeedWriter& seeds) {
  writeOddSeeds(seeds);
  testing::TempFolder registry("fuzz-registry");
  testing::FakeOllama server;
  if (!server.start()) {
    std::fprintf(stderr, "the fake Ollama server did not start: no Ollama seeds\n");
    return;
  }
  testing::seedModel(server.modelsDir(), "llava:7b", {.projector = true, .templateText = "{{ .Prompt }}"});
  testing::seedModel(server.modelsDir(), "qwen2:0.5b");
  testing::seedModel(registry.path(), "qwen2:0.5b");
  server.setRegistryDir(registry.path());
  writeStreams(seeds, server);
  writeReplies(seeds, server);
}

} // namespace md::fuzz
