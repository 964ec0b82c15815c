#include "tests/support/ollama_fixtures.h"

#include <fstream>

#include <nlohmann/json.hpp>

#include "tests/support/fake_ollama_store.h"
#include "tests/support/tiny_gguf.h"

namespace md::testing {

namespace fs = std::filesystem;

void seedModel(const fs::path& storeRoot, const std::string& name, const SeedOptions& options) {
  FakeStore store(storeRoot);
  TinyGguf model = tinyModel();
  model.tensorFloats = options.modelFloats;
  nlohmann::json layers = nlohmann::json::array();
  layers.push_back(store.putLayer("model", model.bytes()));
  if (options.projector)
    layers.push_back(store.putLayer("projector", tinyClipProjector().bytes()));
  layers.push_back(store.putLayer("template", options.templateText));
  layers.push_back(store.putLayer("params", R"({"stop":["<|end|>"],"num_ctx":4096})"));
  const std::string config = nlohmann::json{
      {"model_format", "gguf"},
      {"model_family", "llama"},
      {"model_families", {"llama"}},
      {"model_type", "1M"},
      {"file_type", "F32"}}.dump();
  const auto configLayer = store.putLayer("config", config);
  nlohmann::json manifest{{"schemaVersion", 2},
                          {"mediaType", "application/vnd.docker.distribution.manifest.v2+json"},
                          {"config",
                           {{"mediaType", "application/vnd.docker.container.image.v1+json"},
                            {"digest", configLayer["digest"]},
                            {"size", configLayer["size"]}}},
                          {"layers", layers}};
  store.writeManifest(*ModelName::parse(name), manifest);
}

ollama::CreateRequest visionCreateRequest(const fs::path& dir, const std::string& model) {
  ollama::CreateRequest request;
  request.model = model;
  request.files = {{dir / "model.gguf", "model.gguf", {}}, {dir / "mmproj.gguf", "mmproj.gguf", {}}};
  request.templateText = "{{ .System }} {{ .Prompt }}";
  request.system = "You see images.";
  request.parameters = {{"temperature", 0.25}, {"num_ctx", std::int64_t(8192)}};
  request.stop = {"<|im_end|>"};
  request.messages = {{"user", "hello", {}}, {"assistant", "hi", {}}};
  request.license = {"MIT"};
  return request;
}

} // namespace md::testing
