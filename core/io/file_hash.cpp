#include "core/io/file_hash.h"

#include <vector>

#include "core/io/file.h"
#include "core/util/sha256.h"

namespace md::io {

Result<std::string> sha256OfFile(const std::filesystem::path& path, ProgressReporter& progress) {
  auto file = File::openRead(path);
  if (!file)
    return file.error();
  auto size = file->size();
  if (!size)
    return size.error();
  progress.beginPhase("hashing", *size, path.filename().string());
  Sha256 hasher;
  std::vector<std::byte> buffer(std::size_t(4) << 20);
  std::uint64_t offset = 0;
  while (offset < *size) {
    auto got = file->readAt(offset, buffer);
    if (!got)
      return got.error();
    if (*got == 0)
      return makeError(ErrorCode::Io, "The file got shorter while it was read", Location{path, offset, {}, {}});
    hasher.update(buffer.data(), *got);
    offset += *got;
    if (!progress.update(offset))
      return ProgressReporter::cancelledError();
  }
  progress.finishPhase();
  return hasher.finishHex();
}

} // namespace md::io
