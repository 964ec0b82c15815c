#include "core/env/history.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <nlohmann/json.hpp>
#include <system_error>

#include "core/env/catalog.h"
#include "core/env/secret_mask.h"
#include "core/io/atomic_write.h"
#include "core/util/json_text.h"
#include "core/util/paths.h"

namespace md::env {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kIndexName = "history.json";

std::string utcNow() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm parts{};
#ifdef _WIN32
  gmtime_s(&parts, &now);
#else
  gmtime_r(&now, &parts);
#endif
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return buffer;
}

json optionalJson(const std::optional<std::string>& value) {
  return value ? json(*value) : json(nullptr);
}

std::optional<std::string> optionalString(const json& value) {
  return value.is_string() ? std::optional<std::string>(value.get<std::string>()) : std::nullopt;
}

json toJson(const HistoryEntry& entry) {
  json files = json::array();
  for (const auto& file : entry.files)
    files.push_back({{"path", pathToUtf8(file.path)}, {"existed", file.existed}, {"backup", file.backupName}});
  json object = {{"id", entry.id},
                 {"time", entry.time},
                 {"variable", entry.variable},
                 {"previous", optionalJson(entry.previous)},
                 {"value", optionalJson(entry.value)},
                 {"files", files},
                 {"undone", entry.undone},
                 {"undo_order", entry.undoOrder}};
  if (const auto& app = entry.appSetting)
    object["app_setting"] = {{"database", pathToUtf8(app->database)},
                             {"previous", app->previous},
                             {"value", app->value},
                             {"changed", app->changed}};
  return object;
}

// A record without its database, its value or whether it changed is left
// out: undo then leaves the app's setting alone rather than guess.
std::optional<AppSettingRecord> appSettingFromJson(const json& object) {
  const auto app = object.find("app_setting");
  if (app == object.end() || !app->is_object() || stringOr(*app, "database").empty() || !app->contains("value") ||
      !(*app)["value"].is_string() || !app->contains("changed") || !(*app)["changed"].is_boolean())
    return std::nullopt;
  return AppSettingRecord{pathFromUtf8(stringOr(*app, "database")), stringOr(*app, "previous"), stringOr(*app, "value"),
                          boolOr(*app, "changed")};
}

// A hand-edited or damaged entry reads as far as it can; nothing throws.
HistoryEntry fromJson(const json& object) {
  HistoryEntry entry;
  entry.id = unsignedOr(object, "id");
  entry.time = stringOr(object, "time");
  entry.variable = stringOr(object, "variable");
  entry.previous = object.contains("previous") ? optionalString(object["previous"]) : std::nullopt;
  entry.value = object.contains("value") ? optionalString(object["value"]) : std::nullopt;
  entry.undone = boolOr(object, "undone");
  entry.undoOrder = entry.undone ? unsignedOr(object, "undo_order") : 0;
  entry.appSetting = appSettingFromJson(object);
  // A file entry without a path or without "existed" is left out: undo must
  // not guess whether to delete or restore a file.
  if (const auto files = object.find("files"); files != object.end() && files->is_array())
    for (const auto& file : *files)
      if (const std::string path = stringOr(file, "path");
          !path.empty() && file.contains("existed") && file["existed"].is_boolean())
        entry.files.push_back({pathFromUtf8(path), boolOr(file, "existed"), stringOr(file, "backup")});
  return entry;
}

// A backup ModelDesk wrote has a plain name inside the history folder; a
// damaged or hand-edited entry may name any path, which is never deleted.
bool isOwnBackupName(const std::string& name) {
  return !name.empty() && name != "." && name != ".." && name.find_first_of("/\\:") == std::string::npos;
}

} // namespace

std::string HistoryEntry::describe() const {
  const VariableInfo* info = findVariable(variable);
  const bool secret = info != nullptr && info->kind == VarKind::Secret;
  const auto show = [&](const std::optional<std::string>& v) {
    return !v ? std::string("(unset)") : secret ? maskSecret(*v) : *v;
  };
  return time + " " + (value ? "set " : "unset ") + variable + ": " + show(previous) + " -> " + show(value);
}

Result<std::vector<HistoryEntry>> ChangeHistory::entries() const {
  auto text = io::readSmallFile(folder_ / kIndexName);
  if (!text)
    return text.error();
  std::vector<HistoryEntry> list;
  if (!text->has_value())
    return list;
  const json parsed = json::parse(**text, nullptr, false);
  if (!parsed.is_array())
    return makeError(ErrorCode::Malformed, "The change history is damaged", atPath(folder_ / kIndexName));
  for (const auto& object : parsed)
    if (object.is_object())
      list.push_back(fromJson(object));
  return list;
}

Status ChangeHistory::save(const std::vector<HistoryEntry>& list) const {
  json array = json::array();
  for (const auto& entry : list)
    array.push_back(toJson(entry));
  return io::writeFileAtomically(folder_ / kIndexName, array.dump(2) + "\n", io::FileAccess::Private);
}

Result<HistoryEntry> ChangeHistory::record(const std::string& variable, const std::optional<std::string>& previous,
                                           const std::optional<std::string>& value,
                                           const std::vector<fs::path>& files) {
  auto list = entries();
  if (!list)
    return list.error();
  std::error_code ec;
  fs::create_directories(folder_, ec);
  fs::permissions(folder_, fs::perms::owner_all, ec);
  HistoryEntry entry;
  entry.id = list->empty() ? 1 : list->back().id + 1;
  entry.time = utcNow();
  entry.variable = variable;
  entry.previous = previous;
  entry.value = value;
  for (std::size_t i = 0; i < files.size(); ++i) {
    auto bytes = io::readSmallFile(files[i]);
    if (!bytes)
      return bytes.error();
    FileBackup backup{files[i], bytes->has_value(), ""};
    if (backup.existed) {
      backup.backupName = std::to_string(entry.id) + "-" + std::to_string(i) + ".bak";
      if (auto saved = io::writeFileAtomically(folder_ / backup.backupName, **bytes, io::FileAccess::Private); !saved)
        return saved.error();
    }
    entry.files.push_back(std::move(backup));
  }
  list->push_back(entry);
  if (auto saved = save(*list); !saved)
    return saved.error();
  return entry;
}

