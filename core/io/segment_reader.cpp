#include "core/io/segment_reader.h"

#include <algorithm>
#include <cstring>

#include "core/util/sha256.h"

namespace md::io {

SegmentReader::SegmentReader(const std::vector<Segment>& segments) : segments_(segments), size_(totalSize(segments)) {}

Result<std::size_t> SegmentReader::read(std::span<std::byte> buffer) {
  while (index_ < segments_.size() && within_ >= segments_[index_].size()) {
    ++index_;
    within_ = 0;
    open_.reset();
  }
  if (index_ >= segments_.size() || buffer.empty())
    return std::size_t(0);
  const Segment& segment = segments_[index_];
  const std::size_t want = std::size_t(std::min<std::uint64_t>(buffer.size(), segment.size() - within_));
  std::size_t got = want;
  switch (segment.kind) {
  case Segment::Kind::Bytes: std::memcpy(buffer.data(), segment.bytes.data() + within_, want); break;
  case Segment::Kind::Zeros: std::fill_n(buffer.begin(), want, std::byte{0}); break;
  case Segment::Kind::FileRange: {
    if (!open_) {
      auto opened = File::openRead(segment.path);
      if (!opened)
        return opened.error();
      open_.emplace(std::move(*opened));
    }
    auto read = open_->readAt(segment.offset + within_, buffer.first(want));
    if (!read)
      return read.error();
    if (*read == 0)
      return makeError(ErrorCode::Io, "The file got shorter while it was read",
                       Location{segment.path, segment.offset + within_, {}, {}});
    got = *read;
    break;
  }
  }
  within_ += got;
  position_ += got;
  return got;
}

Result<std::string> sha256OfSegments(const std::vector<Segment>& segments, ProgressReporter& progress,
                                     const std::string& detail) {
  SegmentReader reader(segments);
  progress.beginPhase("hashing", reader.size(), detail);
  Sha256 hasher;
  std::vector<std::byte> buffer(std::size_t(4) << 20);
  for (;;) {
    auto got = reader.read(buffer);
    if (!got)
      return got.error();
    if (*got == 0)
      break;
    hasher.update(buffer.data(), *got);
    if (!progress.update(reader.position()))
      return ProgressReporter::cancelledError();
  }
  progress.finishPhase();
  return hasher.finishHex();
}

} // namespace md::io
