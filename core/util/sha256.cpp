// SHA-256 for all of core: OpenSSL's EVP on Linux and macOS, Windows' own CNG
// (BCrypt) on Windows, so the Windows build needs no OpenSSL. The same test
// vectors run against both (tests/core/test_util.cpp, also under Wine).
#include "core/util/sha256.h"

#include <algorithm>
#include <array>

#include "core/util/hex.h"

#ifdef _WIN32
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
// windows.h first: bcrypt.h needs its types.
#include <bcrypt.h>
#else
#include <openssl/evp.h>
#endif

namespace md {

#ifdef _WIN32

// One hash object per hasher, on Windows' shared SHA-256 provider (opened once,
// thread-safe, kept for the life of the process).
struct Sha256::Context {
  BCRYPT_HASH_HANDLE hash = nullptr;
  Context() {
    static const BCRYPT_ALG_HANDLE algorithm = [] {
      BCRYPT_ALG_HANDLE handle = nullptr;
      BCryptOpenAlgorithmProvider(&handle, BCRYPT_SHA256_ALGORITHM, nullptr, 0);
      return handle;
    }();
    if (algorithm)
      BCryptCreateHash(algorithm, &hash, nullptr, 0, nullptr, 0, 0);
  }
  ~Context() {
    if (hash)
      BCryptDestroyHash(hash);
  }
};

Sha256::Sha256() : context_(std::make_unique<Context>()) {}

Sha256::~Sha256() = default;

void Sha256::update(const void* data, std::size_t size) {
  auto* bytes = static_cast<PUCHAR>(const_cast<void*>(data));
  while (size > 0 && context_->hash) { // ULONG lengths: feed at most 1 GiB a call
    const ULONG chunk = ULONG(std::min<std::size_t>(size, std::size_t(1) << 30));
    BCryptHashData(context_->hash, bytes, chunk, 0);
    bytes += chunk;
    size -= chunk;
  }
}

std::string Sha256::finishHex() {
  std::array<unsigned char, 32> bytes{};
  if (!context_->hash || BCryptFinishHash(context_->hash, bytes.data(), ULONG(bytes.size()), 0) != 0)
    return {}; // never matches a digest, so a failure cannot pass for a hash
  return hexEncode(bytes.data(), bytes.size());
}

#else

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

std::string Sha256::finishHex() {
  std::array<unsigned char, EVP_MAX_MD_SIZE> bytes{};
  unsigned int length = 0;
  EVP_DigestFinal_ex(context_->md, bytes.data(), &length);
  return hexEncode(bytes.data(), length);
}

#endif

} // namespace md
