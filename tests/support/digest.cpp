#include "tests/support/digest.h"

#include <fstream>

#ifdef _WIN32
// The Windows tests (under Wine) have no OpenSSL: core's hasher (CNG) stands
// in, itself checked against the published test vectors.
#include "core/util/sha256.h"
#else
#include <openssl/evp.h>
#endif

namespace md::testing {

namespace {

#ifdef _WIN32
class Hasher {
public:
  void add(const void* data, std::size_t size) { sha_.update(data, size); }
  std::string hex() { return sha_.finishHex(); }

private:
  Sha256 sha_;
};
#else

class Hasher {
public:
  Hasher() : context_(EVP_MD_CTX_new()) { EVP_DigestInit_ex(context_, EVP_sha256(), nullptr); }
  ~Hasher() { EVP_MD_CTX_free(context_); }
  void add(const void* data, std::size_t size) { EVP_DigestUpdate(context_, data, size); }
  std::string hex() {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context_, digest, &length);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < length; ++i) {
      out += kHex[digest[i] >> 4];
      out += kHex[digest[i] & 15];
    }
    return out;
  }

private:
  EVP_MD_CTX* context_;
};
#endif

} // namespace

std::string sha256Hex(const std::vector<std::byte>& bytes) {
  Hasher hasher;
  hasher.add(bytes.data(), bytes.size());
  return hasher.hex();
}

std::string sha256OfFile(const std::filesystem::path& path) {
  Hasher hasher;
  std::ifstream in(path, std::ios::binary);
  std::vector<char> buffer(4 << 20);
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    hasher.add(buffer.data(), static_cast<std::size_t>(in.gcount()));
  }
  return hasher.hex();
}

} // namespace md::testing
