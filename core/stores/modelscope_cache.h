#pragma once
// Scans a ModelScope cache (MODELSCOPE_CACHE). Both layouts are probed: the
// older <root>/hub/<org>/<name> and the newer <root>/hub/models/<org>/<name>
// (or <root>/models/<org>/<name> when the root is the hub folder). A "." in a
// name is stored as "___"; .mdl/.msc/.mv sidecars mark a finished download and
// are kept as hints. Files in the ._____temp folder are partial downloads.

#include <filesystem>
#include <string>

#include "core/stores/store_entry.h"
#include "core/util/progress.h"

namespace md::stores {

SourceScan scanModelScopeCache(const std::filesystem::path& root, const CancelToken* cancel = nullptr);

// "Qwen2___5-7B-Instruct" -> "Qwen2.5-7B-Instruct".
std::string modelScopeDecodeName(std::string name);

} // namespace md::stores
