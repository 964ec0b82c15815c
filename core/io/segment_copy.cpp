#include "core/io/segment_copy.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>
#include <set>
#include <thread>

#include "core/io/streaming_flush.h"
#include "core/util/sha256.h"

#ifdef __linux__
#include <unistd.h>
#endif

namespace md::io {
namespace {

// What the test hook's failed write reports: ioError takes the platform's code.
#ifdef _WIN32
constexpr int kDiskFullError = 112; // ERROR_DISK_FULL
#else
constexpr int kDiskFullError = ENOSPC;
#endif

// The hasher reads in chunks that stay in the CPU's cache between the read
// and the hash (faster than the copy's large buffers).
constexpr std::size_t kHashChunk = 1u << 20;

// The copier may run ahead of the hasher (or the hasher of the copier) by at
// most maxDistance (CopyOptions::maxHashLag).
struct Pace {
  explicit Pace(std::uint64_t distance) : maxDistance(distance) {}
  const std::uint64_t maxDistance;
  std::mutex mutex;
  std::condition_variable changed;
  std::atomic<std::uint64_t> copied{0};
  std::atomic<std::uint64_t> hashed{0};
  std::atomic<bool> stop{false};
  std::atomic<bool> hashFailed{false}; // the copy need not go on: the merge fails anyway

  // The hasher: blocks while `mine` is more than maxDistance ahead of `other`.
  void advance(std::atomic<std::uint64_t>& mine, const std::atomic<std::uint64_t>& other, std::uint64_t to) {
    std::unique_lock lock(mutex);
    mine = to;
    changed.notify_all();
    changed.wait(lock, [&] { return stop || mine <= other + maxDistance; });
  }
  // The copier: like advance, but gives up after `timeout` (returns false)
  // so that it can report progress and see a cancel while it waits.
  bool advanceFor(std::atomic<std::uint64_t>& mine, const std::atomic<std::uint64_t>& other, std::uint64_t to,
                  std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex);
    mine = to;
    changed.notify_all();
    return changed.wait_for(lock, timeout, [&] { return stop || mine <= other + maxDistance; });
  }
  // What the progress shows: the bytes both written and hashed.
  std::uint64_t done(std::uint64_t written, bool hashing) const {
    return hashing ? std::min(written, hashed.load()) : written;
  }
  void halt() {
    std::lock_guard lock(mutex);
    stop = true;
    changed.notify_all();
  }
  // Waits until the hasher moves on or stops, or `timeout` passes.
  void awaitChange(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex);
    const std::uint64_t seen = hashed;
    changed.wait_for(lock, timeout, [&] { return stop || hashed != seen; });
  }
};

// Hashes the segments in order, reading input ranges itself.
Result<std::string> hashSegments(const std::vector<Segment>& segments, Pace& pace) {
  Sha256 hash;
  std::vector<std::byte> buffer(kHashChunk);
  std::uint64_t done = 0;
  for (const Segment& segment : segments) {
    if (segment.kind == Segment::Kind::Bytes) {
      hash.update(segment.bytes.data(), segment.bytes.size());
      pace.advance(pace.hashed, pace.copied, done += segment.bytes.size());
      continue;
    }
    std::optional<io::File> input;
    if (segment.kind == Segment::Kind::FileRange) {
      auto opened = io::File::openRead(segment.path);
      if (!opened)
        return opened.error();
      input.emplace(std::move(*opened));
    } else {
      std::fill(buffer.begin(), buffer.end(), std::byte{0});
    }
    for (std::uint64_t at = 0; at < segment.length;) {
      if (pace.stop)
        return std::string();
      const std::size_t want = std::size_t(std::min<std::uint64_t>(buffer.size(), segment.length - at));
      std::size_t got = want;
      if (input) {
        auto read = input->readAt(segment.offset + at, std::span(buffer.data(), want));
        if (!read)
          return read.error();
        got = *read;
        if (got == 0)
          return makeError(ErrorCode::Io, "The input ended early while hashing",
                           Location{segment.path, segment.offset + at, {}, {}});
      }
      hash.update(buffer.data(), got);
      at += got;
      pace.advance(pace.hashed, pace.copied, done += got);
    }
  }
  return hash.finishHex();
}

class Copier {
public:
  Copier(io::File& out, io::StreamingFlush& flush, ProgressReporter& progress, const CopyOptions& options, Pace& pace)
      : out_(out), flush_(flush), progress_(progress), options_(options), pace_(pace), buffer_(options.bufferSize) {}

