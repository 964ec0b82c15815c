#pragma once
// The environment variables of the Ollama workflow (DESIGN.md §4): what each
// is for, its kind, its default on each OS, and how a value is validated.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/result.h"

namespace md::env {

enum class VarKind { Path, Url, Secret, Duration, Number, Bool, Text };
enum class Os { Linux, MacOs, Windows };

Os currentOs();
const char* varKindName(VarKind kind);

struct VariableInfo {
  std::string name;
  VarKind kind = VarKind::Text;
  std::string purpose;       // one line, English (the UI translates its own copy)
  bool advanced = false;     // shown in the "advanced" group
  bool readByOllama = false; // the Ollama server reads it at start
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

// The value the tool uses when the variable is unset ("" when none).
std::string defaultValue(const VariableInfo& variable, const DefaultContext& context);

// Checks a value a user wants to persist. Paths must be absolute and their
// nearest existing ancestor a writable folder; OLLAMA_HOST must parse;
// secrets must be non-empty, single-line, without spaces.
Status validateValue(const VariableInfo& variable, std::string_view value);

} // namespace md::env
