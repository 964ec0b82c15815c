#pragma once
// The size of a folder, counted in the background: every physical file once
// (hard links, Hugging Face symlinks into blobs/), symlinks not followed.
// Reports files counted as progress and stops when cancelled.

#include <cstdint>
#include <filesystem>

#include "core/util/progress.h"

namespace md::env {

struct FolderSize {
  std::uint64_t bytes = 0;
  std::uint64_t files = 0;
  bool exists = false;
};

Result<FolderSize> folderSize(const std::filesystem::path& folder, ProgressReporter& progress);

} // namespace md::env
