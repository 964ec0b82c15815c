#include "tests/support/fake_ollama_store.h"

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "core/ollama/digest.h"
#include "core/util/sha256.h"

namespace md::testing {

namespace fs = std::filesystem;

std::optional<ModelName> ModelName::parse(std::string_view text) {
  static const std::regex part(R"([A-Za-z0-9_][A-Za-z0-9_.\-]*)");
  ModelName name;
  std::string rest(text);
  if (const auto colon = rest.rfind(':'); colon != std::string::npos && rest.find('/', colon) == std::string::npos) {
    name.tag = rest.substr(colon + 1);
    rest.resize(colon);
  }
  std::vector<std::string> parts;
  std::stringstream stream(rest);
  for (std::string piece; std::getline(stream, piece, '/');)
    parts.push_back(piece);
  if (parts.empty() || parts.size() > 3)
    return std::nullopt;
  name.model = parts.back();
  if (parts.size() >= 2)
    name.ns = parts[parts.size() - 2];
  if (parts.size() == 3)
    name.host = parts[0];
  for (const auto* piece : {&name.host, &name.ns, &name.model, &name.tag})
    if (!std::regex_match(*piece, part))
      return std::nullopt;
  return name;
}

std::string ModelName::display() const {
  if (host == "registry.ollama.ai" && ns == "library")
    return model + ":" + tag;
  if (host == "registry.ollama.ai")
    return ns + "/" + model + ":" + tag;
  return host + "/" + ns + "/" + model + ":" + tag;
}

fs::path ModelName::manifestPath(const fs::path& root) const {
  return root / "manifests" / host / ns / model / tag;
}

FakeStore::FakeStore(fs::path root) : root_(std::move(root)) {
  fs::create_directories(root_ / "blobs");
  fs::create_directories(root_ / "manifests");
}

fs::path FakeStore::blobPath(const std::string& digest) const {
  const std::string normal = ollama::normalizeDigest(digest);
  if (normal.empty() || normal != digest)
    return {};
  return root_ / "blobs" / ("sha256-" + normal.substr(7));
}

bool FakeStore::hasBlob(const std::string& digest) const {
  const auto path = blobPath(digest);
  return !path.empty() && fs::exists(path);
}

std::optional<fs::path> FakeStore::blobPathAsOllama(const std::string& digest) const {
  static const std::regex pattern("^sha256[:-][0-9a-fA-F]{64}$");
  if (!std::regex_match(digest, pattern))
    return std::nullopt;
  return root_ / "blobs" / ("sha256-" + digest.substr(7));
}

nlohmann::json FakeStore::putLayer(const std::string& kind, const std::string& bytes) {
  const std::string digest = "sha256:" + sha256Hex(bytes);
  if (!hasBlob(digest))
    std::ofstream(blobPath(digest), std::ios::binary) << bytes;
  return {{"mediaType", kLayerPrefix + kind}, {"digest", digest}, {"size", bytes.size()}};
}

nlohmann::json FakeStore::layerFor(const std::string& kind, const std::string& digest) const {
  return {{"mediaType", kLayerPrefix + kind}, {"digest", digest}, {"size", fs::file_size(blobPath(digest))}};
}

std::optional<nlohmann::json> FakeStore::readManifest(const ModelName& name) const {
  const auto path = name.manifestPath(root_);
  if (!fs::is_regular_file(path))
    return std::nullopt;
  auto json = nlohmann::json::parse(readFile(path), nullptr, false);
  if (json.is_discarded())
    return std::nullopt;
  return json;
}

void FakeStore::writeManifest(const ModelName& name, const nlohmann::json& manifest) {
  const auto path = name.manifestPath(root_);
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << manifest.dump();
}

bool FakeStore::removeManifest(const ModelName& name) {
  std::error_code error;
  return fs::remove(name.manifestPath(root_), error);
}

std::vector<std::pair<ModelName, fs::path>> FakeStore::listManifests() const {
  std::vector<std::pair<ModelName, fs::path>> out;
  const fs::path base = root_ / "manifests";
  for (const auto& entry : fs::recursive_directory_iterator(base)) {
    if (!entry.is_regular_file())
      continue;
    const auto relative = fs::relative(entry.path(), base);
    std::vector<std::string> parts;
    for (const auto& part : relative)
      parts.push_back(part.string());
    if (parts.size() == 4)
      out.push_back({ModelName{parts[0], parts[1], parts[2], parts[3]}, entry.path()});
  }
  return out;
}

void FakeStore::pruneBlobs(const std::set<std::string>& digests) {
  std::set<std::string> used;
  for (const auto& [name, path] : listManifests()) {
    const auto manifest = readManifest(name);
    if (!manifest)
      continue;
    used.insert(manifest->value("/config/digest"_json_pointer, ""));
    for (const auto& layer : manifest->value("layers", nlohmann::json::array()))
      used.insert(layer.value("digest", ""));
  }
  for (const auto& digest : digests)
    if (!used.count(digest) && !blobPath(digest).empty())
      fs::remove(blobPath(digest));
}

void FakeStore::pruneUnusedBlobs() {
  std::set<std::string> all;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(root_ / "blobs", error)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("sha256-", 0) == 0)
      all.insert("sha256:" + name.substr(7));
  }
  pruneBlobs(all);
}

std::string sha256Hex(std::string_view bytes) {
  md::Sha256 hasher;
  hasher.update(bytes.data(), bytes.size());
  return hasher.finishHex();
}

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string layerKind(const nlohmann::json& layer) {
  const std::string type = layer.value("mediaType", "");
  const std::string prefix = kLayerPrefix;
  return type.rfind(prefix, 0) == 0 ? type.substr(prefix.size()) : type;
}

std::vector<std::string> manifestLayers(const std::filesystem::path& store, const std::string& model) {
  std::vector<std::string> layers;
  const auto name = ModelName::parse(model);
  const auto manifest = name ? FakeStore(store).readManifest(*name) : std::nullopt;
  if (manifest)
    for (const auto& layer : (*manifest)["layers"])
      layers.push_back(layerKind(layer) + " " + layer.value("digest", ""));
  return layers;
}

} // namespace md::testing
