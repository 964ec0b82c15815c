#pragma once
// The one reader of an Ollama manifest's JSON text (manifests/<host>/<ns>/
// <model>/<tag>): its config and layers, each with media type, digest and
// size. Never throws: a field of the wrong type reads as missing, and each
// caller decides how strict to be (the store scan notes a bad layer and goes
// on, reading one model refuses it, a store move keeps what it can name).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/result.h"

namespace md::stores {

struct ManifestLayerRef {
  bool object = false;     // the entry is a JSON object at all
  bool wellFormed = false; // an object with a string mediaType and digest, and an unsigned size if any
  std::string mediaType;   // empty when missing or not a string
  std::string digest;      // as written: "sha256:<hex>"; empty when missing or not a string
  std::uint64_t size = 0;  // 0 when missing
};

struct ParsedManifest {
  bool hasLayers = false; // a "layers" array is present
  std::optional<ManifestLayerRef> config;
  std::vector<ManifestLayerRef> layers;
};

// Malformed when the text is not a JSON object.
Result<ParsedManifest> parseOllamaManifest(std::string_view text);

} // namespace md::stores
