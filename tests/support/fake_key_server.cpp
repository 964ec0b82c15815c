#include "tests/support/fake_key_server.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "core/net/http_client.h"

namespace md::testing {

struct FakeKeyServer::Impl {
  httplib::Server server;
};

FakeKeyServer::FakeKeyServer(FakeKeyServerOptions options)
    : impl_(std::make_unique<Impl>()), options_(std::move(options)) {
  auto& server = impl_->server;
  server.set_pre_routing_handler([this](const httplib::Request&, httplib::Response&) {
    ++requests_;
    return httplib::Server::HandlerResponse::Unhandled;
  });
  server.Get("/compatible-mode/v1/models", [this](const httplib::Request& req, httplib::Response& res) {
    if (!options_.dashscopeKey.empty() && req.get_header_value("Authorization") == "Bearer " + options_.dashscopeKey) {
      res.set_content(R"({"object":"list","data":[{"id":"qwen-plus","object":"model"}]})", "application/json");
      return;
    }
    res.status = 401;
    res.set_content(R"({"error":{"code":"invalid_api_key","message":"Incorrect API key provided."}})",
                    "application/json");
  });
  server.Post("/graphql", [this](const httplib::Request& req, httplib::Response& res) {
    const std::string expected = "Basic " + net::base64Encode("api:" + options_.wandbKey);
    const auto body = nlohmann::json::parse(req.body, nullptr, false);
    const bool asksViewer = body.is_object() && body.value("query", "").find("viewer") != std::string::npos;
    if (options_.wandbKey.empty() || req.get_header_value("Authorization") != expected || !asksViewer) {
      res.status = 401;
      res.set_content(R"({"errors":[{"message":"user is not logged in"}]})", "application/json");
      return;
    }
    res.set_content(nlohmann::json{{"data", {{"viewer", {{"username", options_.wandbUser}}}}}}.dump(),
                    "application/json");
  });
}

FakeKeyServer::~FakeKeyServer() {
  stop();
}

bool FakeKeyServer::start() {
  port_ = impl_->server.bind_to_any_port("127.0.0.1");
  if (port_ <= 0)
    return false;
  thread_ = std::thread([this] { impl_->server.listen_after_bind(); });
  return true;
}

void FakeKeyServer::stop() {
  if (thread_.joinable()) {
    impl_->server.stop();
    thread_.join();
  }
}

} // namespace md::testing
