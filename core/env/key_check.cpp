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

Message regionName(const std::string& base) {
  return base.find("-intl") != std::string::npos          ? Message(MessageId::KeyRegionInternational)
         : base.find("aliyuncs.com") != std::string::npos ? Message(MessageId::KeyRegionBeijing)
                                                          : Message::plain(base);
}

// "a, b, c" as nested ListJoin messages, so the UI joins them in its language.
Message joinedRegions(const std::vector<Message>& regions) {
  Message joined = regions.empty() ? Message::plain("") : regions.front();
  for (std::size_t i = 1; i < regions.size(); ++i)
    joined = Message(MessageId::ListJoin, {joined, regions[i]});
  return joined;
}

// The cause of a failure as it will be shown: a server's or curl's words
// never hold the key (it travels in a header), but they are redacted anyway.
MessageArg cause(const Error& error, const std::string& key) {
  if (error.text.isPlain())
    return MessageArg(redactSecrets(error.describe(), {key}));
  return MessageArg(error.text);
}

KeyCheckResult finished(KeyVerdict verdict, Message text, std::string account = {}) {
  KeyCheckResult result;
  result.verdict = verdict;
  result.message = text.english();
  result.text = std::move(text);
  result.account = std::move(account);
  return result;
}

} // namespace

// Keys are regional: "rejected" only when every region answered 401/403. A
// region that could not be reached (or answered something else) may be the
// key's own, so then the verdict is Unreachable and names that region.
KeyCheckResult checkDashScopeKey(const std::string& key, const KeyCheckEndpoints& endpoints,
                                 const CancelToken* cancel) {
  std::vector<Message> rejectedIn, unreachable;
  MessageArg lastProblem("");
  for (const auto& base : endpoints.dashscopeBases) {
    net::HttpRequest request;
    request.url = trimSlash(base) + "/compatible-mode/v1/models";
    request.headers = {{"Authorization", "Bearer " + key}};
    request.totalTimeout = endpoints.timeout;
    request.cancel = cancel;
    auto response = net::perform(request);
    if (response && response->status == 200) {
      const Message region = regionName(base);
      return finished(KeyVerdict::Valid, Message(MessageId::DashScopeAccepted, {region}), region.english());
    }
    if (response && (response->status == 401 || response->status == 403)) {
      rejectedIn.push_back(regionName(base));
      continue;
    }
    unreachable.push_back(regionName(base));
    lastProblem =
        response ? MessageArg(Message(MessageId::UrlAnsweredHttp, {request.url, MessageArg::number(response->status)}))
                 : cause(response.error(), key);
  }
  if (unreachable.empty() && !rejectedIn.empty())
    return finished(KeyVerdict::Rejected, Message(MessageId::DashScopeRejectedEverywhere, {joinedRegions(rejectedIn)}));
  if (!rejectedIn.empty())
    return finished(KeyVerdict::Unreachable,
                    Message(MessageId::DashScopeRejectedWhereReached,
                            {joinedRegions(rejectedIn), joinedRegions(unreachable), lastProblem}));
  return finished(KeyVerdict::Unreachable,
                  Message(MessageId::DashScopeUnreachable, {joinedRegions(unreachable), lastProblem}));
}

KeyCheckResult checkWandbKey(const std::string& key, const KeyCheckEndpoints& endpoints, const CancelToken* cancel) {
  net::HttpRequest request;
  request.method = "POST";
  request.url = trimSlash(endpoints.wandbBase) + "/graphql";
  request.headers = {{"Authorization", "Basic " + net::base64Encode("api:" + key)},
                     {"Content-Type", "application/json"}};
  request.body = R"({"query":"query Viewer { viewer { username } }"})";
  request.totalTimeout = endpoints.timeout;
  request.cancel = cancel;
  auto response = net::perform(request);
  if (!response)
    return finished(KeyVerdict::Unreachable, Message(MessageId::WandbUnreachable, {cause(response.error(), key)}));
  if (response->status == 401 || response->status == 403)
    return finished(KeyVerdict::Rejected, Message(MessageId::WandbRejected));
  const auto body = nlohmann::json::parse(response->body, nullptr, false);
  const auto* username = body.is_object() && body.contains("data") && body["data"].is_object() &&
                                 body["data"].contains("viewer") && body["data"]["viewer"].is_object()
                             ? &body["data"]["viewer"]
                             : nullptr;
  if (response->status == 200 && username != nullptr && !stringOr(*username, "username").empty()) {
    const std::string account = stringOr(*username, "username");
    return finished(KeyVerdict::Valid, Message(MessageId::WandbAccepted, {account}), account);
  }
  if (response->status == 200)
    return finished(KeyVerdict::Rejected, Message(MessageId::WandbUnrecognised));
  return finished(KeyVerdict::Unreachable,
                  Message(MessageId::UrlAnsweredHttp, {request.url, MessageArg::number(response->status)}));
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
  return finished(KeyVerdict::Unreachable, Message(MessageId::NoKeyCheck, {variable}));
}

} // namespace md::env
