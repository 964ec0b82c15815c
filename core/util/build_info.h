#pragma once

#include <string>
#include <utility>
#include <vector>

namespace md {

// ("ModelDesk", "0.1.0"), ("libcurl", "7.88.1"), ("nlohmann/json", "3.11.2"),
// ("OpenSSL", "3.0.x"): what the About box and `--version` print.
std::vector<std::pair<std::string, std::string>> componentVersions();

} // namespace md
