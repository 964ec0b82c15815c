#pragma once
// Shared by the libFuzzer targets: inputs split into records, a scratch
// folder per fuzzing process (for the readers of files and folders), and
// checks that stop the run with a message, so libFuzzer keeps the input
// that broke a promise (not only one that crashed).

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/result.h"

namespace md::fuzz {

// Inputs made of several pieces (files of a tree, replies) separate them
// with the ASCII record separator; the seed corpus writes them that way.
inline constexpr char kRecordSeparator = '\x1e';

std::vector<std::string_view> splitRecords(std::string_view input);
std::string joinRecords(const std::vector<std::string>& records);

inline std::string_view asText(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Stops the run: libFuzzer reports it as a crash and saves the input.
[[noreturn]] void fail(const std::string& what);
inline void check(bool condition, const char* what) {
  if (!condition)
    fail(what);
}
// An error a reader returns must say something (and describe() must work).
void checkError(const Error& error, const char* reader);

// A folder for this process under the temp folder (scripts/fuzz.sh points
// TMPDIR into build/fuzz), removed at exit.
const std::filesystem::path& scratch();
// Empties `folder` (permissions restored first), leaving it in place.
void emptyFolder(const std::filesystem::path& folder);
// Writes `bytes`, creating the parent folders; false when that fails (a
// fuzzed name the file system refuses).
bool writeFile(const std::filesystem::path& path, std::string_view bytes);

// A relative path from fuzzed text: '/'-separated components, at most
// `maxDepth` of them, none empty, "." or ".." and none longer than 200
// bytes; NUL bytes dropped. Empty when nothing usable is left.
std::filesystem::path safeRelativePath(std::string_view text, int maxDepth);

} // namespace md::fuzz