Result<HistoryEntry> ChangeHistory::latest() const {
  auto list = entries();
  if (!list)
    return list.error();
  if (list->empty())
    return makeError(ErrorCode::NotFound, Message(MessageId::EnvNothingToUndo));
  return list->back();
}

namespace {

using Entries = std::vector<HistoryEntry>;

Error refusal(MessageId why, const HistoryEntry& entry, const HistoryEntry* other = nullptr) {
  std::vector<MessageArg> args{MessageArg::number(entry.id)};
  if (other != nullptr) {
    args.emplace_back(entry.variable);
    args.push_back(MessageArg::number(other->id));
  }
  return makeError(ErrorCode::Invalid, Message(why, std::move(args)));
}

// The first entry of the same variable after `entry` (or before it, going
// back) whose undone flag is `undone`; nullptr when there is none.
const HistoryEntry* sameVariable(const Entries& list, const HistoryEntry& entry, bool later, bool undone) {
  const HistoryEntry* found = nullptr;
  for (const auto& other : list) {
    if (other.variable != entry.variable || other.undone != undone)
      continue;
    if (later && other.id > entry.id && (found == nullptr || other.id < found->id))
      found = &other;
    if (!later && other.id < entry.id && (found == nullptr || other.id > found->id))
      found = &other;
  }
  return found;
}

// The entry `id` names; without one, the newest change in effect (undo) or
// the most recently undone one (redo).
Result<HistoryEntry> pick(const Entries& list, std::optional<std::uint64_t> id, bool undone) {
  if (id) {
    const auto it = std::find_if(list.begin(), list.end(), [&](const HistoryEntry& e) { return e.id == *id; });
    if (it == list.end())
      return makeError(ErrorCode::NotFound, Message(MessageId::EnvNoSuchChange, {MessageArg::number(*id)}));
    return *it;
  }
  const auto rank = [undone](const HistoryEntry& e) { return undone ? e.undoOrder : e.id; };
  const HistoryEntry* entry = nullptr;
  for (const auto& candidate : list)
    if (candidate.undone == undone && (entry == nullptr || rank(candidate) > rank(*entry)))
      entry = &candidate;
  if (entry == nullptr)
    return makeError(ErrorCode::NotFound, Message(undone ? MessageId::EnvNothingToRedo : MessageId::EnvNothingToUndo));
  return *entry;
}

} // namespace

Result<HistoryEntry> ChangeHistory::undoable(std::optional<std::uint64_t> id) const {
  auto list = entries();
  if (!list)
    return list.error();
  auto entry = pick(*list, id, false);
  if (!entry)
    return entry;
  if (entry->undone)
    return refusal(MessageId::EnvAlreadyUndone, *entry);
  if (const HistoryEntry* later = sameVariable(*list, *entry, true, false))
    return refusal(MessageId::EnvUndoConflict, *entry, later);
  return entry;
}

Result<HistoryEntry> ChangeHistory::redoable(std::optional<std::uint64_t> id) const {
  auto list = entries();
  if (!list)
    return list.error();
  auto entry = pick(*list, id, true);
  if (!entry)
    return entry;
  if (!entry->undone)
    return refusal(MessageId::EnvNotUndone, *entry);
  if (const HistoryEntry* later = sameVariable(*list, *entry, true, false))
    return refusal(MessageId::EnvRedoConflictLater, *entry, later);
  if (const HistoryEntry* earlier = sameVariable(*list, *entry, false, true))
    return refusal(MessageId::EnvRedoConflictEarlier, *entry, earlier);
  return entry;
}

Status ChangeHistory::markUndone(std::uint64_t id, bool undone) {
  auto list = entries();
  if (!list)
    return list.error();
  std::uint64_t order = 0;
  for (const auto& entry : *list)
    order = std::max(order, entry.undoOrder);
  for (auto& entry : *list)
    if (entry.id == id) {
      entry.undone = undone;
      entry.undoOrder = undone ? order + 1 : 0;
      return save(*list);
    }
  return makeError(ErrorCode::NotFound, Message(MessageId::EnvNoSuchChange, {MessageArg::number(id)}));
}

Status ChangeHistory::recordAppSetting(const std::string& variable, const std::string& value,
                                       const AppSettingRecord& app) {
  auto list = entries();
  if (!list)
    return list.error();
  for (auto it = list->rbegin(); it != list->rend(); ++it) {
    if (it->variable != variable || it->undone)
      continue;
    if (it->value != value || (it->appSetting && it->appSetting->changed))
      return {};
    it->appSetting = app;
    return save(*list);
  }
  return {};
}

Status ChangeHistory::dropLatest() {
  auto list = entries();
  if (!list)
    return list.error();
  if (list->empty())
    return {};
  const HistoryEntry entry = list->back();
  list->pop_back();
  if (auto saved = save(*list); !saved)
    return saved;
  for (const auto& file : entry.files) {
    std::error_code ec;
    if (isOwnBackupName(file.backupName))
      fs::remove(folder_ / pathFromUtf8(file.backupName), ec);
  }
  return {};
}

} // namespace md::env
