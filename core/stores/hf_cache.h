#pragma once
// Scans a Hugging Face hub cache (HF_HUB_CACHE, usually ~/.cache/huggingface/hub,
// or HF_HOME, whose hub/ it reads):
// models--{org}--{name} repos with refs, revisions and snapshot files resolved
// through symlinks into blobs/; the Windows layout where snapshot files are
// plain files; Xet blobs shared at hub/blobs (counted once); .incomplete files.

#include <filesystem>
#include <string>

#include "core/stores/store_entry.h"
#include "core/util/progress.h"

namespace md::stores {

SourceScan scanHuggingFaceCache(const std::filesystem::path& hubDir, const CancelToken* cancel = nullptr);

// "models--Qwen--Qwen2-0.5B" -> "Qwen/Qwen2-0.5B"; empty when not a model repo.
std::string huggingFaceRepoId(const std::string& folderName);

} // namespace md::stores
