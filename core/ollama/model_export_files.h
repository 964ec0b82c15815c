#pragma once
// The files of one export under their hidden temp names (core/ollama/
// model_export.h): each blob cloned, hard-linked or copied next to its final
// name and checked against its digest, each text file written; then all
// renamed at once. Until commitAll() succeeds, the destructor removes every
// temp file, every file already renamed and the folders it made.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/io/staged_output.h"
#include "core/ollama/model_export.h"
#include "core/util/progress.h"
#include "core/util/result.h"

namespace md::ollama {

class ExportFiles {
public:
  ExportFiles(std::filesystem::path folder, const ExportOptions& options);
  ~ExportFiles();
  ExportFiles(const ExportFiles&) = delete;
  ExportFiles& operator=(const ExportFiles&) = delete;

  // Creates the folder (and the ones above it that are missing).
  Status makeFolder();
  // AlreadyExists when any of `names` is there already.
  Status checkFree(const std::vector<std::string>& names) const;

  // A blob with digest "sha256:<hex>" as `relative`.
  Result<ExportedFile> addBlob(const std::filesystem::path& blob, const std::string& digest, std::uint64_t size,
                               const std::string& relative, const std::string& role, ProgressReporter& progress);
  Result<ExportedFile> addText(const std::string& text, const std::string& relative, const std::string& role);

  // Renames every temp file to its final name.
  Status commitAll();

private:
  struct Pending {
    std::optional<io::StagedOutput> output; // a clone, a copy or a text file
    std::filesystem::path linkTemp;         // a hard link
    std::filesystem::path finalPath;
  };
  Result<std::optional<ExportedFile>> tryClone(const std::filesystem::path& blob, const std::string& digest,
                                               const ExportedFile& file, ProgressReporter& progress);
  Result<std::optional<ExportedFile>> tryLink(const std::filesystem::path& blob, const std::string& digest,
                                              const ExportedFile& file, ProgressReporter& progress);
  Result<ExportedFile> copy(const std::filesystem::path& blob, const std::string& digest, ExportedFile file,
                            ProgressReporter& progress);
  void removeAll();

  std::filesystem::path folder_;
  const ExportOptions& options_;
  std::vector<std::filesystem::path> madeFolders_; // deepest last
  std::vector<Pending> pending_;
  std::vector<std::filesystem::path> committed_;
  bool done_ = false;
};

// The SHA-256 of `path` (phase "verifying") equals `digest`, else Malformed: the blob is damaged.
Status verifyBlobCopy(const std::filesystem::path& path, const std::filesystem::path& blob, const std::string& digest,
                      const std::string& relative, ProgressReporter& progress);

} // namespace md::ollama
