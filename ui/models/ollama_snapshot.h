#pragma once
// What the Ollama tab shows, fetched on a job thread: GET /api/tags, then
// /api/ps (loaded models and their VRAM) and /api/show for every model whose
// digest is new (context length, capabilities), reusing earlier answers.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/ollama/types.h"
#include "core/util/progress.h"
#include "core/util/result.h"

namespace md {
namespace ui {

// The facts /api/show adds to a row; cached by model name and digest.
struct OllamaShowFacts {
  std::string digest;
  std::optional<std::uint64_t> contextLength;
  std::vector<std::string> capabilities;
};

struct OllamaSnapshot {
  std::vector<md::ollama::ModelSummary> models;
  std::vector<md::ollama::RunningModel> running;
  std::map<std::string, OllamaShowFacts> facts; // by model name
};

Result<OllamaSnapshot> fetchOllamaSnapshot(const std::string& url, const std::map<std::string, OllamaShowFacts>& cache,
                                           const CancelToken* cancel);

} // namespace ui
} // namespace md
