#pragma once
// The text files of an export (core/ollama/model_export.h): the Modelfile
// that recreates the model from the exported files and the manifest's text
// layers, and the README with sizes and SHA-256s.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/util/result.h"

namespace md::ollama {

struct ExportModelfileInput {
  std::string model;                  // the exported model's name (a comment)
  std::vector<std::string> fromFiles; // model file(s), then the projector: "x.gguf" (written "./x.gguf")
  std::vector<std::string> adapters;  // ADAPTER files
  std::optional<std::string> templateText;
  std::optional<std::string> system;
  std::string paramsJson;   // the params layer: {"stop": [...], "num_ctx": 4096, …}
  std::string messagesJson; // the messages layer: [{"role", "content"}, …]
  std::vector<std::string> licenses;
};

// Invalid when a value cannot be written so that Ollama reads it back the same;
// Malformed when the params or messages layer is not the JSON Ollama writes.
Result<std::string> exportModelfileText(const ExportModelfileInput& input);

struct ExportReadmeFile {
  std::string relative;
  std::string role;
  std::uint64_t size = 0;
  std::string sha256;
};

std::string exportReadmeText(const std::string& model, const std::filesystem::path& store,
                             const std::vector<ExportReadmeFile>& files, bool lmStudio);

} // namespace md::ollama
