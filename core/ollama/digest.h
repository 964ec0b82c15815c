#pragma once
// SHA-256 digests in Ollama's form: "sha256:" and 64 lowercase hex digits.
// The server compares digests as strings, so every digest we send is
// lowercase.

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "core/util/progress.h"
#include "core/util/result.h"

namespace md::ollama {

// Incremental SHA-256 over OpenSSL EVP.
class Sha256 {
public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void update(const void* data, std::size_t size);
  // "sha256:<hex>"; the hasher cannot be used afterwards.
  std::string finishDigest();

private:
  struct Context;
  std::unique_ptr<Context> context_;
};

// Accepts "sha256:<64 hex>" or "sha256-<64 hex>" in any case and returns the
// lowercase "sha256:" form; empty when the text is not a digest.
std::string normalizeDigest(std::string_view text);

// Hashes a file in phase "hashing", polling the progress's cancel token.
Result<std::string> sha256OfFile(const std::filesystem::path& path, ProgressReporter& progress);

} // namespace md::ollama
