#pragma once
// Writing a large output without ever leaving a half-written file under its
// final name: free space is checked first, bytes go to a hidden temp file in
// the target folder (".NAME.modeldesk-partial-PID"), which is fsynced and
// renamed atomically on commit, and removed on cancel or failure. After a
// crash only the temp file remains; findLeftoverPartials() finds it.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <vector>

#include "core/io/file.h"
#include "core/util/result.h"

namespace md::io {

struct StagedOutputOptions {
  bool overwrite = false; // replace an existing final file (the user confirmed)
  // Free bytes at a folder; tests inject a small number. Default: filesystem.
  std::function<std::uint64_t(const std::filesystem::path&)> freeSpace;
};

class StagedOutput {
public:
  static Result<StagedOutput> create(const std::filesystem::path& finalPath, std::uint64_t expectedSize,
                                     const StagedOutputOptions& options = {});
  StagedOutput(StagedOutput&&) noexcept;
  StagedOutput& operator=(StagedOutput&&) noexcept;
  ~StagedOutput(); // abandons the temp file unless committed

  io::File& file() { return file_; }
  const std::filesystem::path& tempPath() const { return tempPath_; }
  const std::filesystem::path& finalPath() const { return finalPath_; }

  // fsync, close, rename over the final name, fsync the folder.
  Status commit();
  // The same, under a name known only now (a blob named by the SHA-256 of
  // what was written); it must be in the temp file's folder. An existing
  // file of that name is refused unless the output may overwrite.
  Status commitAs(const std::filesystem::path& finalPath);
  // Close and delete the temp file.
  void abandon();

private:
  StagedOutput() = default;
  io::File file_;
  std::filesystem::path tempPath_;
  std::filesystem::path finalPath_;
  bool overwrite_ = false;
  bool done_ = false;
};

// "Needs 3.20 GiB in /x, but only 1.00 GiB is free." or ok.
Status checkFreeSpace(const std::filesystem::path& folder, std::uint64_t needed,
                      const std::function<std::uint64_t(const std::filesystem::path&)>& freeSpace = {});

struct LeftoverPartial {
  std::filesystem::path path;
  std::filesystem::path finalName; // what it would have become
  std::uint64_t size = 0;
  long pid = 0;              // the process that wrote it (from the name)
  bool ownerRunning = false; // that process is still alive
};

bool isPartialName(const std::filesystem::path& fileName);
// The hidden temp name StagedOutput writes `finalPath` under, in its folder
// (".NAME.modeldesk-partial-PID"), for temp files made by other means (a
// hard link, a rename) that findLeftoverPartials must find too.
std::filesystem::path partialPathFor(const std::filesystem::path& finalPath);
std::vector<LeftoverPartial> findLeftoverPartials(const std::filesystem::path& folder);
// The same facts for one file; nothing when its name is not such a temp name.
std::optional<LeftoverPartial> leftoverPartialAt(const std::filesystem::path& file);

} // namespace md::io
