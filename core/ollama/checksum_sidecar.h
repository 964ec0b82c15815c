#pragma once
// A known SHA-256 for a file, from the "<file>.sha256" sidecar the merge
// writes (core/merge writeChecksumFile: "HEX  NAME\n", the sha256sum format,
// which `sha256sum -b` writes as "HEX *NAME").
//
// Trust rule: the sidecar is used only when its one line names this file
// and holds 64 hex digits, and it was written no earlier than the file was
// last modified (the merge writes it after the file is in place; editing the
// file afterwards makes the file newer, so the sidecar is ignored and the
// file is hashed). A wrong sidecar that slips through still cannot corrupt
// a model: the upload hashes what it sends and Ollama checks the digest of
// what it receives, so a mismatch fails the upload. The one case it cannot
// catch is a blob with that digest that is already on the server, whose
// upload is skipped; the mtime rule is what guards that case.

#include <filesystem>
#include <string>

namespace md::ollama {

struct SidecarDigest {
  std::string digest;         // "sha256:<hex>" when usable
  std::string ignoredWhy;     // why a sidecar that exists was not used
  std::filesystem::path path; // the sidecar's path
};

SidecarDigest readChecksumSidecar(const std::filesystem::path& file);

} // namespace md::ollama
