#pragma once
// Fixtures for the Ollama tests: models written straight into a store (the
// fake server's, or a registry folder for pull).

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/ollama/requests.h"

namespace md::testing {

struct SeedOptions {
  bool projector = false;
  std::string templateText = "{{ .Prompt }}";
  std::uint64_t modelFloats = 16; // the model layer's size grows with this
};

// Writes a model (model, optional projector, template and params layers,
// config, manifest) into a store in Ollama's layout.
void seedModel(const std::filesystem::path& storeRoot, const std::string& name, const SeedOptions& options = {});

// A create request for dir/model.gguf and dir/mmproj.gguf (not written here)
// with every text field set: template, system, parameters, stop, messages, license.
ollama::CreateRequest visionCreateRequest(const std::filesystem::path& dir, const std::string& model = "mine:v1");

} // namespace md::testing
