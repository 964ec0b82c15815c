#include "core/stores/store_locations.h"

#include <algorithm>
#include <cstdlib>
#include <system_error>

#include "core/stores/ollama_store.h"

#include "core/util/paths.h"

namespace fs = std::filesystem;

namespace md::stores {
namespace {

// The process environment as UTF-8. On Windows the narrow getenv gives the
// ANSI code page (C:\Users\?? for 张三), so the wide one is read instead.
std::optional<std::string> systemLookup(const std::string& name) {
#ifdef _WIN32
  const wchar_t* value = ::_wgetenv(pathFromUtf8(name).c_str());
  if (value == nullptr || *value == L'\0')
    return std::nullopt;
  return pathToUtf8(fs::path(value));
#else
  const char* value = std::getenv(name.c_str());
  if (value == nullptr || *value == '\0')
    return std::nullopt;
  return std::string(value);
#endif
}

// The home Ollama uses (Go's os.UserHomeDir): USERPROFILE on Windows, where a
// HOME set by Git Bash or MSYS may point elsewhere; HOME everywhere else.
std::optional<std::string> homeFolder(const EnvironmentLookup& get) {
#ifdef _WIN32
  const char* const order[] = {"USERPROFILE", "HOME"};
#else
  const char* const order[] = {"HOME", "USERPROFILE"};
#endif
  for (const char* name : order)
    if (auto value = get(name); value && !value->empty())
      return value;
  return std::nullopt;
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
  const auto homeText = homeFolder(get);
  const fs::path home = homeText ? pathFromUtf8(*homeText) : fs::path(".");
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
  if (const auto home = homeFolder(get))
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
