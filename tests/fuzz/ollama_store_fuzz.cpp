// libFuzzer target for Ollama manifests and the whole-store scan. Each
// input is a store: records (fuzz_support.h) that are either
// "manifest <path under manifests/>\n<bytes>", "blob <file name>\n<bytes>",
// or plain manifest bytes (then at registry.ollama.ai/library/m<N>/latest).
// The blobs the manifests name are written too, except those whose hex ends
// in 0 (missing blobs). It is written into a scratch folder, then scanned,
// read model by model, and a model is removed on disk. Promises checked:
// no blob a manifest uses is called an orphan, and removing a model never
// deletes a blob another manifest still names.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/ollama/model_removal.h"
#include "core/stores/blobs_in_use.h"
#include "core/stores/ollama_manifest.h"
#include "core/stores/ollama_store.h"
#include "core/util/paths.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

namespace fs = std::filesystem;
using md::fuzz::check;

struct Written {
  std::vector<fs::path> manifests; // relative to manifests/
};

void writeNamedBlobs(const fs::path& store, std::string_view manifestBytes) {
  const auto parsed = md::stores::parseOllamaManifest(manifestBytes);
  if (!parsed)
    return;
  std::vector<const md::stores::ManifestLayerRef*> layers;
  if (parsed->config)
    layers.push_back(&*parsed->config);
  for (const auto& layer : parsed->layers)
    layers.push_back(&layer);
  for (const auto* layer : layers) {
    const std::string hex = md::stores::digestHex(layer->digest);
    if (hex.empty() || hex.back() == '0')
      continue;
    const fs::path blob = store / "blobs" / ("sha256-" + hex);
    if (!fs::exists(blob))
      md::fuzz::writeFile(blob, std::string(std::min<std::uint64_t>(layer->size, 64), 'x'));
  }
}

Written writeStore(const fs::path& store, std::string_view input) {
  Written written;
  int unnamed = 0;
  fs::create_directories(store / "manifests");
  fs::create_directories(store / "blobs");
  for (std::string_view record : md::fuzz::splitRecords(input)) {
    const auto newline = record.find('\n');
    const std::string_view head = record.substr(0, newline);
    const std::string_view body = newline == std::string_view::npos ? std::string_view() : record.substr(newline + 1);
    if (head.starts_with("blob ")) {
      const fs::path name = md::fuzz::safeRelativePath(head.substr(5), 1);
      if (!name.empty())
        md::fuzz::writeFile(store / "blobs" / name, body);
      continue;
    }
    fs::path relative;
    std::string_view bytes = record;
    if (head.starts_with("manifest ")) {
      relative = md::fuzz::safeRelativePath(head.substr(9), 4);
      bytes = body;
    }
    if (relative.empty())
      relative = fs::path("registry.ollama.ai") / "library" / ("m" + std::to_string(unnamed++)) / "latest";
    if (md::fuzz::writeFile(store / "manifests" / relative, bytes)) {
      written.manifests.push_back(relative);
      writeNamedBlobs(store, bytes);
    }
  }
  return written;
}

std::set<std::string> existingBlobs(const fs::path& store) {
  std::set<std::string> names;
  std::error_code error;
  for (fs::directory_iterator it(store / "blobs", error), end; !error && it != end; it.increment(error))
    names.insert(md::pathToUtf8(it->path().filename()));
  return names;
}

void checkScan(const fs::path& store, const md::stores::BlobsInUse& use) {
  const md::stores::SourceScan scan = md::stores::scanOllamaStore(store);
  for (const auto& entry : scan.entries)
    if (entry.orphan && !entry.sha256.empty())
      check(!use.uses(entry.sha256), "the scan calls a blob an orphan that a manifest uses");
}

// Removes the model of the first manifest; whatever another manifest still
// names must stay.
void checkRemoval(const fs::path& store, const Written& written) {
  if (written.manifests.empty())
    return;
  const std::set<std::string> before = existingBlobs(store);
  const std::string model = md::stores::ollamaModelName(written.manifests.front());
  const auto removed = md::ollama::removeOllamaModelFiles(store, model);
  if (!removed) {
    md::fuzz::checkError(removed.error(), "removeOllamaModelFiles");
    check(existingBlobs(store) == before, "a refused removal deleted blobs");
    return;
  }
  const auto after = md::stores::findBlobsInUse(store);
  check(after.ok(), "the store cannot be read after a removal");
  const std::set<std::string> left = existingBlobs(store);
  for (const std::string& hex : after->hexes)
    if (before.count("sha256-" + hex))
      check(left.count("sha256-" + hex) != 0, "removing a model deleted a blob another manifest uses");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const fs::path store = md::fuzz::scratch() / "models";
  md::fuzz::emptyFolder(md::fuzz::scratch());
  const Written written = writeStore(store, md::fuzz::asText(data, size));

  const auto use = md::stores::findBlobsInUse(store);
  check(use.ok(), "findBlobsInUse failed on a store it can list");
  for (const auto& manifest : use->manifests)
    for (const std::string& hex : manifest.hexes)
      check(use->uses(hex), "a blob a manifest names is not in use");
  checkScan(store, *use);
  for (const fs::path& relative : written.manifests) {
    const std::string model = md::stores::ollamaModelName(relative);
    if (const auto manifest = md::stores::readOllamaManifest(store, model); !manifest)
      md::fuzz::checkError(manifest.error(), "readOllamaManifest");
  }
  checkRemoval(store, written);
  return 0;
}
