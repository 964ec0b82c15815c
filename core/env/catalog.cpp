#include "core/env/catalog.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <system_error>

#include "core/ollama/host.h"
#include "core/util/paths.h"

#ifndef _WIN32
#include <unistd.h>
#endif

namespace md::env {
namespace fs = std::filesystem;

Os currentOs() {
#if defined(_WIN32)
  return Os::Windows;
#elif defined(__APPLE__)
  return Os::MacOs;
#else
  return Os::Linux;
#endif
}

const char* varKindName(VarKind kind) {
  switch (kind) {
  case VarKind::Path: return "path";
  case VarKind::Url: return "url";
  case VarKind::Secret: return "secret";
  case VarKind::Duration: return "duration";
  case VarKind::Number: return "number";
  case VarKind::Bool: return "bool";
  case VarKind::Text: return "text";
  }
  return "text";
}

const std::vector<VariableInfo>& catalog() {
  static const std::vector<VariableInfo> variables = {
      {"OLLAMA_MODELS", VarKind::Path, "Where Ollama stores its models", false, true},
      {"OLLAMA_HOST", VarKind::Url, "The address the Ollama server listens on", false, true},
      {"HF_HOME", VarKind::Path, "The Hugging Face cache and settings", false, false},
      {"MODELSCOPE_CACHE", VarKind::Path, "The ModelScope download cache", false, false},
      {"DASHSCOPE_API_KEY", VarKind::Secret, "API key for Qwen models on DashScope", false, false},
      {"WANDB_API_KEY", VarKind::Secret, "API key for Weights & Biases", false, false},
      {"OLLAMA_KEEP_ALIVE", VarKind::Duration, "How long a model stays loaded after use", true, true},
      {"OLLAMA_CONTEXT_LENGTH", VarKind::Number, "Default context length in tokens", true, true},
      {"OLLAMA_NUM_PARALLEL", VarKind::Number, "Requests each model serves at once", true, true},
      {"OLLAMA_MAX_LOADED_MODELS", VarKind::Number, "Models kept loaded at once", true, true},
      {"OLLAMA_MAX_QUEUE", VarKind::Number, "Requests queued before the server refuses more", true, true},
      {"OLLAMA_FLASH_ATTENTION", VarKind::Bool, "Use flash attention", true, true},
      {"OLLAMA_KV_CACHE_TYPE", VarKind::Text, "Quantization of the K/V cache (f16, q8_0, q4_0)", true, true},
      {"OLLAMA_ORIGINS", VarKind::Text, "Extra origins allowed to call the API", true, true},
      {"OLLAMA_NOPRUNE", VarKind::Bool, "Do not delete unused blobs at start-up", true, true},
      {"OLLAMA_DEBUG", VarKind::Bool, "Verbose server logs", true, true},
  };
  return variables;
}

const VariableInfo* findVariable(std::string_view name) {
  const auto& all = catalog();
  const auto it = std::find_if(all.begin(), all.end(), [&](const VariableInfo& v) { return v.name == name; });
  return it == all.end() ? nullptr : &*it;
}

DefaultContext DefaultContext::fromProcess() {
  DefaultContext context;
#ifdef _WIN32
  // The wide variable: the narrow one is in the ANSI code page (C:\Users\?? for 张三).
  const wchar_t* home = ::_wgetenv(L"USERPROFILE");
  context.home = fs::path(home != nullptr ? home : L"");
#else
  const char* home = std::getenv("HOME");
  context.home = pathFromUtf8(home != nullptr ? home : "");
#endif
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  context.xdgCacheHome = xdg != nullptr ? xdg : "";
  return context;
}

std::string defaultValue(const VariableInfo& variable, const DefaultContext& context) {
  const auto under = [&](const fs::path& relative) { return pathToUtf8((context.home / relative).make_preferred()); };
  const std::string& name = variable.name;
  if (name == "OLLAMA_MODELS")
    return under(fs::path(".ollama") / "models");
  if (name == "OLLAMA_HOST")
    return "127.0.0.1:11434";
  if (name == "HF_HOME") {
    if (!context.xdgCacheHome.empty() && context.os != Os::Windows)
      return pathToUtf8(pathFromUtf8(context.xdgCacheHome) / "huggingface");
    return under(fs::path(".cache") / "huggingface");
  }
  if (name == "MODELSCOPE_CACHE")
    return under(fs::path(".cache") / "modelscope");
  if (name == "OLLAMA_KEEP_ALIVE" || name == "OLLAMA_LOAD_TIMEOUT")
    return "5m";
  if (name == "OLLAMA_CONTEXT_LENGTH")
    return "4096";
  if (name == "OLLAMA_MAX_QUEUE")
    return "512";
  if (name == "OLLAMA_NUM_PARALLEL")
    return "1";
  if (name == "OLLAMA_MAX_LOADED_MODELS")
    return "3";                 // per GPU; 3 in all on CPU
  if (name == "OLLAMA_ORIGINS") // always allowed, whatever the variable adds
    return "localhost, 127.0.0.1, 0.0.0.0, app://*, file://*, tauri://*, vscode-webview://*";
  if (name == "OLLAMA_FLASH_ATTENTION" || name == "OLLAMA_NOPRUNE" || name == "OLLAMA_DEBUG")
    return "false";
  if (name == "OLLAMA_KV_CACHE_TYPE")
    return "f16";
  return {};
}

namespace {

Error invalid(const VariableInfo& variable, MessageId why, std::string detail = {}) {
  std::vector<MessageArg> args{variable.name};
  if (!detail.empty())
    args.emplace_back(std::move(detail));
  return makeError(ErrorCode::Invalid, Message(why, std::move(args)));
}

bool isNumber(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isDuration(std::string_view text) {
  // Go durations ("5m", "1h30m", "-1") or a plain number of seconds.
  if (text == "-1" || isNumber(text))
    return true;
  std::size_t i = 0;
  bool any = false;
  while (i < text.size()) {
    const std::size_t start = i;
    while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == '.'))
      ++i;
    if (i == start)
      return false;
    const std::size_t unit = i;
    while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])))
      ++i;
    const std::string_view suffix = text.substr(unit, i - unit);
    if (suffix != "h" && suffix != "m" && suffix != "s" && suffix != "ms")
      return false;
    any = true;
  }
  return any;
}

