#include "tests/support/fake_ollama.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace md::testing {

struct FakeOllama::Impl {
  httplib::Server server;
};

FakeOllama::FakeOllama(FakeOllamaOptions options) : impl_(std::make_unique<Impl>()), options_(std::move(options)) {
  auto& server = impl_->server;
  server.set_pre_routing_handler([this](const httplib::Request&, httplib::Response&) {
    ++requests_;
    return httplib::Server::HandlerResponse::Unhandled;
  });
  server.Get("/api/version", [this](const httplib::Request&, httplib::Response& res) {
    res.set_content(nlohmann::json{{"version", options_.version}}.dump(), "application/json");
  });
  server.Get(
      "/", [](const httplib::Request&, httplib::Response& res) { res.set_content("Ollama is running", "text/plain"); });
}

FakeOllama::~FakeOllama() {
  stop();
}

bool FakeOllama::start() {
  port_ = impl_->server.bind_to_any_port("127.0.0.1");
  if (port_ <= 0)
    return false;
  thread_ = std::thread([this] { impl_->server.listen_after_bind(); });
  return true;
}

void FakeOllama::stop() {
  if (thread_.joinable()) {
    impl_->server.stop();
    thread_.join();
  }
}

int unusedLoopbackPort() {
  // Bind without listening, read the port, close: nothing accepts there.
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  int port = 0;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
    port = ntohs(address.sin_port);
  ::close(fd);
  return port;
}

} // namespace md::testing
