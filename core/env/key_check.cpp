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

std::string joinedRegions(const std::vector<std::string>& regions) {
  std::string text;
  for (const auto& region : regions)
    text += (text.empty() ? "" : ", ") + region;
  return text;
}

} // namespace

// Keys are regional: "rejected" only when every region answered 401/403. A
// region that could not be reached (or answered something else) may be the
// key's own, so then the verdict is Unreachable and names that region.
KeyCheckResult checkDashScopeKey(const std::string& key, const KeyCheckEndpoints& endpoints,
                                 const CancelToken* cancel) {
  KeyCheckResult result;
  std::vector<std::string> rejectedIn, unreachable;
  std::string lastProblem;
  for (const auto& base : endpoints.dashscopeBases) {
    net::HttpRequest request;
    request.url = trimSlash(base) + "/compatible-mode/v1/models";
    request.headers = {{"Authorization", "Bearer " + key}};
    request.totalTimeout = endpoints.timeout;
    request.cancel = cancel;
    auto response = net::perform(request);
    if (response && response->status == 200) {
      result.verdict = KeyVerdict::Valid;
      result.account = regionName(base);
      result.message = "DashScope accepted the key (" + result.account + ")";
      return result;
    }
    if (response && (response->status == 401 || response->status == 403)) {
      rejectedIn.push_back(regionName(base));
      continue;
    }
    unreachable.push_back(regionName(base));
    lastProblem =
        response ? request.url + " answered HTTP " + std::to_string(response->status) : response.error().describe();
  }
  if (unreachable.empty() && !rejectedIn.empty()) {
    result.verdict = KeyVerdict::Rejected;
    result.message = "DashScope rejected the key in every region tried (" + joinedRegions(rejectedIn) + ")";
  } else if (!rejectedIn.empty()) {
    result.message = "DashScope rejected the key in " + joinedRegions(rejectedIn) + ", and " +
                     joinedRegions(unreachable) + " could not be reached: " + lastProblem;
  } else {
    result.message = "DashScope could not be reached (" + joinedRegions(unreachable) + "): " + lastProblem;
  }
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
