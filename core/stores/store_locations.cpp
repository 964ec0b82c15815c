#include "core/stores/store_locations.h"

#include <cstdlib>

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

} // namespace md::stores
