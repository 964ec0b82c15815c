#include "core/ollama/create_request.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <regex>
#include <string_view>

#include "core/modelfile/parameters.h"

namespace md::ollama {
namespace {

using nlohmann::json;

Error invalid(std::string message) {
  return makeError(ErrorCode::Invalid, std::move(message));
}

// Go's io/fs.ValidPath, which Ollama's create applies to file names: parts
// separated by '/' (or '\\' here, for Windows users), none empty, "." or
// "..". A drive ("C:") or a leading separator is refused as well.
bool isRelativeFileName(std::string_view key) {
  if (key.empty() || key.find(':') != std::string_view::npos)
    return false;
  for (std::size_t start = 0; start <= key.size();) {
    const auto end = std::min(key.find_first_of("/\\", start), key.size());
    const auto part = key.substr(start, end - start);
    if (part.empty() || part == "." || part == "..")
      return false;
    start = end + 1;
  }
  return true;
}

std::string formatNumber(double value) {
  std::array<char, 64> buffer{};
  const auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value).ptr;
  return std::string(buffer.data(), end);
}

json parameterJson(const ParameterValue& value) {
  return std::visit([](const auto& v) { return json(v); }, value);
}

std::string parameterText(const ParameterValue& value) {
  if (const auto* i = std::get_if<std::int64_t>(&value))
    return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&value))
    return formatNumber(*d);
  if (const auto* b = std::get_if<bool>(&value))
    return *b ? "true" : "false";
  return std::get<std::string>(value);
}

// A Modelfile value: "..." or """...""" (there are no escapes).
Result<std::string> quoted(const std::string& text, const char* what) {
  if (text.find('"') == std::string::npos)
    return "\"" + text + "\"";
  if (text.find("\"\"\"") == std::string::npos && text.back() != '"' && text.front() != '"')
    return "\"\"\"" + text + "\"\"\"";
  return invalid(std::string("The ") + what + " cannot be written as Modelfile text for this Ollama version");
}

} // namespace

Status validateParameters(const std::map<std::string, ParameterValue>& parameters,
                          std::map<std::string, ParameterValue>& out, std::vector<std::string>& warnings) {
  // One table of names and types for the editor, the validator and create: modelfile/parameters.
  using modelfile::ParameterType;
  for (const auto& [name, value] : parameters) {
    const modelfile::ParameterSpec* spec = modelfile::findParameter(name);
    if (spec && spec->deprecated) {
      warnings.push_back("parameter '" + name + "' is deprecated and was skipped");
      continue;
    }
    if (!spec) {
      return invalid("unknown parameter '" + name + "'");
    } else if (spec->type == ParameterType::Int) {
      if (!std::holds_alternative<std::int64_t>(value))
        return invalid("parameter '" + name + "' must be an integer, not '" + parameterText(value) + "'");
      out[name] = value;
    } else if (spec->type == ParameterType::Float) {
      if (const auto* i = std::get_if<std::int64_t>(&value))
        out[name] = double(*i);
      else if (std::holds_alternative<double>(value))
        out[name] = value;
      else
        return invalid("parameter '" + name + "' must be a number, not '" + parameterText(value) + "'");
    } else if (spec->type == ParameterType::Bool) {
      if (!std::holds_alternative<bool>(value))
        return invalid("parameter '" + name + "' must be true or false, not '" + parameterText(value) + "'");
      out[name] = value;
    } else {
      return invalid("parameter 'stop' is a list: put its values in the stop list");
    }
  }
  return {};
}

bool isSplitShardName(const std::string& name) {
  static const std::regex shard(R"(-\d{5}-of-\d{5}\.gguf$)", std::regex::icase);
  return std::regex_search(name, shard);
}

