#include "core/env/catalog.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <iterator>
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
  case VarKind::Enum: return "enum";
  case VarKind::Text: return "text";
  }
  return "text";
}

// Types, ranges and defaults as Ollama 0.33 reads them (envconfig/config.go,
// server/routes.go, server/sched.go, fs/ggml/ggml.go SupportsKVCacheType).
const std::vector<VariableInfo>& catalog() {
  using K = VarKind;
  static const std::vector<VariableInfo> variables = {
      {"OLLAMA_MODELS", K::Path, "Where Ollama stores its models", false, true},
      {"OLLAMA_HOST", K::Url, "The address the Ollama server listens on", false, true},
      {"HF_HOME", K::Path, "The Hugging Face cache and settings", false, false},
      {"MODELSCOPE_CACHE", K::Path, "The ModelScope download cache", false, false},
      {"DASHSCOPE_API_KEY", K::Secret, "API key for Qwen models on DashScope", false, false},
      {"WANDB_API_KEY", K::Secret, "API key for Weights & Biases", false, false},
      {"OLLAMA_KEEP_ALIVE", K::Duration, "How long a model stays loaded after use", true, true},
      // 0: Ollama picks 4k, 32k or 256k by VRAM.
      {"OLLAMA_CONTEXT_LENGTH", K::Number, "Default context length in tokens", true, true, {}, 0, 16777216},
      // 0 is read as 1.
      {"OLLAMA_NUM_PARALLEL", K::Number, "Requests each model serves at once", true, true, {}, 1, 256},
      // 0: 3 per GPU.
      {"OLLAMA_MAX_LOADED_MODELS", K::Number, "Models kept loaded at once", true, true, {}, 0, 256},
      // 0 would be a queue that holds nothing.
      {"OLLAMA_MAX_QUEUE", K::Number, "Requests queued before the server refuses more", true, true, {}, 1, 1000000},
      {"OLLAMA_FLASH_ATTENTION", K::Bool, "Use flash attention", true, true},
      {"OLLAMA_KV_CACHE_TYPE",
       K::Enum,
       "Quantization of the K/V cache (f16, q8_0, q4_0)",
       true,
       true,
       {"f16", "q8_0", "q4_0"}},
      {"OLLAMA_ORIGINS", K::Text, "Extra origins allowed to call the API", true, true},
      {"OLLAMA_NOPRUNE", K::Bool, "Do not delete unused blobs at start-up", true, true},
      // LogLevel(): a boolean, or 2 for TRACE.
      {"OLLAMA_DEBUG", K::Bool, "Verbose server logs", true, true, {"2"}},
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
  if (name == "OLLAMA_MAX_QUEUE")
    return "512";
  if (name == "OLLAMA_NUM_PARALLEL")
    return "1";
  if (name == "OLLAMA_MAX_LOADED_MODELS")
    return "0";                 // automatic: see defaultNote
  if (name == "OLLAMA_ORIGINS") // always allowed, whatever the variable adds
    return "localhost, 127.0.0.1, 0.0.0.0, app://*, file://*, tauri://*, vscode-webview://*";
  if (name == "OLLAMA_NOPRUNE" || name == "OLLAMA_DEBUG")
    return "false";
  if (name == "OLLAMA_KV_CACHE_TYPE")
    return "f16";
  return {};
}

std::optional<Message> defaultNote(const VariableInfo& variable) {
  if (variable.name == "OLLAMA_CONTEXT_LENGTH") // server/routes.go: by total VRAM (47/23 GiB thresholds)
    return Message(MessageId::EnvDefaultContextByVram);
  if (variable.name == "OLLAMA_FLASH_ATTENTION") // llm/llama_server.go: "auto" unless set
    return Message(MessageId::EnvDefaultFlashAttention);
  if (variable.name == "OLLAMA_MAX_LOADED_MODELS") // server/sched.go: defaultModelsPerGPU
    return Message(MessageId::EnvDefaultModelsPerGpu);
  return std::nullopt;
}

std::optional<bool> parseGoBool(std::string_view text) {
  for (const char* yes : {"1", "t", "T", "TRUE", "true", "True"})
    if (text == yes)
      return true;
  for (const char* no : {"0", "f", "F", "FALSE", "false", "False"})
    if (text == no)
      return false;
  return std::nullopt;
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

// strconv.ParseInt base 10: an optional sign, then digits.
bool isSignedInteger(std::string_view text) {
  if (!text.empty() && (text[0] == '-' || text[0] == '+'))
    text.remove_prefix(1);
  return isNumber(text);
}

// Go's time.ParseDuration: [-+]?([0-9]*(\.[0-9]*)?unit)+ or "0", with the
// units ns, us, µs, μs, ms, s, m, h.
bool isGoDuration(std::string_view text) {
  if (!text.empty() && (text[0] == '-' || text[0] == '+'))
    text.remove_prefix(1);
  if (text == "0")
    return true;
  if (text.empty())
    return false;
  static const char* const units[] = {"ns", "us", "\xC2\xB5s", "\xCE\xBCs", "ms", "s", "m", "h"};
  while (!text.empty()) {
    std::size_t digits = 0, i = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i)
      ++digits;
    if (i < text.size() && text[i] == '.')
      for (++i; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i)
        ++digits;
    if (digits == 0)
      return false;
    text.remove_prefix(i);
    std::size_t unit = 0;
    while (unit < text.size() && !(text[unit] >= '0' && text[unit] <= '9') && text[unit] != '.')
      ++unit;
    const std::string_view name = text.substr(0, unit);
    if (std::find(std::begin(units), std::end(units), name) == std::end(units))
      return false;
    text.remove_prefix(unit);
  }
  return true;
}

// OLLAMA_KEEP_ALIVE and OLLAMA_LOAD_TIMEOUT: a Go duration, else whole seconds.
bool isDuration(std::string_view text) {
  return isGoDuration(text) || isSignedInteger(text);
}

Status validateNumber(const VariableInfo& variable, std::string_view value) {
  if (!isNumber(value))
    return invalid(variable, MessageId::EnvExpectedInteger);
  std::uint64_t number = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error != std::errc() || end != value.data() + value.size() || number < variable.minimum ||
      number > variable.maximum)
    return makeError(ErrorCode::Invalid,
                     Message(MessageId::EnvNumberOutOfRange, {variable.name, MessageArg::number(variable.minimum),
                                                              MessageArg::number(variable.maximum)}));
  return {};
}

Status validateChoice(const VariableInfo& variable, std::string_view value) {
  if (std::find(variable.choices.begin(), variable.choices.end(), value) != variable.choices.end())
    return {};
  std::string list;
  for (const auto& choice : variable.choices)
    list += (list.empty() ? "" : ", ") + choice;
  return invalid(variable, MessageId::EnvExpectedChoice, list);
}

Status validateBool(const VariableInfo& variable, std::string_view value) {
  if (parseGoBool(value) ||
      std::find(variable.choices.begin(), variable.choices.end(), value) != variable.choices.end())
    return {};
  return invalid(variable, MessageId::EnvExpectedBool);
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
  case VarKind::Number: return validateNumber(variable, value);
  case VarKind::Bool: return validateBool(variable, value);
  case VarKind::Enum: return validateChoice(variable, value);
  case VarKind::Text: return {};
  }
  return {};
}

} // namespace md::env
