#pragma once
// The "pulled vs imported" diagnosis: profiles two models (from /api/show,
// plus the manifest layers when the store is on this machine) and lists
// what differs in ways that change behaviour: a missing projector, template,
// stop parameters or system prompt, another family, quantization or context
// length, or the same weights under two names. Findings carry a kind, not
// English text: the UI words them.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/ollama/client.h"
#include "core/util/progress.h"
#include "core/util/result.h"

namespace md::ollama {

struct LayerInfo {
  std::string mediaType;
  std::uint64_t size = 0;
  std::string digest;
};

struct ModelProfile {
  std::string name;
  std::vector<LayerInfo> layers; // from the local manifest when the store is known, else empty
  bool hasProjector = false, hasTemplate = false, hasSystem = false, hasLicense = false;
  std::vector<std::string> stopParameters;
  std::string family, parameterSize, quantization;
  std::uint64_t contextLength = 0;
};

enum class FindingKind {
  NoProjector,
  NoTemplate,
  NoStopParameters,
  NoSystem,
  DifferentFamily,
  DifferentQuantization,
  DifferentContextLength,
  SameModelWeights
};
enum class Side { Left, Right, Both };

// `side` is the model that lacks something (Left/Right), or Both for a
// difference between them; detail: e.g. the two quantizations "Q4_K_M vs Q8_0".
struct Finding {
  FindingKind kind;
  Side side;
  std::string detail;
};

struct ModelComparison {
  ModelProfile left, right;
  std::vector<Finding> findings;
};

Result<ModelProfile> profileModel(const Client& client, const std::string& name,
                                  const std::optional<std::filesystem::path>& localStore,
                                  const CancelToken* cancel = nullptr);
ModelComparison compareProfiles(const ModelProfile& left, const ModelProfile& right);

} // namespace md::ollama
