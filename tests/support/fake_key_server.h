#pragma once
// A loopback stand-in for the DashScope and W&B key endpoints (cpp-httplib):
// GET /compatible-mode/v1/models accepts `Bearer <dashscopeKey>`,
// POST /graphql accepts Basic api:<wandbKey> and answers {viewer{username}}.
// Anything else gets 401.

#include <atomic>
#include <memory>
#include <string>
#include <thread>

namespace md::testing {

struct FakeKeyServerOptions {
  std::string dashscopeKey;
  std::string wandbKey;
  std::string wandbUser = "tester";
};

class FakeKeyServer {
public:
  explicit FakeKeyServer(FakeKeyServerOptions options);
  ~FakeKeyServer();
  FakeKeyServer(const FakeKeyServer&) = delete;
  FakeKeyServer& operator=(const FakeKeyServer&) = delete;

  bool start();
  void stop();
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
  int requestCount() const { return requests_.load(); }

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  FakeKeyServerOptions options_;
  std::thread thread_;
  int port_ = 0;
  std::atomic<int> requests_{0};
};

} // namespace md::testing
