#pragma once
// JSON text that never throws: invalid UTF-8 in a value (a file name or a GGUF
// string from the wild) is replaced with U+FFFD instead of failing the dump.

#include <string>

#include <nlohmann/json.hpp>

namespace md {

std::string toJsonText(const nlohmann::json& value, int indent = -1);

} // namespace md
