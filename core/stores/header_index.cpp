#include "core/stores/header_index.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/util/json_text.h"
#include "core/util/paths.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace md::stores {
namespace {

constexpr int kIndexVersion = 1;

json factsToJson(const HeaderFacts& facts) {
  return json{{"role", static_cast<int>(facts.role)},
              {"architecture", facts.architecture},
              {"name", facts.name},
              {"fileType", facts.fileType},
              {"parameters", facts.parameterCount},
              {"split", {facts.splitNumber, facts.splitCount}},
              {"complete", facts.complete},
              {"missingBytes", facts.missingBytes}};
}

HeaderFacts factsFromJson(const json& value) {
  HeaderFacts facts;
  facts.role = static_cast<gguf::Role>(value.value("role", static_cast<int>(gguf::Role::Unknown)));
  facts.architecture = value.value("architecture", std::string());
  facts.name = value.value("name", std::string());
  facts.fileType = value.value("fileType", std::string());
  facts.parameterCount = value.value("parameters", std::uint64_t(0));
  const json split = value.value("split", json::array());
  if (split.is_array() && split.size() == 2 && split[0].is_number() && split[1].is_number()) {
    facts.splitNumber = split[0].get<int>();
    facts.splitCount = split[1].get<int>();
  }
  facts.complete = value.value("complete", true);
  facts.missingBytes = value.value("missingBytes", std::uint64_t(0));
  return facts;
}

} // namespace

fs::path HeaderIndex::fileIn(const fs::path& folder) {
  return folder / "store-index.json";
}

Status HeaderIndex::load(const fs::path& folder) {
  headers_.clear();
  const fs::path file = fileIn(folder);
  std::error_code error;
  if (!fs::exists(file, error))
    return {};
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  const json root = json::parse(text.str(), nullptr, false);
  if (!in || root.is_discarded() || !root.is_object() || root.value("version", 0) != kIndexVersion ||
      !root.contains("files") || !root["files"].is_object())
    return makeError(ErrorCode::Malformed, "the store index is unreadable; it will be rebuilt", {file, {}, {}, {}});
  try {
    for (const auto& [key, value] : root["files"].items()) {
      IndexedHeader header;
      header.size = value.value("size", std::uint64_t(0));
      header.mtimeNs = value.value("mtimeNs", std::int64_t(0));
      header.error = value.value("error", std::string());
      if (value.contains("header"))
        header.facts = factsFromJson(value["header"]);
      headers_.emplace(key, std::move(header));
    }
  } catch (const json::exception& e) {
    headers_.clear();
    return makeError(ErrorCode::Malformed, std::string("the store index is damaged: ") + e.what(), {file, {}, {}, {}});
  }
  return {};
}

Status HeaderIndex::save(const fs::path& folder) const {
  json files = json::object();
  for (const auto& [key, header] : headers_) {
    json value{{"size", header.size}, {"mtimeNs", header.mtimeNs}};
    if (!header.error.empty())
      value["error"] = header.error;
    if (header.facts)
      value["header"] = factsToJson(*header.facts);
    files[key] = std::move(value);
  }
  std::error_code error;
  fs::create_directories(folder, error);
  const fs::path file = fileIn(folder);
  const fs::path temporary = fs::path(file).concat(".tmp");
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << toJsonText(json{{"version", kIndexVersion}, {"files", std::move(files)}});
    if (!out)
      return makeError(ErrorCode::Io, "cannot write the store index", {temporary, {}, {}, {}});
  }
  fs::rename(temporary, file, error);
  if (error)
    return makeError(ErrorCode::Io, "cannot replace the store index: " + error.message(), {file, {}, {}, {}});
  return {};
}

const IndexedHeader* HeaderIndex::find(const std::string& key, std::uint64_t size, std::int64_t mtimeNs) const {
  const auto it = headers_.find(key);
  if (it == headers_.end() || it->second.size != size || it->second.mtimeNs != mtimeNs)
    return nullptr;
  return &it->second;
}

void HeaderIndex::put(const std::string& key, IndexedHeader header) {
  headers_[key] = std::move(header);
}

std::vector<std::string> HeaderIndex::keys() const {
  std::vector<std::string> keys;
  keys.reserve(headers_.size());
  for (const auto& item : headers_)
    keys.push_back(item.first);
  return keys;
}

void HeaderIndex::retainOnly(const std::set<std::string>& keys) {
  std::erase_if(headers_, [&](const auto& item) { return keys.count(item.first) == 0; });
}

} // namespace md::stores
