#pragma once
// Structured requests for the Ollama calls that take more than a name.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

namespace md::ollama {

struct ChatMessage {
  std::string role; // system, user or assistant
  std::string content;
  std::vector<std::string> images; // raw image bytes; sent as base64
};

struct ChatRequest {
  std::string model;
  std::vector<ChatMessage> messages;
  nlohmann::json options = nlohmann::json::object();
};

struct GenerateRequest {
  std::string model;
  std::string prompt;
  std::string system;
  std::vector<std::string> images; // raw image bytes; sent as base64
  nlohmann::json options = nlohmann::json::object();
};

// Receives each piece of streamed text; return false to stop.
using TokenSink = std::function<bool(const std::string& piece)>;

// A local file that becomes a blob: `name` is the relative key in create's
// `files` (e.g. "model.gguf", "model-00001-of-00002.gguf").
struct CreateFile {
  std::filesystem::path path;
  std::string name;
  std::string digest; // "sha256:<hex>" when already known; computed otherwise
};

using ParameterValue = std::variant<std::int64_t, double, bool, std::string>;

struct CreateRequest {
  std::string model;
  std::string from;              // a model name; exclusive with files
  std::vector<CreateFile> files; // model, projector and shards
  std::vector<CreateFile> adapters;
  std::optional<std::string> templateText;
  std::optional<std::string> system;
  std::map<std::string, ParameterValue> parameters; // validated against Ollama's list
  std::vector<std::string> stop;
  std::vector<ChatMessage> messages;
  std::vector<std::string> license;
  std::string quantize;
};

} // namespace md::ollama
