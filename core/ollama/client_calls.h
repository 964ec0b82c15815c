#pragma once
// The Ollama client's raw HTTP calls, private to core/ollama/client*.cpp: a
// request with the client's timeouts, a JSON call and a streamed NDJSON call.
// Callers outside the client use Client's typed methods instead.

#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/net/http_client.h"
#include "core/ollama/client.h"

namespace md::ollama::calls {

// A request to `path` on the client's server with its connect and total timeouts.
net::HttpRequest makeRequest(const Client& client, const std::string& method, const std::string& path,
                             const CancelToken* cancel);

// A JSON call with the request timeout. `body` is sent for non-GET methods.
Result<nlohmann::json> callJson(const Client& client, const std::string& method, const std::string& path,
                                const nlohmann::json& body = nullptr, const CancelToken* cancel = nullptr);

// A streamed NDJSON call: each object (already checked for "error") goes to
// onObject. Stalls longer than the client's streamStallSeconds abort it.
Status callStream(const Client& client, const std::string& path, const nlohmann::json& body,
                  const std::function<Status(const nlohmann::json&)>& onObject, const CancelToken* cancel = nullptr);

} // namespace md::ollama::calls
