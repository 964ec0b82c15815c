#pragma once
// The JSON form of a GGUF header, as printed by `modeldesk-cli gguf info
// --json` (schema in issue 3 / docs). Other tools parse it: keep it exact.

#include <nlohmann/json.hpp>

#include "core/gguf/gguf_file.h"
#include "core/util/result.h"

namespace md::gguf {

nlohmann::json valueToJson(const Value& value); // the plain value (arrays as JSON arrays)
nlohmann::json ggufToJson(const GgufFile& file);
// {"error": {"message": S, "offset": N|null}}
nlohmann::json errorToJson(const Error& error);

} // namespace md::gguf
