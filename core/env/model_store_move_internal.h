#pragma once
// Shared by model_store_plan.cpp and model_store_move.cpp: the journal of
// verified blobs kept in the target while a move runs.

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/util/result.h"

namespace md::env::moveinternal {

using Journal = std::map<std::string, std::uint64_t>; // blob file name -> size

long processId();
// Empty when there is no journal (or it cannot be read: then every blob at
// the target is hashed again, which is slow but safe).
Journal readJournal(const std::filesystem::path& target);
Status writeJournal(const std::filesystem::path& target, const Journal& journal);

// Adds the blobs a manifest uses to `blobs`, as file names ("sha256-<hex>");
// returns what is wrong with the manifest, or "" when it is fine.

} // namespace md::env::moveinternal
