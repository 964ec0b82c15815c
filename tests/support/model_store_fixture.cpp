#include "tests/support/model_store_fixture.h"

#include <fstream>

#include <nlohmann/json.hpp>

#include "tests/support/digest.h"

namespace md::testing {
namespace fs = std::filesystem;

std::string writeStoreBlob(const fs::path& store, const std::string& seed, std::uint64_t size) {
  fs::create_directories(store / "blobs");
  const fs::path temp = store / "blobs" / "writing";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << seed;
  }
  if (size > seed.size())
    fs::resize_file(temp, size);
  const std::string name = "sha256-" + sha256OfFile(temp);
  fs::rename(temp, store / "blobs" / name);
  return name;
}

fs::path writeStoreManifest(const fs::path& store, const std::string& model, const std::string& tag,
                            const std::vector<std::string>& blobs) {
  const auto layer = [&](const std::string& name, const char* type) {
    return nlohmann::json{{"mediaType", type},
                          {"digest", "sha256:" + name.substr(7)},
                          {"size", fs::file_size(store / "blobs" / name)}};
  };
  nlohmann::json manifest = {{"schemaVersion", 2},
                             {"mediaType", "application/vnd.docker.distribution.manifest.v2+json"},
                             {"config", layer(blobs.front(), "application/vnd.docker.container.image.v1+json")},
                             {"layers", nlohmann::json::array()}};
  for (std::size_t i = 1; i < blobs.size(); ++i)
    manifest["layers"].push_back(layer(blobs[i], "application/vnd.ollama.image.model"));
  const fs::path path = store / "manifests" / "registry.ollama.ai" / "library" / model / tag;
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << manifest.dump();
  return path;
}

std::vector<std::string> writeSampleStore(const fs::path& store, std::uint64_t blobSize) {
  const std::string shared = writeStoreBlob(store, "shared template", blobSize);
  const std::string first = writeStoreBlob(store, "model one", blobSize);
  const std::string second = writeStoreBlob(store, "model two", blobSize);
  const std::string config1 = writeStoreBlob(store, "{\"config\":1}");
  const std::string config2 = writeStoreBlob(store, "{\"config\":2}");
  writeStoreManifest(store, "qwen2", "latest", {config1, first, shared});
  writeStoreManifest(store, "llama3", "8b", {config2, second, shared});
  writeStoreBlob(store, "nobody uses this");
  std::ofstream(store / "blobs" / ("sha256-" + std::string(64, 'a') + "-partial")) << "half";
  return {shared, first, second, config1, config2};
}

} // namespace md::testing
