#pragma once
// Scans an Ollama model store on disk (OLLAMA_MODELS), with the server off:
// manifests for every host and namespace (incl. hf.co), their layers with
// media types, blobs shared by several models, orphan blobs no manifest
// uses, -partial downloads and legacy sha256:<hex> blob names.

#include <filesystem>
#include <string>

#include "core/stores/store_entry.h"
#include "core/util/progress.h"

namespace md::stores {

SourceScan scanOllamaStore(const std::filesystem::path& modelsDir, const CancelToken* cancel = nullptr);

// "qwen2:latest" for registry.ollama.ai/library/qwen2/latest,
// "user/m:tag" for another namespace, "hf.co/user/repo:tag" for other hosts.
std::string ollamaModelName(const std::filesystem::path& manifestRelativePath);

} // namespace md::stores
