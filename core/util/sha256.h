#pragma once
// The one SHA-256 in core (OpenSSL's EVP; on Windows CNG, BCrypt). Merges hash what they write with
// it, the Ollama client its blobs, a store move what it copied.

#include <cstddef>
#include <memory>
#include <string>

namespace md {

class Sha256 {
public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void update(const void* data, std::size_t size);
  // 64 lowercase hex digits; the hasher cannot be used afterwards.
  std::string finishHex();

private:
  struct Context;
  std::unique_ptr<Context> context_;
};

} // namespace md
