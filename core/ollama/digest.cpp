#include "core/ollama/digest.h"

#include <openssl/evp.h>

#include <array>
#include <cctype>
#include <vector>

#include "core/io/file.h"

namespace md::ollama {

struct Sha256::Context {
  EVP_MD_CTX* md = EVP_MD_CTX_new();
  ~Context() { EVP_MD_CTX_free(md); }
};

Sha256::Sha256() : context_(std::make_unique<Context>()) {
  EVP_DigestInit_ex(context_->md, EVP_sha256(), nullptr);
}

Sha256::~Sha256() = default;

void Sha256::update(const void* data, std::size_t size) {
  EVP_DigestUpdate(context_->md, data, size);
}

std::string Sha256::finishDigest() {
  std::array<unsigned char, EVP_MAX_MD_SIZE> bytes{};
  unsigned int length = 0;
  EVP_DigestFinal_ex(context_->md, bytes.data(), &length);
  static constexpr char hex[] = "0123456789abcdef";
  std::string out = "sha256:";
  for (unsigned int i = 0; i < length; ++i) {
    out += hex[bytes[i] >> 4];
    out += hex[bytes[i] & 15];
  }
  return out;
}

std::string normalizeDigest(std::string_view text) {
  constexpr std::size_t kHexLength = 64;
  if (text.size() != 7 + kHexLength)
    return {};
  std::string out;
  for (char c : text.substr(0, 6))
    out += char(std::tolower(static_cast<unsigned char>(c)));
  if (out != "sha256" || (text[6] != ':' && text[6] != '-'))
    return {};
  out += ':';
  for (char c : text.substr(7)) {
    if (!std::isxdigit(static_cast<unsigned char>(c)))
      return {};
    out += char(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

Result<std::string> sha256OfFile(const std::filesystem::path& path, ProgressReporter& progress) {
  auto file = io::File::openRead(path);
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
  return hasher.finishDigest();
}

} // namespace md::ollama
