#pragma once
// One model's manifest in a local Ollama store (OLLAMA_MODELS), by its name
// as the API shows it: "qwen2" / "qwen2:latest" →
// manifests/registry.ollama.ai/library/qwen2/latest, "user/m:tag" →
// manifests/registry.ollama.ai/user/m/tag, "hf.co/user/repo:Q4" →
// manifests/hf.co/user/repo/Q4.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/result.h"

namespace md::stores {

struct ManifestLayer {
  std::string mediaType; // "application/vnd.ollama.image.model", config's docker type
  std::string digest;    // "sha256:<hex>"
  std::uint64_t size = 0;
  bool config = false; // the manifest's config entry, not a layer
  bool blobPresent = false;
};

struct OllamaManifest {
  std::filesystem::path path;
  std::vector<ManifestLayer> layers; // config first, then the layers in order
};

// The manifest's path for a model name, or nullopt when the name has more
// than three '/'-separated parts or an empty part.
std::optional<std::filesystem::path> ollamaManifestPath(const std::filesystem::path& modelsDir, std::string_view name);
// Reads the manifest; NotFound when the store has no such model.
Result<OllamaManifest> readOllamaManifest(const std::filesystem::path& modelsDir, std::string_view name);

} // namespace md::stores
