#pragma once
// A protocol-faithful stand-in for the Ollama server, on 127.0.0.1 over real
// HTTP (cpp-httplib). Tests start it on a free port. It grows with the
// client: see DESIGN.md §3 for the behaviour it follows.

#include <atomic>
#include <memory>
#include <string>
#include <thread>

namespace md::testing {

struct FakeOllamaOptions {
  std::string version = "0.12.0";
};

class FakeOllama {
public:
  explicit FakeOllama(FakeOllamaOptions options = {});
  ~FakeOllama();
  FakeOllama(const FakeOllama&) = delete;
  FakeOllama& operator=(const FakeOllama&) = delete;

  // Binds to 127.0.0.1 on a free port and serves on a background thread.
  bool start();
  void stop();

  int port() const { return port_; }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
  int requestCount() const { return requests_.load(); }

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  FakeOllamaOptions options_;
  std::thread thread_;
  int port_ = 0;
  std::atomic<int> requests_{0};
};

// A port on 127.0.0.1 that nothing listens on (bound, then closed).
int unusedLoopbackPort();

} // namespace md::testing
