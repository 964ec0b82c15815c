// Blob calls of Client: HEAD and a streamed POST with upload progress.
#include <cstring>
#include <optional>

#include "core/io/file.h"
#include "core/io/file_hash.h"
#include "core/io/segment_reader.h"
#include "core/ollama/client.h"
#include "core/ollama/client_calls.h"
#include "core/ollama/digest.h"
#include "core/util/sha256.h"

namespace md::ollama {
namespace {

// Ollama answers 400 "invalid digest format" for such text; the client says so before asking.
Error notADigest(const std::string& text, Location where = {}) {
  return makeError(ErrorCode::Invalid, "'" + text + "' is not a sha256 digest", std::move(where));
}

} // namespace

Result<bool> Client::hasBlob(const std::string& digest, const CancelToken* cancel) const {
  const std::string normal = normalizeDigest(digest);
  if (normal.empty())
    return notADigest(digest);
  const std::string path = "/api/blobs/" + normal;
  auto response = net::perform(calls::makeRequest(*this, "HEAD", path, cancel));
  if (!response)
    return describeTransportError(response.error());
  if (response->status == 200)
    return true;
  if (response->status == 404)
    return false;
  return describeHttpError(path, *response);
}

Result<std::string> Client::uploadBlob(const std::filesystem::path& file, ProgressReporter& progress,
                                       const std::string& knownDigest) const {
  std::string digest = normalizeDigest(knownDigest);
  if (!knownDigest.empty() && digest.empty())
    return notADigest(knownDigest, atPath(file));
  if (digest.empty()) {
    auto hashed = io::sha256OfFile(file, progress);
    if (!hashed)
      return hashed.error();
    digest = digestFromHex(*hashed);
  }
  auto present = hasBlob(digest, progress.cancelToken());
  if (!present)
    return present.error();
  if (!*present) {
    if (auto sent = sendBlob(file, digest, progress); !sent)
      return sent.error();
  }
  return digest;
}

Status Client::sendBlob(const std::filesystem::path& file, const std::string& digest,
                        ProgressReporter& progress) const {
  std::error_code ec;
  const auto size = std::filesystem::file_size(file, ec);
  if (ec)
    return io::ioError("Cannot read", file, ec.value());
  return uploadSegments({io::Segment::fileRange(file, 0, size)}, digest, progress, file.filename().string());
}

Status Client::uploadSegments(const std::vector<io::Segment>& segments, const std::string& digest,
                              ProgressReporter& progress, const std::string& detail) const {
  const std::string path = "/api/blobs/" + normalizeDigest(digest);
  const std::filesystem::path first = segments.empty() ? std::filesystem::path() : segments.front().path;
  io::SegmentReader reader(segments);
  const std::uint64_t size = reader.size();
  // A local token stops curl both when the user cancels and when a read fails.
  CancelToken stop;
  std::optional<Error> readError;
  md::Sha256 sentHash;

  auto request = calls::makeRequest(*this, "POST", path, &stop);
  request.totalTimeout = std::chrono::milliseconds(0);
  request.lowSpeedSeconds = options_.streamStallSeconds;
  request.stallTimeout = std::chrono::seconds(options_.streamStallSeconds);
  request.headers.emplace_back("Content-Type", "application/octet-stream");
  request.bodySize = size;
  request.bodyReader = [&](char* buffer, std::size_t capacity) -> std::size_t {
    auto got = reader.read(std::span(reinterpret_cast<std::byte*>(buffer), capacity));
    if (!got || (*got == 0 && reader.position() < size)) {
      readError = got ? makeError(ErrorCode::Io, "The file got shorter while it was uploaded",
                                  Location{first, reader.position(), {}, {}})
                      : got.error();
      stop.cancel();
      return 0;
    }
    sentHash.update(buffer, *got);
    return *got;
  };
  request.onUpload = [&](std::uint64_t uploaded, std::uint64_t) {
    if (!progress.update(uploaded))
      stop.cancel();
  };
  progress.beginPhase("uploading", size, detail);
  auto response = net::perform(request);
  if (readError)
    return *readError;
  if (!response)
    return describeTransportError(response.error());
  const bool changed = reader.position() == size && digestFromHex(sentHash.finishHex()) != normalizeDigest(digest);
  if (changed)
    return makeError(ErrorCode::Io, "The file changed while it was uploaded (its SHA-256 is no longer " + digest + ")",
                     atPath(first));
  if (response->status != 200 && response->status != 201)
    return describeHttpError(path, *response);
  progress.update(size);
  progress.finishPhase();
  return {};
}

} // namespace md::ollama
