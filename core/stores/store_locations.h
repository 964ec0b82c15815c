#pragma once
// Default store locations, from the environment:
//   Ollama:       OLLAMA_MODELS, else ~/.ollama/models
//   Hugging Face: HF_HUB_CACHE, else HF_HOME/hub, else XDG_CACHE_HOME/huggingface/hub,
//                 else ~/.cache/huggingface/hub
//   ModelScope:   MODELSCOPE_CACHE, else ~/.cache/modelscope

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace md::stores {

// Looks a variable up; std::getenv by default, injectable for tests.
using EnvironmentLookup = std::function<std::optional<std::string>(const std::string&)>;

struct StoreLocations {
  std::filesystem::path ollama;
  std::filesystem::path huggingFace;
  std::filesystem::path modelScope;
};

StoreLocations defaultStoreLocations(const EnvironmentLookup& lookup = {});

} // namespace md::stores
