#pragma once
// What a file that is not GGUF most likely is, in the words a user needs:
// downloads often leave an empty file, a Git LFS pointer (a clone without
// git-lfs) or a web page (an error or sign-in page saved under the name).
// Shared by `gguf info` (the reader's error) and the merge plan.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/util/message.h"

namespace md::gguf {

// How many bytes from the start of a file are enough to tell.
inline constexpr std::size_t kNotGgufSniffBytes = 512;

// `start` is the beginning of the file (up to kNotGgufSniffBytes), `size`
// its whole size; `name` names the file in the message.
Message notGgufProblem(const std::string& name, std::string_view start, std::uint64_t size);
// Reads the beginning of `path` itself.
Message notGgufProblem(const std::string& name, const std::filesystem::path& path, std::uint64_t size);

} // namespace md::gguf
