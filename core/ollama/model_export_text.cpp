// The names and text files of an export: folder and file names from the
// model name (LM Studio's publisher/repo), the Modelfile from the manifest's
// text layers, and the README.

#include "core/ollama/model_export_text.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "core/modelfile/writer.h"
#include "core/ollama/model_export.h"
#include "core/util/paths.h"

namespace md::ollama {
namespace {

using nlohmann::json;

// Letters, digits, '.', '_' and '-' stay; anything else becomes '-'. No
// leading dot (a hidden file), never empty.
std::string safeName(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    out += std::isalnum(byte) != 0 || c == '.' || c == '_' || c == '-' ? c : '-';
  }
  while (!out.empty() && out.front() == '.')
    out.erase(out.begin());
  return out.empty() ? "model" : out;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return text;
}

bool endsWithNoCase(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() && lower(text.substr(text.size() - suffix.size())) == lower(suffix);
}

std::vector<std::string> splitPath(const std::string& path) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    const auto slash = path.find('/', start);
    parts.push_back(path.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
    if (slash == std::string::npos)
      break;
    start = slash + 1;
  }
  return parts;
}

Result<std::string> instructionLine(const std::string& keyword, const std::string& value, bool multiLine) {
  auto quoted = modelfile::quoteValue(value, multiLine);
  if (!quoted)
    return makeError(ErrorCode::Invalid, Message(MessageId::ExportValueNotWritable, {keyword, quoted.error().text}));
  return keyword + " " + *quoted + "\n";
}

std::string parameterValue(const json& value) {
  if (value.is_string())
    return value.get<std::string>();
  if (value.is_boolean())
    return value.get<bool>() ? "true" : "false";
  return value.dump();
}

Result<std::string> parameterLines(const std::string& paramsJson) {
  if (paramsJson.empty())
    return std::string();
  const json params = json::parse(paramsJson, nullptr, false);
  if (!params.is_object())
    return makeError(ErrorCode::Malformed, Message(MessageId::ExportLayerNotJson, {"params"}));
  std::string text;
  for (const auto& [name, value] : params.items())
    for (const auto& each : value.is_array() ? value : json::array({value})) {
      auto line = instructionLine("PARAMETER " + name, parameterValue(each), false);
      if (!line)
        return line.error();
      text += *line;
    }
  return text;
}

Result<std::string> messageLines(const std::string& messagesJson) {
  if (messagesJson.empty())
    return std::string();
  const json messages = json::parse(messagesJson, nullptr, false);
  if (!messages.is_array())
    return makeError(ErrorCode::Malformed, Message(MessageId::ExportLayerNotJson, {"messages"}));
  std::string text;
  for (const auto& message : messages) {
    if (!message.is_object() || !message.value("role", json()).is_string() ||
        !message.value("content", json()).is_string())
      return makeError(ErrorCode::Malformed, Message(MessageId::ExportLayerNotJson, {"messages"}));
    const auto content = message["content"].get<std::string>();
    auto line = instructionLine("MESSAGE " + message["role"].get<std::string>(), content,
                                content.find('\n') != std::string::npos);
    if (!line)
      return line.error();
    text += *line;
  }
  return text;
}

} // namespace

ExportNames exportNames(const std::string& model) {
  std::string path = model;
  std::string tag;
  const auto colon = path.rfind(':');
  if (colon != std::string::npos && path.find('/', colon) == std::string::npos) {
    tag = path.substr(colon + 1);
    path.resize(colon);
  }
  auto parts = splitPath(path);
  if (parts.size() == 3 && parts[0] == "registry.ollama.ai")
    parts.erase(parts.begin());
  if (parts.size() == 2 && parts[0] == "library")
    parts.erase(parts.begin());
  const std::string name = parts.back();
  const std::string withTag = tag.empty() || tag == "latest" ? name : name + "-" + tag;
  ExportNames names;
  if (parts.size() >= 3) { // another host: hf.co/<user>/<repo>
    names.publisher = safeName(parts[parts.size() - 2]);
    names.repo = safeName(name);
    std::string stem = name;
    for (const char* suffix : {"-GGUF", "_GGUF", ".GGUF"})
      if (endsWithNoCase(stem, suffix) && stem.size() > 5)
        stem.resize(stem.size() - 5);
    names.base = safeName(tag.empty() || tag == "latest" ? stem : stem + "-" + tag);
    return names;
  }
  names.publisher = parts.size() == 2 ? safeName(parts[0]) : "ollama";
  names.repo = safeName(withTag);
  names.base = names.repo;
  return names;
}

