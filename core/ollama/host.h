#pragma once
// OLLAMA_HOST parsing, following Ollama's envconfig.Host():
//   ""                    -> http://127.0.0.1:11434
//   "example"             -> http://example:11434   (bare host: http, 11434)
//   "http://example"      -> http://example:80
//   "https://example"     -> https://example:443
//   "[::1]:9000"          -> http://[::1]:9000
//   "host:1234/prefix/"   -> http://host:1234/prefix
// Surrounding spaces and quotes are ignored; an invalid port falls back to
// the scheme's default with a warning, as Ollama does.

#include <string>
#include <string_view>

namespace md::ollama {

inline constexpr const char* kDefaultHost = "http://127.0.0.1:11434";

struct OllamaHost {
  std::string scheme = "http";
  std::string host = "127.0.0.1"; // without brackets
  int port = 11434;
  std::string path;    // without leading or trailing slash
  std::string warning; // non-empty when something was ignored

  // The URL exactly as the server would listen on it.
  std::string url() const;
  // The URL a client should connect to: a wildcard listen address
  // (0.0.0.0, ::) becomes the matching loopback address.
  std::string clientUrl() const;
};

OllamaHost parseOllamaHost(std::string_view value);
// The base URL a client uses for the OLLAMA_HOST of this process.
std::string hostFromEnvironment();

// This machine: localhost, 127.0.0.1 or ::1 (any case).
bool isLoopbackHost(std::string_view host);
// Two URLs of one server: loopback spellings are one host, and the scheme and
// a trailing slash do not make another server (the port and path do).
bool sameOllamaServer(std::string_view a, std::string_view b);

} // namespace md::ollama