  Status copy(const Segment& segment) {
    switch (segment.kind) {
    case Segment::Kind::Bytes: return writeBytes(segment.bytes);
    case Segment::Kind::Zeros: return writeZeros(segment.length);
    case Segment::Kind::FileRange: return copyRange(segment);
    }
    return {};
  }
  std::uint64_t written() const { return written_; }
  std::uint64_t cloned() const { return cloned_; }
  std::string methods() const {
    std::string joined;
    for (const auto& method : methods_)
      joined += (joined.empty() ? "" : "+") + method;
    return joined.empty() ? "buffered" : joined;
  }

private:
  // After a large clone the hasher may be far behind: the copier waits for
  // it in slices, reporting the hash's progress and honouring a cancel.
  Status advanced(std::uint64_t bytes, const char* method) {
    written_ += bytes;
    methods_.insert(method);
    if (auto status = flush_.wrote(written_); !status)
      return status;
    for (;;) {
      if (pace_.hashFailed)
        return makeError(ErrorCode::Io, "The hash failed"); // copySegments reports the hasher's error
      progress_.update(pace_.done(written_, options_.computeSha256));
      if (progress_.cancelled())
        return ProgressReporter::cancelledError(); // copySegments stops the hasher
      if (pace_.advanceFor(pace_.copied, pace_.hashed, written_, std::chrono::milliseconds(100)))
        return {};
    }
  }

  Status writeBytes(std::span<const std::byte> bytes) {
    if (written_ + bytes.size() > options_.failWritesAfter)
      return io::ioError("Cannot write", out_.path(), kDiskFullError);
    if (auto status = out_.write(bytes); !status)
      return status;
    return advanced(bytes.size(), "buffered");
  }

  Status writeZeros(std::uint64_t length) {
    std::fill(buffer_.begin(), buffer_.end(), std::byte{0});
    while (length > 0) {
      const std::size_t chunk = std::size_t(std::min<std::uint64_t>(length, buffer_.size()));
      if (auto status = writeBytes(std::span(buffer_.data(), chunk)); !status)
        return status;
      length -= chunk;
    }
    return {};
  }

  Status copyRange(const Segment& segment) {
    auto opened = io::File::openRead(segment.path);
    if (!opened)
      return opened.error();
    io::File& input = *opened;
    std::uint64_t at = 0;
    if (options_.allowClone && cloneWorks_ && options_.failWritesAfter == UINT64_MAX) {
      if (auto status = tryClone(input, segment, at); !status)
        return status;
    }
#ifdef __linux__
    if (options_.allowKernelCopy && kernelCopyWorks_ && options_.failWritesAfter == UINT64_MAX) {
      if (auto status = tryKernelCopy(input, segment, at); !status)
        return status;
    }
#endif
    return bufferedCopy(input, segment, at);
  }

  // Shares the filesystem's blocks where it can (btrfs, XFS, APFS, ReFS);
  // what is left of the segment is copied by the other methods.
  Status tryClone(io::File& input, const Segment& segment, std::uint64_t& at) {
    auto cloned = out_.appendClone(input, segment.offset, segment.length);
    if (!cloned)
      return cloned.error();
    if (cloned->unsupported)
      cloneWorks_ = false;
    if (cloned->bytes == 0)
      return {};
    at = cloned->bytes;
    cloned_ += cloned->bytes;
    return advanced(cloned->bytes, "clone");
  }

  // Double buffering: the next chunk is read on a helper thread while this
  // one is written, so the disk reads and writes at once (the fallback on
  // filesystems without clone or copy_file_range, and on macOS and Windows).
  Status bufferedCopy(io::File& input, const Segment& segment, std::uint64_t at) {
    if (at >= segment.length)
      return {};
    if (spare_.size() != buffer_.size())
      spare_.resize(buffer_.size());
    std::vector<std::byte>* buffers[2] = {&buffer_, &spare_};
    auto readChunk = [&input, &segment](std::vector<std::byte>* buffer, std::uint64_t from) -> Result<std::size_t> {
      const std::size_t want = std::size_t(std::min<std::uint64_t>(buffer->size(), segment.length - from));
      auto read = input.readAt(segment.offset + from, std::span(buffer->data(), want));
      if (read && *read == 0)
        return makeError(ErrorCode::Io, "The input ended early", Location{segment.path, segment.offset + from, {}, {}});
      return read;
    };
    // A pending read always finishes before this returns (a std::async
    // future waits in its destructor), so the buffers outlive it.
    auto next = std::async(std::launch::async, readChunk, buffers[0], at);
    int current = 0;
    while (at < segment.length) {
      auto read = next.get();
      if (!read)
        return read.error();
      const std::uint64_t after = at + *read;
      if (after < segment.length)
        next = std::async(std::launch::async, readChunk, buffers[1 - current], after);
      if (auto status = writeBytes(std::span(buffers[current]->data(), *read)); !status)
        return status;
      at = after;
      current = 1 - current;
    }
    return {};
  }

#ifdef __linux__
  Status tryKernelCopy(io::File& input, const Segment& segment, std::uint64_t& at) {
    constexpr std::size_t chunk = 64u << 20;
    while (at < segment.length) {
      loff_t from = loff_t(segment.offset + at);
      const ssize_t n = ::copy_file_range(input.descriptor(), &from, out_.descriptor(), nullptr,
                                          std::size_t(std::min<std::uint64_t>(chunk, segment.length - at)), 0);
      if (n < 0) {
        if (errno == EINTR)
          continue;
        if (errno == ENOSPC || errno == EDQUOT || errno == EIO)
          return io::ioError("Cannot write", out_.path(), errno);
        kernelCopyWorks_ = false; // EXDEV, ENOSYS, EINVAL, EOPNOTSUPP: fall back
        return {};
      }
      if (n == 0)
        return makeError(ErrorCode::Io, "The input ended early", Location{segment.path, segment.offset + at, {}, {}});
      at += std::uint64_t(n);
      if (auto status = advanced(std::uint64_t(n), "copy_file_range"); !status)
        return status;
    }
    return {};
  }
#endif

