#include "core/modelfile/parameters.h"

#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cmath>
#include <cstdlib>

namespace md::modelfile {

const std::vector<ParameterSpec>& parameterSpecs() {
  using T = ParameterType;
  static const std::vector<ParameterSpec> specs = {
      {"num_ctx", T::Int, false, "Context window size in tokens"},
      {"num_predict", T::Int, false, "Maximum tokens to generate (-1: no limit)"},
      {"num_keep", T::Int, false, "Tokens of the prompt kept when the context is full"},
      {"seed", T::Int, false, "Random seed, for reproducible output"},
      {"top_k", T::Int, false, "Sample only from the K most likely tokens"},
      {"repeat_last_n", T::Int, false, "How far back to look for repetition (0: off, -1: num_ctx)"},
      {"num_batch", T::Int, false, "Prompt processing batch size"},
      {"num_gpu", T::Int, false, "Number of layers to offload to the GPU"},
      {"main_gpu", T::Int, false, "GPU used for small tensors when several are present"},
      {"num_thread", T::Int, false, "CPU threads used for generation"},
      {"draft_num_predict", T::Int, false, "Tokens the DRAFT model proposes per step (speculative decoding)"},
      {"temperature", T::Float, false, "Higher is more creative, lower more focused"},
      {"top_p", T::Float, false, "Nucleus sampling: keep tokens within this probability mass"},
      {"min_p", T::Float, false, "Drop tokens below this fraction of the top token's probability"},
      {"typical_p", T::Float, false, "Locally typical sampling"},
      {"repeat_penalty", T::Float, false, "Penalty for repeated tokens"},
      {"presence_penalty", T::Float, false, "Penalty for tokens already present"},
      {"frequency_penalty", T::Float, false, "Penalty proportional to how often a token appeared"},
      {"use_mmap", T::Bool, false, "Map the model file into memory"},
      {"stop", T::StringList, false, "Stop generating at this text (repeat for several)"},
      {"penalize_newline", T::Bool, true, "Deprecated: ignored by Ollama"},
      {"low_vram", T::Bool, true, "Deprecated: ignored by Ollama"},
      {"f16_kv", T::Bool, true, "Deprecated: ignored by Ollama"},
      {"logits_all", T::Bool, true, "Deprecated: ignored by Ollama"},
      {"vocab_only", T::Bool, true, "Deprecated: ignored by Ollama"},
      {"use_mlock", T::Bool, true, "Deprecated: ignored by Ollama"},
      {"mirostat", T::Int, true, "Deprecated: ignored by Ollama"},
      {"mirostat_tau", T::Float, true, "Deprecated: ignored by Ollama"},
      {"mirostat_eta", T::Float, true, "Deprecated: ignored by Ollama"},
  };
  return specs;
}

const ParameterSpec* findParameter(std::string_view name) {
  for (const auto& spec : parameterSpecs())
    if (spec.name == name)
      return &spec;
  return nullptr;
}

const char* parameterTypeName(ParameterType type) {
  switch (type) {
  case ParameterType::Int: return "int";
  case ParameterType::Float: return "float";
  case ParameterType::Bool: return "bool";
  case ParameterType::StringList: return "list";
  }
  return "";
}

namespace {

// Levenshtein distance of two short ASCII words, case-insensitive.
std::size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const bool same =
          std::tolower(static_cast<unsigned char>(a[i - 1])) == std::tolower(static_cast<unsigned char>(b[j - 1]));
      const std::size_t next = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
      diagonal = row[j];
      row[j] = next;
    }
  }
  return row[b.size()];
}

} // namespace

std::optional<std::string> nearestParameterName(std::string_view name) {
  const std::size_t allowed = std::max<std::size_t>(1, std::min<std::size_t>(3, name.size() / 3));
  std::optional<std::string> best;
  std::size_t bestDistance = allowed + 1;
  for (const auto& spec : parameterSpecs()) {
    if (spec.deprecated)
      continue;
    const std::size_t distance = editDistance(name, spec.name);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = std::string(spec.name);
    }
  }
  return best;
}

bool isGoInt(std::string_view text) {
  const bool negative = !text.empty() && text.front() == '-';
  if (!text.empty() && (text.front() == '+' || text.front() == '-'))
    text.remove_prefix(1);
  if (text.empty())
    return false;
  for (char c : text)
    if (!std::isdigit(static_cast<unsigned char>(c)))
      return false;
  while (text.size() > 1 && text.front() == '0')
    text.remove_prefix(1);
  const std::string_view limit = negative ? "9223372036854775808" : "9223372036854775807"; // int64
  return text.size() < limit.size() || (text.size() == limit.size() && text <= limit);
}

bool isGoFloat32(std::string_view text) {
  std::string_view body = text;
  if (!body.empty() && (body.front() == '+' || body.front() == '-'))
    body.remove_prefix(1);
  std::string lower;
  for (char c : body)
    lower += char(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "inf" || lower == "infinity" || lower == "nan")
    return true;
  // Decimal form: digits [. digits] [e [+-] digits]; at least one digit.
  std::size_t i = 0;
  std::size_t digits = 0;
  while (i < lower.size() && std::isdigit(static_cast<unsigned char>(lower[i])))
    ++i, ++digits;
  if (i < lower.size() && lower[i] == '.') {
    ++i;
    while (i < lower.size() && std::isdigit(static_cast<unsigned char>(lower[i])))
      ++i, ++digits;
  }
  if (digits == 0)
    return false;
  if (i < lower.size() && lower[i] == 'e') {
    ++i;
    if (i < lower.size() && (lower[i] == '+' || lower[i] == '-'))
      ++i;
    const std::size_t exponentStart = i;
    while (i < lower.size() && std::isdigit(static_cast<unsigned char>(lower[i])))
      ++i;
    if (i == exponentStart)
      return false;
  }
  if (i != lower.size())
    return false;
  const double value = std::strtod(lower.c_str(), nullptr);
  return std::fabs(value) <= double(FLT_MAX); // Go: out of float32 range is an error
}

bool isGoBool(std::string_view text) {
  for (std::string_view accepted : {"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False"})
    if (text == accepted)
      return true;
  return false;
}

std::optional<std::string> parameterValueError(const ParameterSpec& spec, std::string_view value) {
  const std::string shown = "[" + std::string(value) + "]";
  switch (spec.type) {
  case ParameterType::Int:
    if (!isGoInt(value))
      return "invalid int value " + shown;
    break;
  case ParameterType::Float:
    if (!isGoFloat32(value))
      return "invalid float value " + shown;
    break;
  case ParameterType::Bool:
    if (!isGoBool(value))
      return "invalid bool value " + shown;
    break;
  case ParameterType::StringList: break;
  }
  return std::nullopt;
}

} // namespace md::modelfile
