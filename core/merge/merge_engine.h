#pragma once
// Runs a merge plan: byte join, shard merge (header rewritten through the
// GGUF writer, tensor bytes copied with padding) or the legacy model +
// projector concatenation. Every output goes through StagedOutput (free
// space, temp file, fsync, atomic rename), its SHA-256 is computed in the
// same pass and written to OUT.sha256, and its header is re-read and its
// size checked before it takes the final name.

#include <chrono>
#include <filesystem>
#include <string>

#include "core/io/segment_copy.h"
#include "core/io/staged_output.h"
#include "core/merge/merge_plan.h"
#include "core/util/progress.h"
#include "core/util/result.h"

namespace md::merge {

// The staged output and the segment copier are io's; merge uses them by these names.
using io::checkFreeSpace;
using io::CopyOptions;
using io::CopyResult;
using io::copySegments;
using io::Segment;
using io::StagedOutput;
using io::StagedOutputOptions;

struct MergeOptions {
  bool overwrite = false;    // the user confirmed replacing an existing output
  bool legacyConcat = false; // model + projector: concatenate, for Ollama < 0.7.1 only
  bool writeChecksumFile = true;
  StagedOutputOptions staging;
  CopyOptions copy;
};

struct MergeResult {
  MergeMode mode = MergeMode::Refused;
  std::filesystem::path output;
  std::filesystem::path checksumFile; // OUT.sha256, when written
  std::uint64_t bytes = 0;
  std::string sha256;
  std::string method; // how bytes moved: clone, copy_file_range, buffered
  double seconds = 0;
  // Temp files an interrupted merge left in the output's folder (its process
  // is gone), removed before this one wrote (each also a note).
  std::vector<std::filesystem::path> leftoversRemoved;
  std::uint64_t leftoverBytes = 0;
};

Result<MergeResult> runMerge(const MergePlan& plan, const std::filesystem::path& output, const MergeOptions& options,
                             ProgressReporter& progress);

// The segments that make the merged file, and its exact size.
struct MergeLayout {
  std::vector<Segment> segments;
  std::uint64_t size = 0;
};
Result<MergeLayout> layoutMerge(const MergePlan& plan, bool legacyConcat);

// Writes "HEX  NAME\n" next to `output` (atomically).
Result<std::filesystem::path> writeChecksumFile(const std::filesystem::path& output, const std::string& sha256);

// Copies `segments` into a staged output at `output`, checks the result's
// header and size, and commits it. Shared by merge and split.
Result<CopyResult> writeStaged(const std::vector<Segment>& segments, const std::filesystem::path& output,
                               std::uint64_t expectedSize, const MergeOptions& options, ProgressReporter& progress);

} // namespace md::merge
