#pragma once
// Reads a sequence of segments (byte ranges of files, literal bytes, zero
// padding) as one stream, front to back, without writing it anywhere: the
// body of an upload of a file that exists only as its parts, and the hash of
// such a file before it is sent.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/io/file.h"
#include "core/io/segment_copy.h"
#include "core/util/progress.h"
#include "core/util/result.h"

namespace md::io {

class SegmentReader {
public:
  explicit SegmentReader(const std::vector<Segment>& segments);

  // Up to buffer.size() next bytes; 0 at the end. An input that ends before
  // its segment does is an Io error at that offset.
  Result<std::size_t> read(std::span<std::byte> buffer);
  std::uint64_t position() const { return position_; }
  std::uint64_t size() const { return size_; }

private:
  const std::vector<Segment>& segments_;
  std::size_t index_ = 0;    // the segment being read
  std::uint64_t within_ = 0; // bytes of it already read
  std::uint64_t position_ = 0;
  std::uint64_t size_ = 0;
  std::optional<File> open_; // the current FileRange's input
};

// The SHA-256 (64 lowercase hex digits) of the stream the segments make;
// phase "hashing" in bytes, polling the cancel token.
Result<std::string> sha256OfSegments(const std::vector<Segment>& segments, ProgressReporter& progress,
                                     const std::string& detail = {});

} // namespace md::io
