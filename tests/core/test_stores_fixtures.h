#pragma once
// Realistic model stores in temporary folders, shared by the store tests:
// an Ollama store, a Hugging Face hub cache and a ModelScope cache.

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "core/stores/store_entry.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/temp_folder.h"

namespace md::testing {

namespace fs = std::filesystem;

inline std::string hexOf(char digit) {
  return std::string(64, digit);
}

inline std::uint64_t writeModel(const fs::path& path, const std::string& name) {
  fs::create_directories(path.parent_path());
  tinyLlama(name).write(path);
  return fs::file_size(path);
}

inline std::string manifestJson(const std::string& config, const std::map<std::string, std::string>& layers) {
  std::string text = R"({"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json",)"
                     R"("config":{"mediaType":"application/vnd.docker.container.image.v1+json","digest":"sha256:)" +
                     config + R"(","size":1},"layers":[)";
  bool first = true;
  for (const auto& [digest, type] : layers) {
    text += std::string(first ? "" : ",") + R"({"mediaType":"application/vnd.ollama.image.)" + type +
            R"(","digest":"sha256:)" + digest + R"(","size":1})";
    first = false;
  }
  return text + "]}";
}

// blobs: a = model (shared by two manifests), p = projector, t = template,
// c = config (shared by all three), l = model under a legacy "sha256:" name,
// o = orphan GGUF, x = a -partial download.
struct OllamaFixture {
  fs::path root;
  std::map<char, std::uint64_t> sizes;
  std::uint64_t uniqueBytes() const {
    std::uint64_t total = 0;
    for (const auto& item : sizes)
      total += item.second;
    return total;
  }
};

inline OllamaFixture makeOllamaStore(const fs::path& root) {
  OllamaFixture store{root, {}};
  const fs::path blobs = root / "blobs";
  store.sizes['a'] = writeModel(blobs / ("sha256-" + hexOf('a')), "shared");
  fs::create_directories(blobs);
  tinyProjector().write(blobs / ("sha256-" + hexOf('b')));
  store.sizes['b'] = fs::file_size(blobs / ("sha256-" + hexOf('b')));
  store.sizes['c'] = writeText(blobs / ("sha256-" + hexOf('c')), R"({"model_format":"gguf"})");
  store.sizes['d'] = writeText(blobs / ("sha256-" + hexOf('d')), "{{ .Prompt }}");
  store.sizes['e'] = writeModel(blobs / ("sha256:" + hexOf('e')), "legacy");
  store.sizes['f'] = writeModel(blobs / ("sha256-" + hexOf('f')), "orphan");
  store.sizes['9'] = writeText(blobs / ("sha256-" + hexOf('9') + "-partial"), std::string(1000, 'z'));
  const fs::path manifests = root / "manifests";
  writeText(manifests / "registry.ollama.ai" / "library" / "llava" / "latest",
            manifestJson(hexOf('c'), {{hexOf('a'), "model"}, {hexOf('b'), "projector"}, {hexOf('d'), "template"}}));
  writeText(manifests / "registry.ollama.ai" / "someone" / "copy" / "7b",
            manifestJson(hexOf('c'), {{hexOf('a'), "model"}}));
  writeText(manifests / "hf.co" / "user" / "repo" / "Q4_K_M", manifestJson(hexOf('c'), {{hexOf('e'), "model"}}));
  return store;
}

inline void symlinkTo(const fs::path& target, const fs::path& link) {
  fs::create_directories(link.parent_path());
  fs::create_symlink(target, link);
}

} // namespace md::testing
