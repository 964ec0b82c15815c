#pragma once
// A small Ollama model store on disk for the store-move tests: blobs named by
// their SHA-256 and manifests that use them.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace md::testing {

// Writes blobs/sha256-<hex> holding `seed` followed by zeros up to `size`
// bytes (sparse, so large blobs cost no disk). Returns the file name.
std::string writeStoreBlob(const std::filesystem::path& store, const std::string& seed, std::uint64_t size = 0);

// Writes manifests/registry.ollama.ai/library/<model>/<tag>: the first blob
// is the config, the others are layers. Returns its path.
std::filesystem::path writeStoreManifest(const std::filesystem::path& store, const std::string& model,
                                         const std::string& tag, const std::vector<std::string>& blobs);

// Two models sharing a blob ("shared"), plus a blob no manifest uses and a
// partial download. Returns the blob names the models use.
std::vector<std::string> writeSampleStore(const std::filesystem::path& store, std::uint64_t blobSize = 0);

} // namespace md::testing
