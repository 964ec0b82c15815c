#pragma once
// Turning a CreateRequest into what POST /api/create takes: checks, the
// JSON body of >= 0.5.5 servers and the Modelfile text of older ones.

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/ollama/requests.h"
#include "core/ollama/version.h"
#include "core/util/result.h"

namespace md::ollama {

// Blob digests ("sha256:<hex>") by the CreateFile::name they were uploaded for.
using DigestsByName = std::map<std::string, std::string>;

// Checks a parameter against Ollama's list (DESIGN.md §3). Deprecated names
// give a warning and are dropped from `out`; unknown names and wrong types
// are errors ("unknown parameter 'x'").
Status validateParameters(const std::map<std::string, ParameterValue>& parameters,
                          std::map<std::string, ParameterValue>& out, std::vector<std::string>& warnings);

// Checks what the server would refuse or silently ignore: an empty name,
// both `from` and files, keys that are not relative or contain "..", and
// split shards on a server older than 0.30.
Status validateCreateRequest(const CreateRequest& request, const Version& server);

// True for llama.cpp shard names such as "x-00001-of-00003.gguf".
bool isSplitShardName(const std::string& name);

// The >= 0.5.5 body: {model, files, adapters, template, system, parameters…}.
nlohmann::json buildCreateJson(const CreateRequest& request, const DigestsByName& digests,
                               const std::map<std::string, ParameterValue>& parameters);
// The < 0.5.5 Modelfile text, files referenced as "@sha256:<hex>".
Result<std::string> buildCreateModelfile(const CreateRequest& request, const DigestsByName& digests,
                                         const std::map<std::string, ParameterValue>& parameters);

} // namespace md::ollama