std::string exportFileName(const std::string& base, const std::string& quantization) {
  if (quantization.empty())
    return base + ".gguf";
  std::string stem = base;
  for (const char separator : {'-', '_', '.'})
    if (endsWithNoCase(stem, separator + quantization) && stem.size() > quantization.size() + 1) {
      stem.resize(stem.size() - quantization.size() - 1);
      break;
    }
  return stem + "-" + quantization + ".gguf";
}

std::filesystem::path defaultLmStudioModelsDir(const stores::EnvironmentLookup& lookup) {
  const auto get = [&lookup](const std::string& name) -> std::optional<std::string> {
    if (lookup)
      return lookup(name);
    const char* value = std::getenv(name.c_str());
    return value != nullptr && *value != '\0' ? std::optional<std::string>(value) : std::nullopt;
  };
#ifdef _WIN32
  const auto home = get("USERPROFILE");
#else
  const auto home = get("HOME");
#endif
  return (home ? pathFromUtf8(*home) : std::filesystem::path(".")) / ".lmstudio" / "models";
}

Result<std::string> exportModelfileText(const ExportModelfileInput& input) {
  std::string text = "# " + input.model + ", exported by ModelDesk. Recreate it in Ollama from this folder:\n" +
                     "#   ollama create NAME -f Modelfile\n";
  auto add = [&text](Result<std::string> line) -> Status {
    if (!line)
      return line.error();
    text += *line;
    return {};
  };
  for (const auto& file : input.fromFiles)
    if (auto added = add(instructionLine("FROM", "./" + file, false)); !added)
      return added.error();
  for (const auto& file : input.adapters)
    if (auto added = add(instructionLine("ADAPTER", "./" + file, false)); !added)
      return added.error();
  if (input.templateText)
    if (auto added = add(instructionLine("TEMPLATE", *input.templateText, true)); !added)
      return added.error();
  if (input.system)
    if (auto added = add(instructionLine("SYSTEM", *input.system, true)); !added)
      return added.error();
  if (auto added = add(parameterLines(input.paramsJson)); !added)
    return added.error();
  if (auto added = add(messageLines(input.messagesJson)); !added)
    return added.error();
  for (const auto& license : input.licenses)
    if (auto added = add(instructionLine("LICENSE", license, true)); !added)
      return added.error();
  return text;
}

std::string exportReadmeText(const std::string& model, const std::filesystem::path& store,
                             const std::vector<ExportReadmeFile>& files, bool lmStudio) {
  std::string text = "# " + model + "\n\nExported by ModelDesk from the Ollama store at `" + pathToUtf8(store) +
                     "`.\n\n| File | Role | Size | Bytes | SHA-256 |\n|---|---|---|---|---|\n";
  std::string model_file;
  std::string projector;
  for (const auto& file : files) {
    text += "| `" + file.relative + "` | " + file.role + " | " + formatBytes(file.size) + " | " +
            std::to_string(file.size) + " | `" + file.sha256 + "` |\n";
    if (file.role == "model" && model_file.empty())
      model_file = file.relative;
    if (file.role == "projector")
      projector = file.relative;
  }
  text += "\nCheck a file: `sha256sum FILE` (Linux), `shasum -a 256 FILE` (macOS), "
          "`certutil -hashfile FILE SHA256` (Windows).\n\n"
          "Back into Ollama, from this folder: `ollama create NAME -f Modelfile`.\n\n"
          "With llama.cpp: `llama-server -m " +
          model_file + (projector.empty() ? "" : " --mmproj " + projector) + "`.\n";
  if (lmStudio)
    text += "\nLM Studio finds the model in its models folder as publisher/repo/file.gguf"
            " (the projector beside the model).\n";
  return text;
}

} // namespace md::ollama
