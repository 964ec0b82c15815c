#pragma once
// Turns a parsed Modelfile into a CreateRequest the way `ollama create -f`
// does: FROM files and folders become `files` (keyed by file name), a FROM
// model name becomes `from`, PARAMETER values are typed by Ollama's list.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/ollama/requests.h"
#include "core/util/result.h"

namespace md::ollama {

// `modelfileDir` resolves relative FROM/ADAPTER paths. Skipped instructions
// (deprecated parameters, DRAFT, RENDERER…) are explained in `warnings`.
Result<CreateRequest> createRequestFromModelfile(const std::string& modelName, std::string_view text,
                                                 const std::filesystem::path& modelfileDir,
                                                 std::vector<std::string>& warnings);

} // namespace md::ollama
