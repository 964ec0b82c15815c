#include "core/env/secret_mask.h"

namespace md::env {

std::string maskSecret(std::string_view secret) {
  if (secret.size() < 16)
    return std::string(secret.size() < 8 ? 8 : secret.size(), '*');
  return std::string(8, '*') + std::string(secret.substr(secret.size() - 4));
}

std::string redactSecrets(std::string text, const std::vector<std::string>& secrets) {
  for (const auto& secret : secrets) {
    if (secret.empty())
      continue;
    const std::string mask = maskSecret(secret);
    for (std::size_t at = text.find(secret); at != std::string::npos; at = text.find(secret, at + mask.size()))
      text.replace(at, secret.size(), mask);
  }
  return text;
}

} // namespace md::env
