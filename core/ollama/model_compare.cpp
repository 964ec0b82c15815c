#include "core/ollama/model_compare.h"

#include <algorithm>
#include <sstream>

#include "core/stores/ollama_store.h"

namespace md::ollama {
namespace {

constexpr const char* kLayerPrefix = "application/vnd.ollama.image.";

bool hasLayer(const ModelProfile& profile, const std::string& kind) {
  const std::string mediaType = kLayerPrefix + kind;
  return std::any_of(profile.layers.begin(), profile.layers.end(),
                     [&](const LayerInfo& layer) { return layer.mediaType == mediaType; });
}

std::string trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos)
    return {};
  return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

// The values of `stop` in /api/show's parameters text: one `name value` per
// line, string values in double quotes.
std::vector<std::string> stopValues(const std::string& parameters) {
  std::vector<std::string> stops;
  std::istringstream lines(parameters);
  for (std::string line; std::getline(lines, line);) {
    line = trim(line);
    const auto space = line.find_first_of(" \t");
    if (space == std::string::npos || line.substr(0, space) != "stop")
      continue;
    std::string value = trim(line.substr(space));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
      value = value.substr(1, value.size() - 2);
    stops.push_back(value);
  }
  return stops;
}

std::vector<std::string> modelDigests(const ModelProfile& profile) {
  std::vector<std::string> digests;
  for (const auto& layer : profile.layers)
    if (layer.mediaType == std::string(kLayerPrefix) + "model")
      digests.push_back(layer.digest);
  return digests;
}

// One side lacks what the other has.
void presence(std::vector<Finding>& findings, FindingKind kind, bool left, bool right) {
  if (left != right)
    findings.push_back({kind, left ? Side::Right : Side::Left, {}});
}

void difference(std::vector<Finding>& findings, FindingKind kind, const std::string& left, const std::string& right) {
  if (!left.empty() && !right.empty() && left != right)
    findings.push_back({kind, Side::Both, left + " vs " + right});
}

} // namespace

Result<ModelProfile> profileModel(const Client& client, const std::string& name,
                                  const std::optional<std::filesystem::path>& localStore, const CancelToken* cancel) {
  auto shown = client.show(name, false, cancel);
  if (!shown)
    return shown.error();
  ModelProfile profile;
  profile.name = name;
  if (localStore) {
    // A store that lacks the model (another server's, or stale) gives no layers.
    auto manifest = stores::readOllamaManifest(*localStore, name);
    if (!manifest && manifest.error().code != ErrorCode::NotFound)
      return manifest.error();
    if (manifest)
      for (const auto& layer : manifest->layers)
        profile.layers.push_back({layer.mediaType, layer.size, layer.digest});
  }
  const bool projectorInfo = shown->projectorInfo.is_object() && !shown->projectorInfo.empty();
  profile.hasProjector = projectorInfo || shown->hasCapability("vision") || hasLayer(profile, "projector");
  profile.hasTemplate = !shown->templateText.empty() || hasLayer(profile, "template");
  profile.hasSystem = !shown->system.empty() || hasLayer(profile, "system");
  profile.hasLicense = !shown->license.empty() || hasLayer(profile, "license");
  profile.stopParameters = stopValues(shown->parameters);
  profile.family = shown->details.family;
  profile.parameterSize = shown->details.parameterSize;
  profile.quantization = shown->details.quantizationLevel;
  profile.contextLength = shown->contextLength().value_or(0);
  return profile;
}

ModelComparison compareProfiles(const ModelProfile& left, const ModelProfile& right) {
  ModelComparison comparison{left, right, {}};
  auto& findings = comparison.findings;
  presence(findings, FindingKind::NoProjector, left.hasProjector, right.hasProjector);
  presence(findings, FindingKind::NoTemplate, left.hasTemplate, right.hasTemplate);
  presence(findings, FindingKind::NoStopParameters, !left.stopParameters.empty(), !right.stopParameters.empty());
  presence(findings, FindingKind::NoSystem, left.hasSystem, right.hasSystem);
  difference(findings, FindingKind::DifferentFamily, left.family, right.family);
  difference(findings, FindingKind::DifferentQuantization, left.quantization, right.quantization);
  if (left.contextLength != 0 && right.contextLength != 0)
    difference(findings, FindingKind::DifferentContextLength, std::to_string(left.contextLength),
               std::to_string(right.contextLength));
  const auto leftWeights = modelDigests(left);
  if (!leftWeights.empty() && leftWeights == modelDigests(right))
    findings.push_back({FindingKind::SameModelWeights, Side::Both, leftWeights.front()});
  return comparison;
}

} // namespace md::ollama
