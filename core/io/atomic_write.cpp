#include "core/io/atomic_write.h"

#include <cerrno>
#include <system_error>
#include <vector>

#include "core/io/file.h"
#include "core/io/replace_file.h"
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
  return makeError(ErrorCode::Io, what + " " + pathToUtf8(path) + ": " + ec.message(), atPath(path));
}

// A symlink (a ~/.profile kept in a dotfiles folder) stays a symlink: what
// it finally points at is written, even when that does not exist yet.
fs::path followLinks(fs::path path) {
  std::error_code ec;
  for (int hops = 0; hops < 40 && fs::is_symlink(path, ec); ++hops) {
    const fs::path target = fs::read_symlink(path, ec);
    if (ec)
      break;
    path = target.is_absolute() ? target : (path.parent_path() / target).lexically_normal();
  }
  return path;
}

} // namespace

Status writeFileAtomically(const fs::path& link, std::string_view bytes, FileAccess access) {
  const fs::path path = followLinks(link);
  std::error_code ec;
  const fs::path folder = path.parent_path();
  if (!folder.empty()) {
    fs::create_directories(folder, ec);
    if (ec)
      return makeError(ErrorCode::Io, Message(MessageId::CannotCreateFolder, {pathToUtf8(folder), ec.message()}),
                       atPath(folder));
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
      // A file that holds a secret is never left readable by others.
      fs::permissions(temp, fs::perms::owner_read | fs::perms::owner_write, ec);
      if (ec)
        written = fsError("Cannot make readable by its owner only", path, ec);
    } else {
      const auto permissions = fs::status(path, ec).permissions();
      if (!ec && permissions != fs::perms::unknown)
        fs::permissions(temp, permissions, ec);
    }
    if (written)
      written = replaceFile(temp, path);
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
