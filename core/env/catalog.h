#pragma once
// The environment variables of the Ollama workflow (DESIGN.md §4): what each
// is for, its type (as Ollama 0.33's envconfig reads it: booleans by Go's
// strconv.ParseBool, numbers by ParseUint, durations by time.ParseDuration),
// its default on each OS, and the one validator every writer goes through.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/result.h"

namespace md::env {

enum class VarKind { Path, Url, Secret, Duration, Number, Bool, Enum, Text };
enum class Os { Linux, MacOs, Windows };

Os currentOs();
const char* varKindName(VarKind kind);

struct VariableInfo {
  VariableInfo() = default;
  VariableInfo(std::string name_, VarKind kind_, std::string purpose_, bool advanced_, bool readByOllama_,
               std::vector<std::string> choices_ = {}, std::uint64_t minimum_ = 0, std::uint64_t maximum_ = 0)
      : name(std::move(name_)), kind(kind_), purpose(std::move(purpose_)), advanced(advanced_),
        readByOllama(readByOllama_), choices(std::move(choices_)), minimum(minimum_), maximum(maximum_) {}

  std::string name;
  VarKind kind = VarKind::Text;
  std::string purpose;       // one line, English (the UI translates its own copy)
  bool advanced = false;     // shown in the "advanced" group
  bool readByOllama = false; // the Ollama server reads it at start
  // Enum: the accepted values. Bool: values accepted besides ParseBool's.
  std::vector<std::string> choices;
  std::uint64_t minimum = 0; // Number: the accepted range
  std::uint64_t maximum = 0;
};

const std::vector<VariableInfo>& catalog();
const VariableInfo* findVariable(std::string_view name);

// What defaults depend on; tests pass a fake home.
struct DefaultContext {
  std::filesystem::path home;
  std::string xdgCacheHome; // empty when unset
  Os os = currentOs();
  static DefaultContext fromProcess();
};

// The value the tool uses when the variable is unset ("" when none, or when
// the tool decides at run time: see defaultNote).
std::string defaultValue(const VariableInfo& variable, const DefaultContext& context);
// How the tool decides when the default is not one value (the context length
// Ollama picks by VRAM, automatic flash attention); nullopt otherwise.
std::optional<Message> defaultNote(const VariableInfo& variable);

// Go's strconv.ParseBool: 1 t T TRUE true True, 0 f F FALSE false False.
std::optional<bool> parseGoBool(std::string_view text);

// Checks a value a user wants to persist, with a coded message naming the
// variable. Paths must be absolute and their nearest existing ancestor a
// writable folder (the only check that reads the disk); OLLAMA_HOST must
// parse; secrets must be non-empty, single-line, without spaces; booleans,
// choices, numbers in range and durations as Ollama reads them.
Status validateValue(const VariableInfo& variable, std::string_view value);

} // namespace md::env
