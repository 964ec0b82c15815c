#pragma once
// The PARAMETER names `ollama create` accepts, with their types (DESIGN.md §3)
// and a one-line description for completion.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace md::modelfile {

enum class ParameterType { Int, Float, Bool, StringList };

struct ParameterSpec {
  std::string_view name;
  ParameterType type;
  bool deprecated; // Ollama warns and skips it
  std::string_view doc;
};

const std::vector<ParameterSpec>& parameterSpecs(); // valid first, then deprecated
const ParameterSpec* findParameter(std::string_view name);
const char* parameterTypeName(ParameterType type); // "int", "float", "bool", "list"
// The valid parameter name closest to a misspelt one ("temprature" →
// "temperature"), or nothing when none is close.
std::optional<std::string> nearestParameterName(std::string_view name);

// Ollama's own message when `value` does not parse as the parameter's type
// ("invalid int value [abc]"), or nothing when it does.
std::optional<std::string> parameterValueError(const ParameterSpec& spec, std::string_view value);

// Go's strconv parsers, which Ollama uses on the values.
bool isGoInt(std::string_view text);
bool isGoFloat32(std::string_view text);
bool isGoBool(std::string_view text);

} // namespace md::modelfile
