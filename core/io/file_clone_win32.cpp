#ifdef _WIN32
// Block cloning for md::io::File on Windows: FSCTL_DUPLICATE_EXTENTS_TO_FILE,
// which ReFS (and Dev Drive) supports. Its rules: source and target offsets
// on cluster boundaries, less than 4 GiB a call, the target already long
// enough (so it is extended first), both files on one volume with the same
// integrity-stream setting, and no sparse source. NTFS answers the
// integrity-information query with an error, which is how it is told apart.
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#include <winioctl.h>

#include <algorithm>

#include "core/io/file.h"

// Older SDK headers (MinGW's among them) lack these; the values are the
// Windows SDK's (winioctl.h).
#ifndef FSCTL_GET_INTEGRITY_INFORMATION
#define FSCTL_GET_INTEGRITY_INFORMATION CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 159, METHOD_BUFFERED, FILE_ANY_ACCESS)
#endif
#ifndef FSCTL_DUPLICATE_EXTENTS_TO_FILE
#define FSCTL_DUPLICATE_EXTENTS_TO_FILE CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 209, METHOD_BUFFERED, FILE_WRITE_DATA)
#endif

namespace md::io {
namespace {

// The layouts of FSCTL_GET_INTEGRITY_INFORMATION_BUFFER and
// DUPLICATE_EXTENTS_DATA, under names of our own.
struct IntegrityInformation {
  WORD checksumAlgorithm;
  WORD reserved;
  DWORD flags;
  DWORD checksumChunkSizeInBytes;
  DWORD clusterSizeInBytes;
};

struct DuplicateExtents {
  HANDLE fileHandle;
  LARGE_INTEGER sourceFileOffset;
  LARGE_INTEGER targetFileOffset;
  LARGE_INTEGER byteCount;
};

constexpr std::uint64_t kMaxCloneCall = 1ull << 30; // under the 4 GiB limit

bool setEndOfFile(void* handle, std::uint64_t size) {
  FILE_END_OF_FILE_INFO end{};
  end.EndOfFile.QuadPart = LONGLONG(size);
  return ::SetFileInformationByHandle(handle, FileEndOfFileInfo, &end, sizeof end) != 0;
}

bool isSpaceError(DWORD error) {
  return error == ERROR_DISK_FULL || error == ERROR_HANDLE_DISK_FULL;
}

} // namespace

Result<CloneOutcome> File::appendClone(const File& source, std::uint64_t sourceOffset, std::uint64_t length) {
  IntegrityInformation integrity{};
  DWORD returned = 0;
  if (!::DeviceIoControl(source.handle_, FSCTL_GET_INTEGRITY_INFORMATION, nullptr, 0, &integrity, sizeof integrity,
                         &returned, nullptr))
    return CloneOutcome{0, true}; // not ReFS: no block cloning
  BY_HANDLE_FILE_INFORMATION sourceInfo{};
  if (!::GetFileInformationByHandle(source.handle_, &sourceInfo) ||
      (sourceInfo.dwFileAttributes & FILE_ATTRIBUTE_SPARSE_FILE) != 0)
    return CloneOutcome{}; // a sparse source needs a sparse target: copy it
  const std::uint64_t cluster = integrity.clusterSizeInBytes > 0 ? integrity.clusterSizeInBytes : 4096;
  auto current = size();
  if (!current)
    return current.error();
  const std::uint64_t at = *current;
  const std::uint64_t wanted = length / cluster * cluster;
  if (at % cluster != 0 || sourceOffset % cluster != 0 || wanted == 0)
    return CloneOutcome{};
  if (!setEndOfFile(handle_, at + wanted)) {
    const DWORD error = ::GetLastError();
    return isSpaceError(error) ? Result<CloneOutcome>(ioError("Cannot extend", path_, int(error)))
                               : Result<CloneOutcome>(CloneOutcome{});
  }
  std::uint64_t done = 0;
  DWORD failure = ERROR_SUCCESS;
  while (done < wanted) {
    const std::uint64_t chunk = std::min(wanted - done, kMaxCloneCall);
    DuplicateExtents extents{};
    extents.fileHandle = source.handle_;
    extents.sourceFileOffset.QuadPart = LONGLONG(sourceOffset + done);
    extents.targetFileOffset.QuadPart = LONGLONG(at + done);
    extents.byteCount.QuadPart = LONGLONG(chunk);
    if (!::DeviceIoControl(handle_, FSCTL_DUPLICATE_EXTENTS_TO_FILE, &extents, sizeof extents, nullptr, 0, &returned,
                           nullptr)) {
      failure = ::GetLastError();
      break;
    }
    done += chunk;
  }
  if (done < wanted && !setEndOfFile(handle_, at + done)) // give back the part not cloned
    return ioError("Cannot truncate", path_, int(::GetLastError()));
  if (isSpaceError(failure))
    return ioError("Cannot clone into", path_, int(failure));
  LARGE_INTEGER end{};
  end.QuadPart = LONGLONG(at + done);
  if (!::SetFilePointerEx(handle_, end, nullptr, FILE_BEGIN))
    return ioError("Cannot seek", path_, int(::GetLastError()));
  // ERROR_INVALID_FUNCTION / ERROR_NOT_SUPPORTED: this pair of files cannot
  // share blocks (another volume, different integrity settings).
  return CloneOutcome{done, done == 0 && failure != ERROR_SUCCESS};
}

// Windows has no ranged writeback hint; FlushFileBuffers at the end does it.
Status File::startWriteback(std::uint64_t, std::uint64_t) {
  return {};
}
Status File::awaitWriteback(std::uint64_t, std::uint64_t) {
  return {};
}

} // namespace md::io
#endif
