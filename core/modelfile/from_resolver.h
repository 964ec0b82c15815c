#pragma once
// What a FROM (or ADAPTER/DRAFT) value points at: a model name, a GGUF file
// or a folder of GGUF files, relative to the Modelfile's folder, with "~"
// expanded. Unlike Ollama, a path that does not exist is an error instead of
// silently becoming a model name to pull.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/result.h"

namespace md::modelfile {

enum class FromKind { ModelName, File, Folder };

struct FromTarget {
  FromKind kind = FromKind::ModelName;
  std::string modelName;                    // ModelName
  std::filesystem::path path;               // File or Folder, absolute or relative to the cwd
  std::vector<std::filesystem::path> files; // File: the file; Folder: its *.gguf, sorted
};

// `value` is UTF-8 as written in the Modelfile; `modelfileDir` is the folder
// of the Modelfile (empty: the current directory).
Result<FromTarget> resolveFrom(std::string_view value, const std::filesystem::path& modelfileDir);

// "~" and "~/x" use the home folder; relative paths join `modelfileDir`.
std::filesystem::path expandModelfilePath(std::string_view value, const std::filesystem::path& modelfileDir);

// Ollama's model name rules: [host/][namespace/]model[:tag].
bool isValidModelName(std::string_view name);

// True when a value is clearly meant as a path (./x, /x, ~/x, C:\x, *.gguf,
// a backslash or a space), so a missing file must not be taken for a name.
bool looksLikePath(std::string_view value);

} // namespace md::modelfile