  io::File& out_;
  io::StreamingFlush& flush_;
  ProgressReporter& progress_;
  const CopyOptions& options_;
  Pace& pace_;
  std::vector<std::byte> buffer_;
  std::vector<std::byte> spare_; // the second buffer of bufferedCopy
  std::uint64_t written_ = 0;
  std::set<std::string> methods_;
  bool cloneWorks_ = true;
  std::uint64_t cloned_ = 0; // of written_, shared with the input instead of written
  bool kernelCopyWorks_ = true;
};

// The output goes to disk (fsync) on a helper thread while the hasher
// finishes the last stretch, which the progress follows. Cancelling stops
// the hash; the flush, which cannot be interrupted, is waited for. A cancel
// that comes as the last byte is hashed is honoured too.
Status flushWhileHashing(io::StreamingFlush& flush, Pace& pace, ProgressReporter& progress, std::uint64_t written,
                         bool hashing) {
  auto flushed = std::async(std::launch::async, [&flush] { return flush.finish(); });
  Status status;
  for (;;) {
    const bool hashDone = pace.stop;
    progress.update(pace.done(written, hashing));
    if (progress.cancelled()) {
      status = ProgressReporter::cancelledError();
      pace.halt();
      break;
    }
    if (hashDone)
      break;
    pace.awaitChange(std::chrono::milliseconds(100));
  }
  auto synced = flushed.get();
  return status ? synced : status;
}

} // namespace

Segment Segment::fileRange(std::filesystem::path path, std::uint64_t offset, std::uint64_t length) {
  Segment segment;
  segment.kind = Kind::FileRange;
  segment.path = std::move(path);
  segment.offset = offset;
  segment.length = length;
  return segment;
}

Segment Segment::literal(std::vector<std::byte> bytes) {
  Segment segment;
  segment.kind = Kind::Bytes;
  segment.bytes = std::move(bytes);
  return segment;
}

Segment Segment::zeros(std::uint64_t length) {
  Segment segment;
  segment.kind = Kind::Zeros;
  segment.length = length;
  return segment;
}

std::uint64_t totalSize(const std::vector<Segment>& segments) {
  std::uint64_t total = 0;
  for (const auto& segment : segments)
    total += segment.size();
  return total;
}

Result<CopyResult> copySegments(const std::vector<Segment>& segments, io::File& out, ProgressReporter& progress,
                                const CopyOptions& options) {
  progress.beginPhase("writing", totalSize(segments));
  Pace pace(options.maxHashLag);
  std::optional<Result<std::string>> hash;
  if (!options.computeSha256) {
    hash.emplace(std::string());
    pace.halt(); // nothing to keep pace with
  }
  std::thread hasher([&] {
    if (options.computeSha256) {
      if (options.beforeHashing)
        options.beforeHashing();
      hash.emplace(hashSegments(segments, pace));
      pace.hashFailed = !hash->ok();
    }
    pace.halt(); // never leave the copier waiting on a finished hasher
  });
  io::StreamingFlush flush(out);
  Copier copier(out, flush, progress, options, pace);
  Status status;
  for (const Segment& segment : segments) {
    status = copier.copy(segment);
    if (!status)
      break;
  }
  if (status)
    status = flushWhileHashing(flush, pace, progress, copier.written(), options.computeSha256);
  else
    pace.halt();
  hasher.join();
  if (!hash->ok())
    return hash->error(); // what made the copy stop early, if it did
  if (!status)
    return status.error();
  progress.finishPhase();
  return CopyResult{copier.written(), hash->value(), copier.methods(), copier.cloned()};
}

} // namespace md::io
