#pragma once
// Typed Ollama replies, parsed defensively: a missing field keeps its
// default, a field of the wrong type is a Malformed error naming it.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/util/result.h"

namespace md::ollama {

struct ModelDetails {
  std::string parentModel;
  std::string format;
  std::string family;
  std::vector<std::string> families;
  std::string parameterSize;
  std::string quantizationLevel;
};

// One entry of GET /api/tags.
struct ModelSummary {
  std::string name;
  std::string model;
  std::string modifiedAt;
  std::uint64_t size = 0;
  std::string digest;
  ModelDetails details;
};

// POST /api/show.
struct ShowResult {
  std::string license;
  std::string modelfile;
  std::string parameters;
  std::string templateText;
  std::string system;
  std::string modifiedAt;
  ModelDetails details;
  nlohmann::json modelInfo = nlohmann::json::object();
  nlohmann::json projectorInfo = nlohmann::json::object();
  nlohmann::json tensors = nlohmann::json::array();
  std::vector<std::string> capabilities;

  bool hasCapability(const std::string& name) const;
  // "<general.architecture>.context_length" from model_info, when present.
  std::optional<std::uint64_t> contextLength() const;
};

// One entry of GET /api/ps.
struct RunningModel {
  std::string name;
  std::string model;
  std::uint64_t size = 0;
  std::uint64_t sizeVram = 0;
  std::string digest;
  std::string expiresAt;
  ModelDetails details;
};

// The final statistics of a chat or generate stream.
struct GenerationResult {
  std::string text;
  std::string doneReason;
  std::uint64_t promptEvalCount = 0;
  std::uint64_t evalCount = 0;
  std::uint64_t evalDurationNs = 0;
  std::uint64_t totalDurationNs = 0;

  double tokensPerSecond() const;
};

Result<std::vector<ModelSummary>> parseModelList(const nlohmann::json& reply);
Result<ShowResult> parseShow(const nlohmann::json& reply);
Result<std::vector<RunningModel>> parseRunningModels(const nlohmann::json& reply);
// GET /api/version: the "version" text; nothing when the reply is not Ollama's.
std::optional<std::string> parseVersionReply(const nlohmann::json& reply);
// Reads the statistics of a final ({"done": true}) stream object.
Status parseGenerationStats(const nlohmann::json& object, GenerationResult& result);

} // namespace md::ollama
