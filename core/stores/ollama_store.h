#pragma once
// Scans an Ollama model store on disk (OLLAMA_MODELS), with the server off:
// manifests for every host and namespace (incl. hf.co), their layers with
// media types, blobs shared by several models, orphan blobs no manifest
// uses, -partial downloads, legacy sha256:<hex> blob names and the temp
// blobs of killed imports (stores/leftovers).

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/stores/store_entry.h"
#include "core/util/progress.h"
#include "core/util/result.h"

namespace md::stores {

SourceScan scanOllamaStore(const std::filesystem::path& modelsDir, const CancelToken* cancel = nullptr);

// "qwen2:latest" for registry.ollama.ai/library/qwen2/latest,
// "user/m:tag" for another namespace, "hf.co/user/repo:tag" for other hosts.
std::string ollamaModelName(const std::filesystem::path& manifestRelativePath);

// The reverse: "qwen2" -> manifests/registry.ollama.ai/library/qwen2/latest,
// "user/m:tag", "hf.co/user/repo:Q4_K_M". Empty for a name with more than
// three parts or an empty part.
std::filesystem::path ollamaManifestPath(const std::filesystem::path& modelsDir, const std::string& modelName);

struct OllamaLayer {
  std::string mediaType; // "application/vnd.ollama.image.model"…
  std::string kind;      // "model", "projector", "template"… ("config" for the config)
  std::string digest;    // "sha256:<hex>"
  std::uint64_t size = 0;
  std::filesystem::path blob; // blobs/sha256-<hex> (or the legacy sha256:<hex>); empty when missing
};

struct OllamaManifest {
  std::string model; // as ollamaModelName() writes it
  std::filesystem::path path;
  OllamaLayer config;
  std::vector<OllamaLayer> layers;
};

// Reads one model's manifest from a store on disk. NotFound "<name> is not in
// the store at <dir>" when it has no manifest; Malformed when the manifest is
// not one. A layer whose blob is missing keeps an empty `blob`.
Result<OllamaManifest> readOllamaManifest(const std::filesystem::path& modelsDir, const std::string& modelName);

} // namespace md::stores
