#include "core/ollama/checksum_sidecar.h"

#include <fstream>
#include <system_error>

#include "core/ollama/digest.h"
#include "core/util/paths.h"

namespace md::ollama {

namespace fs = std::filesystem;

SidecarDigest readChecksumSidecar(const fs::path& file) {
  SidecarDigest result;
  result.path = file;
  result.path += ".sha256";
  std::error_code ec;
  if (!fs::is_regular_file(result.path, ec))
    return result;
  const auto size = fs::file_size(result.path, ec);
  if (ec || size > 4096) {
    result.ignoredWhy = "it is not a checksum line";
    return result;
  }
  std::ifstream in(result.path, std::ios::binary);
  std::string line;
  std::getline(in, line);
  if (!line.empty() && line.back() == '\r')
    line.pop_back();
  // "HEX  NAME" (text mode) or "HEX *NAME" (binary mode).
  const std::string hex = line.substr(0, 64);
  const std::string digest = normalizeDigest("sha256:" + hex);
  if (digest.empty() || line.size() < 67 || line[64] != ' ' || (line[65] != ' ' && line[65] != '*')) {
    result.ignoredWhy = "it is not a checksum line";
    return result;
  }
  if (line.substr(66) != pathToUtf8(file.filename())) {
    result.ignoredWhy = "it names '" + line.substr(66) + "', not this file";
    return result;
  }
  const auto fileTime = fs::last_write_time(file, ec);
  const auto sidecarTime = ec ? fs::file_time_type() : fs::last_write_time(result.path, ec);
  if (ec) {
    result.ignoredWhy = "its time could not be read";
    return result;
  }
  if (sidecarTime < fileTime) {
    result.ignoredWhy = "the file was modified after it was written";
    return result;
  }
  result.digest = digest;
  return result;
}

} // namespace md::ollama
