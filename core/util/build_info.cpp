#include "core/util/build_info.h"

#include <curl/curl.h>
#include <nlohmann/json.hpp>
#ifndef _WIN32
#include <openssl/crypto.h>
#endif

#include "core/version.h"

namespace md {

std::vector<std::pair<std::string, std::string>> componentVersions() {
  const curl_version_info_data* curl = curl_version_info(CURLVERSION_NOW);
  const std::string json = std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + "." +
                           std::to_string(NLOHMANN_JSON_VERSION_MINOR) + "." +
                           std::to_string(NLOHMANN_JSON_VERSION_PATCH);
  return {
      {"ModelDesk", kModelDeskVersion},
      {"libcurl", curl && curl->version ? curl->version : "unknown"},
      {"nlohmann/json", json},
#ifdef _WIN32
      {"SHA-256", "Windows CNG"},
#else
      {"OpenSSL", OpenSSL_version(OPENSSL_VERSION_STRING)},
#endif
  };
}

} // namespace md
