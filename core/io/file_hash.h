#pragma once
// The SHA-256 of a whole file, read in large chunks, with progress and
// cancel (phase "hashing").

#include <filesystem>
#include <string>

#include "core/util/progress.h"
#include "core/util/result.h"

namespace md::io {

// 64 lowercase hex digits; polls the progress's cancel token.
Result<std::string> sha256OfFile(const std::filesystem::path& path, ProgressReporter& progress);

} // namespace md::io
