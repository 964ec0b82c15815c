#pragma once
// Default store locations, from the environment:
//   Ollama:       OLLAMA_MODELS, else ~/.ollama/models (~ is USERPROFILE on Windows, as
//                 for Ollama itself, HOME elsewhere)
//   Hugging Face: HF_HUB_CACHE, else HF_HOME/hub, else XDG_CACHE_HOME/huggingface/hub,
//                 else ~/.cache/huggingface/hub
//   ModelScope:   MODELSCOPE_CACHE, else ~/.cache/modelscope

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/util/result.h"

namespace md::stores {

// Looks a variable up; std::getenv by default, injectable for tests.
using EnvironmentLookup = std::function<std::optional<std::string>(const std::string&)>;

struct StoreLocations {
  std::filesystem::path ollama;
  std::filesystem::path huggingFace;
  std::filesystem::path modelScope;
};

StoreLocations defaultStoreLocations(const EnvironmentLookup& lookup = {});

// Where an Ollama server's store may be, in this order, existing or not, no
// duplicates: OLLAMA_MODELS when set, ~/.ollama/models, and on Linux the
// system service's store /usr/share/ollama/.ollama/models (the home of the
// `ollama` user the official install script creates).
std::vector<std::filesystem::path> ollamaStoreCandidates(const EnvironmentLookup& lookup = {});

// The first candidate holding a manifest for `model`; NotFound listing every
// folder tried otherwise.
Result<std::filesystem::path> findStoreHolding(const std::string& model,
                                               const std::vector<std::filesystem::path>& candidates);

} // namespace md::stores
