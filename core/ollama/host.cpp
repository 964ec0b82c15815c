#include "core/ollama/host.h"

#include <charconv>
#include <cstdlib>

namespace md::ollama {
namespace {

std::string_view trim(std::string_view text, std::string_view chars) {
  const auto first = text.find_first_not_of(chars);
  if (first == std::string_view::npos)
    return {};
  const auto last = text.find_last_not_of(chars);
  return text.substr(first, last - first + 1);
}

bool isIpv6Literal(std::string_view host) {
  return host.find(':') != std::string_view::npos;
}

std::string joinHostPort(std::string_view host, int port) {
  std::string text = isIpv6Literal(host) ? "[" + std::string(host) + "]" : std::string(host);
  return text + ":" + std::to_string(port);
}

// Splits "host:port" or "[v6]:port" the way Go's net.SplitHostPort does.
bool splitHostPort(std::string_view hostport, std::string& host, std::string& port) {
  if (!hostport.empty() && hostport.front() == '[') {
    const auto close = hostport.find(']');
    if (close == std::string_view::npos || close + 1 >= hostport.size() || hostport[close + 1] != ':')
      return false;
    host = std::string(hostport.substr(1, close - 1));
    port = std::string(hostport.substr(close + 2));
    return true;
  }
  const auto colon = hostport.rfind(':');
  if (colon == std::string_view::npos || hostport.find(':') != colon)
    return false; // no port, or an unbracketed IPv6 address
  host = std::string(hostport.substr(0, colon));
  port = std::string(hostport.substr(colon + 1));
  return true;
}

} // namespace

OllamaHost parseOllamaHost(std::string_view value) {
  OllamaHost result;
  std::string_view text = trim(trim(value, " \t\r\n"), "\"'");
  int defaultPort = 11434;
  std::string_view hostport = text;
  if (const auto sep = text.find("://"); sep != std::string_view::npos) {
    result.scheme = std::string(text.substr(0, sep));
    hostport = text.substr(sep + 3);
    if (result.scheme == "http")
      defaultPort = 80;
    else if (result.scheme == "https")
      defaultPort = 443;
  }
  if (const auto slash = hostport.find('/'); slash != std::string_view::npos) {
    result.path = std::string(trim(hostport.substr(slash + 1), "/"));
    hostport = hostport.substr(0, slash);
  }

  std::string host;
  std::string port;
  if (!splitHostPort(hostport, host, port)) {
    host = hostport.empty() ? "127.0.0.1" : std::string(trim(hostport, "[]"));
    port = std::to_string(defaultPort);
  }
  result.host = host.empty() ? std::string() : host;
  int number = -1;
  const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), number);
  if (ec != std::errc() || end != port.data() + port.size() || number < 0 || number > 65535) {
    result.warning = "invalid port '" + port + "', using " + std::to_string(defaultPort);
    number = defaultPort;
  }
  result.port = number;
  return result;
}

std::string OllamaHost::url() const {
  std::string text = scheme + "://" + joinHostPort(host, port);
  if (!path.empty())
    text += "/" + path;
  return text;
}

std::string OllamaHost::clientUrl() const {
  OllamaHost copy = *this;
  if (copy.host.empty() || copy.host == "0.0.0.0")
    copy.host = "127.0.0.1";
  else if (copy.host == "::")
    copy.host = "::1";
  return copy.url();
}

std::string hostFromEnvironment() {
  const char* value = std::getenv("OLLAMA_HOST");
  return parseOllamaHost(value ? value : "").clientUrl();
}

bool isLoopbackHost(std::string_view host) {
  std::string name(host);
  for (auto& c : name)
    c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return name == "localhost" || name == "127.0.0.1" || name == "::1";
}

bool sameOllamaServer(std::string_view a, std::string_view b) {
  auto key = [](std::string_view url) {
    const auto host = parseOllamaHost(url);
    std::string name = host.host;
    for (auto& c : name)
      c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return (isLoopbackHost(name) ? std::string("loopback") : name) + "|" + std::to_string(host.port) + "|" + host.path;
  };
  return key(a) == key(b);
}

} // namespace md::ollama
