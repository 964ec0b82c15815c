#include "core/stores/header_index.h"

#include <fstream>
#include <limits>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "core/util/json_text.h"
#include "core/util/paths.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace md::stores {
namespace {

// Version 2 keeps rows as arrays, which parse several times faster than
// objects: [path, size, mtimeNs, error, facts or null], where facts is
// [role, architecture, name, fileType, parameters, splitNumber, splitCount,
// complete, missingBytes].
constexpr int kIndexVersion = 2;

json factsToJson(const HeaderFacts& facts) {
  return json::array({static_cast<int>(facts.role), facts.architecture, facts.name, facts.fileType,
                      facts.parameterCount, facts.splitNumber, facts.splitCount, facts.complete, facts.missingBytes});
}

// A row of a damaged file; load() catches it as it catches json::exception.
struct DamagedRow : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A number of a row must be an integer: get<int>() or get<std::uint64_t>()
// of a float that does not fit is undefined behaviour, not an exception.
const json& integerAt(const json& row, std::size_t index) {
  const json& value = row.at(index);
  if (!value.is_number_integer())
    throw DamagedRow("field " + std::to_string(index) + " of a row is not an integer");
  return value;
}

int intAt(const json& row, std::size_t index, int low, int high) {
  const auto value = integerAt(row, index).get<std::int64_t>();
  if (value < low || value > high)
    throw DamagedRow("field " + std::to_string(index) + " of a row is out of range");
  return int(value);
}

// Throws on a malformed row; load() catches it.
HeaderFacts factsFromJson(const json& value) {
  HeaderFacts facts;
  facts.role = static_cast<gguf::Role>(intAt(value, 0, 0, static_cast<int>(gguf::Role::Unknown)));
  facts.architecture = value.at(1).get<std::string>();
  facts.name = value.at(2).get<std::string>();
  facts.fileType = value.at(3).get<std::string>();
  facts.parameterCount = integerAt(value, 4).get<std::uint64_t>();
  facts.splitNumber = intAt(value, 5, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
  facts.splitCount = intAt(value, 6, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
  facts.complete = value.at(7).get<bool>();
  facts.missingBytes = integerAt(value, 8).get<std::uint64_t>();
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
  if (!in || root.is_discarded() || !root.is_object() || unsignedOr(root, "version") != std::uint64_t(kIndexVersion) ||
      !root.contains("files") || !root["files"].is_array())
    return makeError(ErrorCode::Malformed, Message(MessageId::StoreIndexUnreadable), {file, {}, {}, {}});
  try {
    for (const json& row : root["files"]) {
      IndexedHeader header;
      header.size = integerAt(row, 1).get<std::uint64_t>();
      header.mtimeNs = integerAt(row, 2).get<std::int64_t>();
      header.error = row.at(3).get<std::string>();
      if (!row.at(4).is_null())
        header.facts = factsFromJson(row.at(4));
      headers_.insert_or_assign(row.at(0).get<std::string>(), std::move(header));
    }
  } catch (const std::exception& e) { // json::exception or DamagedRow
    headers_.clear();
    return makeError(ErrorCode::Malformed, Message(MessageId::StoreIndexDamaged, {e.what()}), {file, {}, {}, {}});
  }
  return {};
}

Status HeaderIndex::save(const fs::path& folder) const {
  json files = json::array();
  for (const auto& [key, header] : headers_)
    files.push_back(json::array(
        {key, header.size, header.mtimeNs, header.error, header.facts ? factsToJson(*header.facts) : json()}));
  std::error_code error;
  fs::create_directories(folder, error);
  const fs::path file = fileIn(folder);
  const fs::path temporary = fs::path(file).concat(".tmp");
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << toJsonText(json{{"version", kIndexVersion}, {"files", std::move(files)}});
    if (!out)
      return makeError(ErrorCode::Io, Message(MessageId::StoreIndexNotWritten), {temporary, {}, {}, {}});
  }
  fs::rename(temporary, file, error);
  if (error)
    return makeError(ErrorCode::Io, Message(MessageId::StoreIndexNotReplaced, {error.message()}), {file, {}, {}, {}});
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

std::size_t HeaderIndex::retainOnly(const std::set<std::string>& keys) {
  return std::erase_if(headers_, [&](const auto& item) { return keys.count(item.first) == 0; });
}

} // namespace md::stores
