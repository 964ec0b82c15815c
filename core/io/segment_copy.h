#pragma once
// Writes an output as a sequence of segments (byte ranges of input files,
// literal bytes such as a rewritten header, and zero padding) and computes
// the output's SHA-256 in the same pass on a second thread that overlaps the
// copy. Inputs are only read. The fastest available method is used per
// segment: a filesystem clone (io::File::appendClone: btrfs/XFS, APFS,
// ReFS), the kernel's copy_file_range, or a buffered copy with two large
// buffers (the next chunk is read while the current one is written). The
// output streams to the disk as it is written (io::File::startWriteback).

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/io/file.h"
#include "core/util/progress.h"
#include "core/util/result.h"

namespace md::io {

struct Segment {
  enum class Kind { FileRange, Bytes, Zeros };
  Kind kind = Kind::FileRange;
  std::filesystem::path path;   // FileRange
  std::uint64_t offset = 0;     // FileRange
  std::uint64_t length = 0;     // FileRange and Zeros
  std::vector<std::byte> bytes; // Bytes

  static Segment fileRange(std::filesystem::path path, std::uint64_t offset, std::uint64_t length);
  static Segment literal(std::vector<std::byte> bytes);
  static Segment zeros(std::uint64_t length);
  std::uint64_t size() const { return kind == Kind::Bytes ? bytes.size() : length; }
};

struct CopyOptions {
  bool allowClone = true;
  bool allowKernelCopy = true;
  std::size_t bufferSize = 8u << 20;
  bool computeSha256 = true; // off only to measure what hashing costs
  // How far the copy may run ahead of the hash (or the hash of the copy). A
  // gigabyte lets the copy finish early enough that the output's flush to
  // disk overlaps the rest of the hash, and a gigabyte just read is still in
  // the page cache when the hasher reads it again.
  std::uint64_t maxHashLag = 1u << 30;
  // Test hooks: the write that would pass this many bytes fails with ENOSPC;
  // a call the hasher makes (on its thread) before it reads anything.
  std::uint64_t failWritesAfter = UINT64_MAX;
  std::function<void()> beforeHashing;
};

struct CopyResult {
  std::uint64_t bytes = 0;
  std::string sha256;            // lowercase hex (empty when not computed)
  std::string method;            // "clone", "copy_file_range", "buffered" or a mix joined by '+'
  std::uint64_t clonedBytes = 0; // of `bytes`, shared with the inputs' blocks (nothing new on the disk)
};

std::uint64_t totalSize(const std::vector<Segment>& segments);

// Appends every segment to `out` and flushes it to disk (fsync, which
// overlaps the end of the hash). Reports phase "writing" in bytes.
Result<CopyResult> copySegments(const std::vector<Segment>& segments, io::File& out, ProgressReporter& progress,
                                const CopyOptions& options = {});

} // namespace md::io
