#include "ui/models/ollama_snapshot.h"

#include "core/ollama/client.h"

namespace md {
namespace ui {

Result<OllamaSnapshot> fetchOllamaSnapshot(const std::string& url, const std::map<std::string, OllamaShowFacts>& cache,
                                           const CancelToken* cancel) {
  md::ollama::ClientOptions options;
  options.connectTimeout = std::chrono::milliseconds(2000);
  options.requestTimeout = std::chrono::milliseconds(8000);
  const md::ollama::Client client(url, options);
  auto models = client.listModels(cancel);
  if (!models)
    return models.error();
  OllamaSnapshot snapshot;
  snapshot.models = std::move(*models);
  if (auto running = client.runningModels(cancel))
    snapshot.running = std::move(*running);
  for (const auto& model : snapshot.models) {
    if (cancel && cancel->cancelled())
      return ProgressReporter::cancelledError();
    if (const auto it = cache.find(model.name); it != cache.end() && it->second.digest == model.digest) {
      snapshot.facts[model.name] = it->second;
      continue;
    }
    auto show = client.show(model.name, false, cancel);
    if (!show)
      continue; // the row shows what /api/tags knows
    snapshot.facts[model.name] = OllamaShowFacts{model.digest, show->contextLength(), show->capabilities};
  }
  return snapshot;
}

} // namespace ui
} // namespace md
