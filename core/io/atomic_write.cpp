#include "core/io/atomic_write.h"

#include <cerrno>
#include <system_error>
#include <vector>

#include "core/io/file.h"
#include "core/util/paths.h"

#ifdef _WIN32
#include <process.h>
#define MD_ATOMIC_GETPID _getpid
#else
#include <unistd.h>
#define MD_ATOMIC_GETPID getpid
#endif

namespace md::io {
namespace fs = std::filesystem;

namespace {
Error fsError(const std::string& what, const fs::path& path, const std::error_code& ec) {
  return makeError(ErrorCode::Io, what + " " + pathToUtf8(path) + ": " + ec.message(), Location{path, {}, {}, {}});
}
} // namespace

Status writeFileAtomically(const fs::path& path, std::string_view bytes, FileAccess access) {
  std::error_code ec;
  const fs::path folder = path.parent_path();
  if (!folder.empty()) {
    fs::create_directories(folder, ec);
    if (ec)
      return makeError(ErrorCode::Io, Message(MessageId::CannotCreateFolder, {pathToUtf8(folder), ec.message()}),
                       Location{folder, {}, {}, {}});
  }
  const fs::path temp =
      folder / pathFromUtf8("." + pathToUtf8(path.filename()) + ".modeldesk-tmp-" + std::to_string(MD_ATOMIC_GETPID()));
  fs::remove(temp, ec);
  auto file = File::createNew(temp);
  if (!file)
    return file.error();
  const auto* data = reinterpret_cast<const std::byte*>(bytes.data());
  Status written = file->write({data, bytes.size()});
  if (written)
    written = file->sync();
  file->close();
  if (written) {
    if (access == FileAccess::Private) {
      fs::permissions(temp, fs::perms::owner_read | fs::perms::owner_write, ec);
    } else {
      const auto permissions = fs::status(path, ec).permissions();
      if (!ec && permissions != fs::perms::unknown)
        fs::permissions(temp, permissions, ec);
    }
    fs::rename(temp, path, ec);
    if (ec)
      written = fsError("Cannot replace", path, ec);
  }
  if (!written)
    fs::remove(temp, ec);
  return written;
}

Result<std::optional<std::string>> readSmallFile(const fs::path& path) {
  std::error_code ec;
  if (!fs::exists(path, ec))
    return std::optional<std::string>();
  auto file = File::openRead(path);
  if (!file)
    return file.error();
  std::string text;
  std::vector<std::byte> buffer(64 * 1024);
  for (std::uint64_t offset = 0;;) {
    auto got = file->readAt(offset, buffer);
    if (!got)
      return got.error();
    if (*got == 0)
      break;
    text.append(reinterpret_cast<const char*>(buffer.data()), *got);
    offset += *got;
  }
  return std::optional<std::string>(std::move(text));
}

} // namespace md::io
