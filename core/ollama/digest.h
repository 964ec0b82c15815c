#pragma once
// SHA-256 digests in Ollama's form: "sha256:" and 64 lowercase hex digits.
// The server compares digests as strings, so every digest we send is
// lowercase.

#include <string>
#include <string_view>

namespace md::ollama {

// Accepts "sha256:<64 hex>" or "sha256-<64 hex>" in any case and returns the
// lowercase "sha256:" form; empty when the text is not a digest.
std::string normalizeDigest(std::string_view text);

// "sha256:<hex>" for 64 lowercase hex digits (io::sha256OfFile, md::Sha256).
inline std::string digestFromHex(const std::string& hex) {
  return "sha256:" + hex;
}

} // namespace md::ollama
