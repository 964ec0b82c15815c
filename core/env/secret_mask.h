#pragma once
// Secrets never reach a log, a message or a settings file in clear: every
// string that could is passed through maskSecret() or redactSecrets().

#include <string>
#include <string_view>
#include <vector>

namespace md::env {

// "••••••••abcd" style, ASCII so it survives any console: "********abcd".
// Short secrets are fully masked.
std::string maskSecret(std::string_view secret);

// Replaces every occurrence of each secret in `text` by its mask.
std::string redactSecrets(std::string text, std::vector<std::string> secrets);

} // namespace md::env