Status validateCreateRequest(const CreateRequest& request, const Version& server) {
  if (request.model.empty())
    return invalid("The new model needs a name");
  if (!request.from.empty() && !request.files.empty())
    return invalid(
        "Give either a model to build from or files, not both (Ollama ignores the files when 'from' is set)");
  if (request.from.empty() && request.files.empty())
    return invalid("The new model needs a model to build from or at least one GGUF file");
  int shards = 0;
  for (const auto* list : {&request.files, &request.adapters}) {
    for (const auto& file : *list) {
      const std::string& key = file.name;
      if (!isRelativeFileName(key))
        return invalid("The file name '" + key +
                       "' must be a relative name whose parts are not empty, '.' or '..' (Ollama refuses it)");
      shards += isSplitShardName(key) ? 1 : 0;
    }
  }
  if (request.adapters.size() > 1)
    return invalid("Ollama takes one adapter per model; this request has " + std::to_string(request.adapters.size()));
  if (shards > 1 && server < kSplitShardImport)
    return makeError(ErrorCode::Unsupported, "Ollama " + server.toString() + " cannot import split shards (" +
                                                 kSplitShardImport.toString() +
                                                 " can); merge them into one file first");
  return {};
}

json buildCreateJson(const CreateRequest& request, const DigestsByName& digests,
                     const std::map<std::string, ParameterValue>& parameters) {
  json body{{"model", request.model}, {"stream", true}};
  if (!request.from.empty())
    body["from"] = request.from;
  auto digestMap = [&](const std::vector<CreateFile>& files) {
    json out = json::object();
    for (const auto& file : files)
      out[file.name] = digests.at(file.name);
    return out;
  };
  if (!request.files.empty())
    body["files"] = digestMap(request.files);
  if (!request.adapters.empty())
    body["adapters"] = digestMap(request.adapters);
  if (request.templateText)
    body["template"] = *request.templateText;
  if (request.system)
    body["system"] = *request.system;
  json params = json::object();
  for (const auto& [name, value] : parameters)
    params[name] = parameterJson(value);
  if (!request.stop.empty())
    params["stop"] = request.stop;
  if (!params.empty())
    body["parameters"] = std::move(params);
  if (!request.messages.empty()) {
    body["messages"] = json::array();
    for (const auto& message : request.messages)
      body["messages"].push_back({{"role", message.role}, {"content", message.content}});
  }
  if (request.license.size() == 1)
    body["license"] = request.license.front();
  else if (!request.license.empty())
    body["license"] = request.license;
  if (!request.quantize.empty())
    body["quantize"] = request.quantize;
  return body;
}

Result<std::string> buildCreateModelfile(const CreateRequest& request, const DigestsByName& digests,
                                         const std::map<std::string, ParameterValue>& parameters) {
  std::string text;
  if (!request.from.empty())
    text += "FROM " + request.from + "\n";
  for (const auto& file : request.files)
    text += "FROM @" + digests.at(file.name) + "\n";
  for (const auto& file : request.adapters)
    text += "ADAPTER @" + digests.at(file.name) + "\n";
  auto addQuoted = [&](const std::string& prefix, const std::string& value, const char* what) -> Status {
    auto q = quoted(value, what);
    if (!q)
      return q.error();
    text += prefix + *q + "\n";
    return {};
  };
  if (request.templateText)
    if (auto s = addQuoted("TEMPLATE ", *request.templateText, "template"); !s)
      return s.error();
  if (request.system)
    if (auto s = addQuoted("SYSTEM ", *request.system, "system prompt"); !s)
      return s.error();
  for (const auto& [name, value] : parameters)
    text += "PARAMETER " + name + " " + parameterText(value) + "\n";
  for (const auto& stop : request.stop)
    if (auto s = addQuoted("PARAMETER stop ", stop, "stop value"); !s)
      return s.error();
  for (const auto& message : request.messages)
    if (auto s = addQuoted("MESSAGE " + message.role + " ", message.content, "message"); !s)
      return s.error();
  for (const auto& license : request.license)
    if (auto s = addQuoted("LICENSE ", license, "license"); !s)
      return s.error();
  return text;
}

} // namespace md::ollama