// OLLAMA_HOST: what Ollama's own parser would accept without silently
// turning it into something else.
Status validateHost(const VariableInfo& variable, std::string_view value) {
  if (value.empty())
    return invalid(variable, MessageId::EnvValueEmpty);
  if (std::any_of(value.begin(), value.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); }))
    return invalid(variable, MessageId::EnvAddressSpaces);
  if (const auto scheme = value.find("://"); scheme != std::string_view::npos) {
    std::string name(value.substr(0, scheme));
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (name != "http" && name != "https")
      return invalid(variable, MessageId::EnvAddressScheme);
    if (value.substr(scheme + 3).empty() || value[scheme + 3] == '/')
      return invalid(variable, MessageId::EnvHostEmpty);
  }
  if (std::count(value.begin(), value.end(), '[') != std::count(value.begin(), value.end(), ']'))
    return invalid(variable, MessageId::EnvIpv6Brackets);
  const auto host = ollama::parseOllamaHost(value);
  if (!host.warning.empty())
    return makeError(ErrorCode::Invalid, Message(MessageId::FileProblem, {variable.name, host.warning}));
  return {};
}

Status validatePath(const VariableInfo& variable, std::string_view value) {
  const fs::path path = pathFromUtf8(value);
#ifdef _WIN32
  if (value.find('%') != std::string_view::npos)
    return {}; // expanded by Windows (REG_EXPAND_SZ); checked when used
#endif
  if (!path.is_absolute())
    return invalid(variable, MessageId::EnvPathNotAbsolute);
  std::error_code ec;
  fs::path existing = path;
  while (!fs::exists(existing, ec) && existing.has_relative_path())
    existing = existing.parent_path();
  if (!fs::is_directory(existing, ec))
    return invalid(variable, MessageId::EnvNotAFolder, pathToUtf8(existing));
#ifndef _WIN32
  if (::access(existing.c_str(), W_OK | X_OK) != 0)
    return invalid(variable, MessageId::EnvCannotWrite, pathToUtf8(existing));
#endif
  return {};
}

} // namespace

Status validateValue(const VariableInfo& variable, std::string_view value) {
  if (value.find('\n') != std::string_view::npos || value.find('\r') != std::string_view::npos ||
      value.find('\0') != std::string_view::npos)
    return invalid(variable, MessageId::EnvValueMultiline);
  switch (variable.kind) {
  case VarKind::Path: return validatePath(variable, value);
  case VarKind::Url: return validateHost(variable, value);
  case VarKind::Secret:
    if (value.empty())
      return invalid(variable, MessageId::EnvKeyEmpty);
    if (std::any_of(value.begin(), value.end(), [](char c) {
          return std::isspace(static_cast<unsigned char>(c)) || std::iscntrl(static_cast<unsigned char>(c));
        }))
      return invalid(variable, MessageId::EnvKeyBadCharacters);
    if (value.size() < 8)
      return invalid(variable, MessageId::EnvKeyTooShort);
    return {};
  case VarKind::Duration: return isDuration(value) ? Status() : invalid(variable, MessageId::EnvExpectedDuration);
  case VarKind::Number: return isNumber(value) ? Status() : invalid(variable, MessageId::EnvExpectedInteger);
  case VarKind::Bool:
    return value == "1" || value == "0" || value == "true" || value == "false"
               ? Status()
               : invalid(variable, MessageId::EnvExpectedBool);
  case VarKind::Text: return {};
  }
  return {};
}

} // namespace md::env
