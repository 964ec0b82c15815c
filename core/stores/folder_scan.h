#pragma once
// Scans a folder the user added, recursively, for GGUF files: *.gguf, byte
// split parts (x.gguf.aa) and unfinished downloads (.part, .incomplete,
// .crdownload, .download), and the temp outputs of killed merges
// (stores/leftovers).

#include <filesystem>

#include "core/stores/store_entry.h"
#include "core/util/progress.h"

namespace md::stores {

SourceScan scanGgufFolder(const std::filesystem::path& folder, const CancelToken* cancel = nullptr);

} // namespace md::stores
