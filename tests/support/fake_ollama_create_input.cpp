#include "tests/support/fake_ollama_create_input.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <sstream>

#include "tests/support/fake_ollama_internal.h"

namespace md::testing {
namespace {

using nlohmann::json;

// api.CreateRequest's Quantize, or the deprecated Quantization (cmp.Or).
std::string quantizeOf(const json& body) {
  for (const char* key : {"quantize", "quantization"})
    if (body.contains(key) && body[key].is_string() && !body[key].get<std::string>().empty())
      return body[key].get<std::string>();
  return {};
}

// Go's io/fs.ValidPath, which Ollama's CreateHandler applies to the keys of
// "files": slash-separated elements, none empty, "." or "..", so "./x",
// "/x" and "a/../b" are refused ("." alone is valid).
bool isValidGoPath(const std::string& name) {
  if (name == ".")
    return true;
  std::size_t start = 0;
  while (true) {
    const auto slash = name.find('/', start);
    const std::string element = name.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (element.empty() || element == "." || element == "..")
      return false;
    if (slash == std::string::npos)
      return true;
    start = slash + 1;
  }
}

std::string readDigestMap(const json& body, const char* field, std::vector<std::pair<std::string, std::string>>& out) {
  if (!body.contains(field))
    return {};
  if (!body[field].is_object())
    return std::string(field) + " must be an object";
  const bool checkPaths = std::string(field) == "files";
  for (const auto& [key, digest] : body[field].items()) {
    if (checkPaths && !isValidGoPath(key))
      return "file path must be relative";
    if (!digest.is_string())
      return "invalid digest for " + key;
    if (digest.get<std::string>().empty())
      return "invalid digest format";
    out.emplace_back(key, digest.get<std::string>());
  }
  std::sort(out.begin(), out.end());
  return {};
}

json typedValue(const std::string& text) {
  if (text == "true" || text == "false")
    return text == "true";
  char* end = nullptr;
  const long long integer = std::strtoll(text.c_str(), &end, 10);
  if (!text.empty() && *end == '\0')
    return integer;
  const double number = std::strtod(text.c_str(), &end);
  if (!text.empty() && *end == '\0')
    return number;
  return text;
}

std::string trim(std::string text) {
  const auto first = text.find_first_not_of(" \t\r");
  const auto last = text.find_last_not_of(" \t\r");
  return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

// Reads a value that may be quoted with " or """ and span lines.
std::string readValue(std::string rest, std::istringstream& lines) {
  rest = trim(rest);
  for (const std::string quote : {"\"\"\"", "\""}) {
    if (rest.rfind(quote, 0) != 0)
      continue;
    std::string value = rest.substr(quote.size());
    std::string line;
    while (value.size() < quote.size() || value.compare(value.size() - quote.size(), quote.size(), quote) != 0) {
      if (!std::getline(lines, line))
        return value;
      value += "\n" + line;
    }
    return value.substr(0, value.size() - quote.size());
  }
  return rest;
}

} // namespace

std::string readJsonRequest(const json& body, CreateInput& input) {
  input.model = requestedModel(body);
  if (!ModelName::parse(input.model))
    return "invalid model name";
  if (body.contains("from") && body["from"].is_string())
    input.from = body["from"].get<std::string>();
  if (auto problem = readDigestMap(body, "adapters", input.adapters); !problem.empty())
    return problem;
  if (input.from.empty()) { // with "from" set, files are ignored
    if (auto problem = readDigestMap(body, "files", input.files); !problem.empty())
      return problem;
    if (input.files.empty())
      return "neither 'from' or 'files' was specified";
  }
  if (body.contains("template") && body["template"].is_string())
    input.templateText = body["template"].get<std::string>();
  if (body.contains("system") && body["system"].is_string())
    input.system = body["system"].get<std::string>();
  if (body.contains("parameters") && body["parameters"].is_object())
    input.parameters = body["parameters"];
  if (body.contains("messages") && body["messages"].is_array())
    input.messages = body["messages"];
  if (body.contains("license")) {
    const auto& license = body["license"];
    for (const auto& each : license.is_array() ? license : json::array({license}))
      if (each.is_string())
        input.license.push_back(each.get<std::string>());
  }
  input.quantize = quantizeOf(body);
  return {};
}

std::string readModelfileRequest(const json& body, CreateInput& input) {
  input.model = requestedModel(body);
  if (!ModelName::parse(input.model))
    return "invalid model name";
  if (!body.contains("modelfile") || !body["modelfile"].is_string())
    return "must specify either path or Modelfile";
  input.quantize = quantizeOf(body);
  std::istringstream lines(body["modelfile"].get<std::string>());
  int fileNumber = 0;
  for (std::string line; std::getline(lines, line);) {
    line = trim(line);
    if (line.empty() || line.front() == '#')
      continue;
    const auto space = line.find_first_of(" \t");
    std::string command = line.substr(0, space);
    std::transform(command.begin(), command.end(), command.begin(), [](unsigned char c) { return std::toupper(c); });
    const std::string rest = space == std::string::npos ? std::string() : line.substr(space + 1);
    if (command == "FROM" || command == "ADAPTER") {
      const std::string value = trim(rest);
      auto& list = command == "FROM" ? input.files : input.adapters;
      if (value.rfind("@sha256:", 0) == 0)
        list.emplace_back("file-" + std::to_string(++fileNumber) + ".gguf", value.substr(1));
      else if (command == "FROM")
        input.from = value;
      else
        return "adapters must be uploaded blobs";
    } else if (command == "TEMPLATE") {
      input.templateText = readValue(rest, lines);
    } else if (command == "SYSTEM") {
      input.system = readValue(rest, lines);
    } else if (command == "LICENSE") {
      input.license.push_back(readValue(rest, lines));
    } else if (command == "MESSAGE") {
      const std::string role = trim(rest.substr(0, rest.find(' ')));
      input.messages.push_back({{"role", role}, {"content", readValue(rest.substr(role.size()), lines)}});
    } else if (command == "PARAMETER") {
      const std::string name = trim(rest.substr(0, rest.find(' ')));
      const std::string value = readValue(rest.substr(name.size()), lines);
      if (name == "stop")
        input.parameters["stop"].push_back(value);
      else
        input.parameters[name] = typedValue(value);
    } else {
      return "command must be one of \"from\", \"license\", \"template\", \"system\", \"adapter\", \"parameter\", "
             "or \"message\"";
    }
  }
  if (input.from.empty() && input.files.empty())
    return "no FROM line";
  if (!input.from.empty())
    input.files.clear();
  return {};
}

} // namespace md::testing
