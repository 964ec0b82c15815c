#pragma once
// Checks that an API key works, without ever logging it:
//  - DashScope (Qwen): GET {base}/compatible-mode/v1/models with a Bearer key,
//    the Beijing base first, then the international one (keys are regional);
//  - W&B: POST {base}/graphql `{viewer{username}}` with Basic api:<key>.
// Endpoints are configurable so tests can use a local server. Blocking: call
// from a worker thread.

#include <chrono>
#include <string>
#include <vector>

#include "core/util/message.h"
#include "core/util/progress.h"

namespace md::env {

struct KeyCheckEndpoints {
  std::vector<std::string> dashscopeBases{"https://dashscope.aliyuncs.com", "https://dashscope-intl.aliyuncs.com"};
  std::string wandbBase = "https://api.wandb.ai";
  std::chrono::milliseconds timeout{15000};
};

inline constexpr const char* kWandbKeyPage = "https://wandb.ai/authorize";
inline constexpr const char* kDashScopeKeyPage = "https://bailian.console.aliyun.com/?apiKey=1";

enum class KeyVerdict { Valid, Rejected, Unreachable };

struct KeyCheckResult {
  KeyVerdict verdict = KeyVerdict::Unreachable;
  Message text;        // for people, as a code and arguments (the UI translates it); never contains the key
  std::string message; // text's English
  std::string account; // W&B user name or the DashScope region that accepted it
};

KeyCheckResult checkDashScopeKey(const std::string& key, const KeyCheckEndpoints& endpoints = {},
                                 const CancelToken* cancel = nullptr);
KeyCheckResult checkWandbKey(const std::string& key, const KeyCheckEndpoints& endpoints = {},
                             const CancelToken* cancel = nullptr);
// By variable name (DASHSCOPE_API_KEY, WANDB_API_KEY).
bool canCheckKey(const std::string& variable);
KeyCheckResult checkKey(const std::string& variable, const std::string& key, const KeyCheckEndpoints& endpoints = {},
                        const CancelToken* cancel = nullptr);

} // namespace md::env
