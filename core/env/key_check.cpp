#include "core/env/key_check.h"

#include <nlohmann/json.hpp>

#include "core/env/secret_mask.h"
#include "core/net/http_client.h"
#include "core/util/json_text.h"

namespace md::env {

namespace {

std::string trimSlash(std::string base) {
  while (!base.empty() && base.back() == '/')
    base.pop_back();
  return base;
}

std::string regionName(const std::string& base) {
  return base.find("-intl") != std::string::npos          ? "international"
         : base.find("aliyuncs.com") != std::string::npos ? "Beijing"
                                                          : base;
}

} // namespace

KeyCheckResult checkDashScopeKey(const std::string& key, const KeyCheckEndpoints& endpoints,
                                 const CancelToken* cancel) {
  KeyCheckResult result;
  bool rejected = false;
  std::string lastProblem;
  for (const auto& base : endpoints.dashscopeBases) {
    net::HttpRequest request;
    request.url = trimSlash(base) + "/compatible-mode/v1/models";
    request.headers = {{"Authorization", "Bearer " + key}};
    request.totalTimeout = endpoints.timeout;
    request.cancel = cancel;
    auto response = net::perform(request);
    if (!response) {
      lastProblem = response.error().describe();
      continue;
    }
    if (response->status == 200) {
      result.verdict = KeyVerdict::Valid;
      result.account = regionName(base);
      result.message = "DashScope accepted the key (" + result.account + ")";
      return result;
    }
    if (response->status == 401 || response->status == 403)
      rejected = true;
    else
      lastProblem = request.url + " answered HTTP " + std::to_string(response->status);
  }
  result.verdict = rejected ? KeyVerdict::Rejected : KeyVerdict::Unreachable;
  result.message =
      rejected ? "DashScope rejected the key in every region tried" : "DashScope could not be reached: " + lastProblem;
  result.message = redactSecrets(result.message, {key});
  return result;
}

KeyCheckResult checkWandbKey(const std::string& key, const KeyCheckEndpoints& endpoints, const CancelToken* cancel) {
  KeyCheckResult result;
  net::HttpRequest request;
  request.method = "POST";
  request.url = trimSlash(endpoints.wandbBase) + "/graphql";
  request.headers = {{"Authorization", "Basic " + net::base64Encode("api:" + key)},
                     {"Content-Type", "application/json"}};
  request.body = R"({"query":"query Viewer { viewer { username } }"})";
  request.totalTimeout = endpoints.timeout;
  request.cancel = cancel;
  auto response = net::perform(request);
  if (!response) {
    result.message = redactSecrets("W&B could not be reached: " + response.error().describe(), {key});
    return result;
  }
  if (response->status == 401 || response->status == 403) {
    result.verdict = KeyVerdict::Rejected;
    result.message = "W&B rejected the key";
    return result;
  }
  const auto body = nlohmann::json::parse(response->body, nullptr, false);
  const auto* username = body.is_object() && body.contains("data") && body["data"].is_object() &&
                                 body["data"].contains("viewer") && body["data"]["viewer"].is_object()
                             ? &body["data"]["viewer"]
                             : nullptr;
  if (response->status == 200 && username != nullptr && !stringOr(*username, "username").empty()) {
    result.verdict = KeyVerdict::Valid;
    result.account = stringOr(*username, "username");
    result.message = "W&B accepted the key (user " + result.account + ")";
    return result;
  }
  if (response->status == 200) {
    result.verdict = KeyVerdict::Rejected;
    result.message = "W&B did not recognise the key";
    return result;
  }
  result.message = request.url + " answered HTTP " + std::to_string(response->status);
  return result;
}

bool canCheckKey(const std::string& variable) {
  return variable == "DASHSCOPE_API_KEY" || variable == "WANDB_API_KEY";
}

KeyCheckResult checkKey(const std::string& variable, const std::string& key, const KeyCheckEndpoints& endpoints,
                        const CancelToken* cancel) {
  if (variable == "DASHSCOPE_API_KEY")
    return checkDashScopeKey(key, endpoints, cancel);
  if (variable == "WANDB_API_KEY")
    return checkWandbKey(key, endpoints, cancel);
  return {KeyVerdict::Unreachable, variable + " has no key check", {}};
}

} // namespace md::env
