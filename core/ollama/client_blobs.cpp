// Blob calls of Client: HEAD and a streamed POST with upload progress.
#include <cstring>
#include <optional>

#include "core/io/file.h"
#include "core/io/file_hash.h"
#include "core/ollama/client.h"
#include "core/ollama/digest.h"
#include "core/util/sha256.h"

namespace md::ollama {

Result<bool> Client::hasBlob(const std::string& digest, const CancelToken* cancel) const {
  const std::string path = "/api/blobs/" + normalizeDigest(digest);
  auto response = net::perform(makeRequest("HEAD", path, cancel));
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
    return makeError(ErrorCode::Invalid, "'" + knownDigest + "' is not a sha256 digest", Location{file, {}, {}, {}});
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
  auto opened = io::File::openRead(file);
  if (!opened)
    return opened.error();
  auto size = opened->size();
  if (!size)
    return size.error();
  const std::string path = "/api/blobs/" + digest;
  // A local token stops curl both when the user cancels and when a read fails.
  CancelToken stop;
  std::optional<Error> readError;
  md::Sha256 sentHash;
  std::uint64_t offset = 0;

  auto request = makeRequest("POST", path, &stop);
  request.totalTimeout = std::chrono::milliseconds(0);
  request.lowSpeedSeconds = options_.streamStallSeconds;
  request.stallTimeout = std::chrono::seconds(options_.streamStallSeconds);
  request.headers.emplace_back("Content-Type", "application/octet-stream");
  request.bodySize = *size;
  request.bodyReader = [&](char* buffer, std::size_t capacity) -> std::size_t {
    auto got = opened->readAt(offset, std::span(reinterpret_cast<std::byte*>(buffer), capacity));
    if (!got || (*got == 0 && offset < *size)) {
      readError =
          got ? makeError(ErrorCode::Io, "The file got shorter while it was uploaded", Location{file, offset, {}, {}})
              : got.error();
      stop.cancel();
      return 0;
    }
    sentHash.update(buffer, *got);
    offset += *got;
    return *got;
  };
  request.onUpload = [&](std::uint64_t uploaded, std::uint64_t) {
    if (!progress.update(uploaded))
      stop.cancel();
  };
  progress.beginPhase("uploading", *size, file.filename().string());
  auto response = net::perform(request);
  if (readError)
    return *readError;
  if (!response)
    return describeTransportError(response.error());
  const bool changed = offset == *size && digestFromHex(sentHash.finishHex()) != digest;
  if (changed)
    return makeError(ErrorCode::Io, "The file changed while it was uploaded (its SHA-256 is no longer " + digest + ")",
                     Location{file, {}, {}, {}});
  if (response->status != 200 && response->status != 201)
    return describeHttpError(path, *response);
  progress.update(*size);
  progress.finishPhase();
  return {};
}

} // namespace md::ollama
