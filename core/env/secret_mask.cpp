#include "core/env/secret_mask.h"

#include <algorithm>

namespace md::env {

std::string maskSecret(std::string_view secret) {
  if (secret.size() < 16)
    return std::string(secret.size() < 8 ? 8 : secret.size(), '*');
  return std::string(8, '*') + std::string(secret.substr(secret.size() - 4));
}

std::string redactSecrets(std::string text, std::vector<std::string> secrets) {
  // Longest first, so a secret that contains another is masked whole.
  std::sort(secrets.begin(), secrets.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
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
