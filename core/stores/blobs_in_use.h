#pragma once
// The one answer to "which blobs do this store's manifests use?". The store
// scan marks the rest as orphans, model removal deletes only blobs no other
// manifest uses, and the store move copies what is used and leaves the rest.
//
// The policy for damaged manifests, the same for every caller:
// - every blob a manifest names counts as used, even when the manifest is
//   damaged elsewhere (a layer that is not an object, a digest that is not a
//   SHA-256): a cleanup keeps all that a damaged manifest may still need;
// - a manifest that cannot be read or is not JSON names nothing; it is
//   listed as unreadable, and whoever deletes blobs must refuse while any
//   manifest is unreadable, since nobody can tell what it needs.

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/stores/ollama_manifest.h"
#include "core/util/result.h"

namespace md::stores {

struct ManifestBlobs {
  std::filesystem::path relative; // manifests/<host>/<namespace>/<model>/<tag>
  std::string model;              // as ollamaModelName() writes it
  bool readable = false;          // the text was read and is a JSON object with layers
  std::string text;               // the manifest's bytes as read
  ParsedManifest parsed;          // its config and layers, when readable
  std::vector<std::string> hexes; // each blob it names (SHA-256 hex, lowercase), once, in order
  std::string problem;            // empty when whole: why it is damaged or unreadable
};

struct BlobsInUse {
  std::vector<ManifestBlobs> manifests; // sorted by path
  std::set<std::string> hexes;          // every blob any manifest names

  bool uses(const std::string& hex) const { return hexes.count(hex) != 0; }
  // The first manifest that names nothing because it cannot be read, if any.
  const ManifestBlobs* firstUnreadable() const;
};

// Reads every manifest under modelsDir/manifests once (hidden files such as
// .DS_Store are not manifests). `skip` (a full path) is left out: the
// manifest about to be removed. An error only when manifests/ exists but
// cannot be listed.
Result<BlobsInUse> findBlobsInUse(const std::filesystem::path& modelsDir, const std::filesystem::path& skip = {});

// The lowercase hex of "sha256:<64 hex>" or "sha256-<64 hex>" in any case;
// empty when the text is not such a digest.
std::string digestHex(std::string_view digest);

} // namespace md::stores
