#pragma once
// What a create request asks for, read from the JSON of >= 0.5.5 or from the
// Modelfile text older servers took.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace md::testing {

struct CreateInput {
  std::string model;
  std::string from;
  std::vector<std::pair<std::string, std::string>> files; // key -> digest, sorted by key
  std::vector<std::pair<std::string, std::string>> adapters;
  std::optional<std::string> templateText;
  std::optional<std::string> system;
  nlohmann::json parameters = nlohmann::json::object();
  nlohmann::json messages = nlohmann::json::array();
  std::vector<std::string> license;
  std::string quantize; // "quantize" (or the older "quantization") as sent
};

// Each returns an error text for a 400 answer, or empty.
std::string readJsonRequest(const nlohmann::json& body, CreateInput& input);
std::string readModelfileRequest(const nlohmann::json& body, CreateInput& input);

} // namespace md::testing
