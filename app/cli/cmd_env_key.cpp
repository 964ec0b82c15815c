// modeldesk-cli env check-key NAME [KEY|-] [--dashscope-base URL]... [--wandb-base URL] [--json]
//
// Asks the service whether an API key works: the given KEY ("-" reads it
// from standard input, so it stays out of the process list), or else the
// variable's current value. The key is never printed. Exit 0 when the key
// works, 1 when it was rejected or the service could not be reached.

#include <iostream>
#include <ostream>

#include <nlohmann/json.hpp>

#include "app/cli/cmd_env.h"
#include "core/env/key_check.h"
#include "core/env/secret_mask.h"
#include "core/util/json_text.h"

namespace md::cli {

namespace {

const char* verdictName(env::KeyVerdict verdict) {
  switch (verdict) {
  case env::KeyVerdict::Valid: return "valid";
  case env::KeyVerdict::Rejected: return "rejected";
  case env::KeyVerdict::Unreachable: return "unreachable";
  }
  return "unreachable";
}

} // namespace

int checkKeyCommand(CommandContext& context) {
  env::KeyCheckEndpoints endpoints;
  if (auto bases = context.args.takeAll("dashscope-base"); !bases.empty())
    endpoints.dashscopeBases = std::move(bases);
  if (auto base = context.args.takeOption("wandb-base"))
    endpoints.wandbBase = *base;
  const auto& rest = context.args.rest();
  if (rest.empty() || rest.size() > 2 || context.args.unknownOption()) {
    context.err << "usage: modeldesk-cli env check-key NAME [KEY|-] [--dashscope-base URL]... [--wandb-base URL] "
                   "[--json]\n";
    return kExitUsage;
  }
  const std::string name = rest[0];
  EnvSession session;
  auto secrets = session.manager.knownSecrets();
  if (!env::canCheckKey(name))
    return envFail(context, makeError(ErrorCode::Invalid, Message(MessageId::NoKeyCheck, {name})), secrets);
  std::string key;
  if (rest.size() == 2) {
    key = rest[1];
    if (key == "-" && !std::getline(std::cin, key))
      key.clear();
  } else {
    auto state = session.manager.state(name);
    if (!state)
      return envFail(context, state.error(), secrets);
    key = state->effective;
  }
  secrets.push_back(key);
  if (key.empty())
    return envFail(context, makeError(ErrorCode::Invalid, Message(MessageId::EnvKeyEmpty, {name})), secrets);

  const env::KeyCheckResult result = env::checkKey(name, key, endpoints);
  const std::string message = env::redactSecrets(result.message, secrets);
  if (context.json) {
    context.out << toJsonText(
                       {{"variable", name},
                        {"verdict", verdictName(result.verdict)},
                        {"valid", result.verdict == env::KeyVerdict::Valid},
                        {"account", result.account.empty() ? nlohmann::json(nullptr) : nlohmann::json(result.account)},
                        {"message", message}},
                       2)
                << "\n";
  } else {
    (result.verdict == env::KeyVerdict::Valid ? context.out : context.err) << message << "\n";
  }
  return result.verdict == env::KeyVerdict::Valid ? kExitOk : kExitFailure;
}

} // namespace md::cli
