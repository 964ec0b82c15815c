#pragma once
// Small text files (profiles, config snippets, journals) written whole and
// atomically: the bytes go to a hidden temp file beside the target, are
// fsynced, and are renamed over the final name. A reader never sees half a
// file. For large outputs with a free-space check see io::StagedOutput.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/util/result.h"

namespace md::io {

enum class FileAccess {
  Keep,    // an existing file keeps its permission bits; a new one gets the umask's
  Private, // readable and writable by the owner only (0600), e.g. files holding API keys
};

// Replaces `path` with `bytes`, creating missing parent folders. A symlink
// is followed: what it points at is replaced and the link stays. A file
// that must be private is an error when it cannot be made so.
Status writeFileAtomically(const std::filesystem::path& path, std::string_view bytes,
                           FileAccess access = FileAccess::Keep);

// The whole file, or nullopt when it does not exist.
Result<std::optional<std::string>> readSmallFile(const std::filesystem::path& path);

} // namespace md::io
