#include "core/stores/store_locations.h"

#include <algorithm>
#include <cstdlib>
#include <system_error>

#include "core/stores/ollama_store.h"

#include "core/util/paths.h"

namespace fs = std::filesystem;

namespace md::stores {
namespace {

std::optional<std::string> systemLookup(const std::string& name) {
  const char* value = std::getenv(name.c_str());
  if (value == nullptr || *value == '\0')
    return std::nullopt;
  return std::string(value);
}

// The same folder however it is written ("a/b/", "a/./b").
fs::path comparable(const fs::path& path) {
  auto normal = path.lexically_normal();
  if (!normal.has_filename() && normal.has_parent_path() && normal != normal.root_path())
    normal = normal.parent_path();
  return normal;
}

} // namespace

StoreLocations defaultStoreLocations(const EnvironmentLookup& lookup) {
  const EnvironmentLookup get = lookup ? lookup : EnvironmentLookup(systemLookup);
  auto path = [&](const std::string& name) -> std::optional<fs::path> {
    if (auto value = get(name); value && !value->empty())
      return pathFromUtf8(*value);
    return std::nullopt;
  };
  const fs::path home = path("HOME").value_or(path("USERPROFILE").value_or(fs::path(".")));
  const fs::path cache = path("XDG_CACHE_HOME").value_or(home / ".cache");

  StoreLocations locations;
  locations.ollama = path("OLLAMA_MODELS").value_or(home / ".ollama" / "models");
  if (auto hub = path("HF_HUB_CACHE"))
    locations.huggingFace = *hub;
  else
    locations.huggingFace = path("HF_HOME").value_or(cache / "huggingface") / "hub";
  locations.modelScope = path("MODELSCOPE_CACHE").value_or(cache / "modelscope");
  return locations;
}

std::vector<fs::path> ollamaStoreCandidates(const EnvironmentLookup& lookup) {
  const EnvironmentLookup get = lookup ? lookup : EnvironmentLookup(systemLookup);
  std::vector<fs::path> candidates;
  auto add = [&](const fs::path& path) {
    if (std::none_of(candidates.begin(), candidates.end(),
                     [&](const fs::path& known) { return comparable(known) == comparable(path); }))
      candidates.push_back(path);
  };
  if (auto models = get("OLLAMA_MODELS"); models && !models->empty())
    add(pathFromUtf8(*models));
  std::optional<std::string> home = get("HOME");
  if (!home || home->empty())
    home = get("USERPROFILE");
  if (home && !home->empty())
    add(pathFromUtf8(*home) / ".ollama" / "models");
#if defined(__linux__)
  add(fs::path("/usr/share/ollama/.ollama/models"));
#endif
  return candidates;
}

Result<fs::path> findStoreHolding(const std::string& model, const std::vector<fs::path>& candidates) {
  std::string tried;
  for (const auto& candidate : candidates) {
    const auto manifest = ollamaManifestPath(candidate, model);
    if (manifest.empty())
      return makeError(ErrorCode::Invalid, Message(MessageId::NotAModelName, {model}));
    std::error_code ec;
    if (fs::is_regular_file(manifest, ec))
      return candidate;
    tried += (tried.empty() ? "" : ", ") + pathToUtf8(candidate);
  }
  if (tried.empty())
    return makeError(ErrorCode::NotFound, Message(MessageId::NotInAnyStoreNoFolder, {model}));
  return makeError(ErrorCode::NotFound, Message(MessageId::NotInAnyStore, {model, tried}));
}

} // namespace md::stores
