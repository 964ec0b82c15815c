#pragma once
// JSON that never throws: invalid UTF-8 in a value (a file name or a GGUF
// string from the wild) is replaced with U+FFFD instead of failing the dump,
// and a field read from a file or a server that is missing or of another
// type reads as the fallback (nlohmann's value() would throw).

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

namespace md {

std::string toJsonText(const nlohmann::json& value, int indent = -1);

std::string stringOr(const nlohmann::json& object, const char* key, std::string fallback = {});
std::uint64_t unsignedOr(const nlohmann::json& object, const char* key, std::uint64_t fallback = 0);
bool boolOr(const nlohmann::json& object, const char* key, bool fallback = false);

} // namespace md
