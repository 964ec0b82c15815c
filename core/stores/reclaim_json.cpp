// The reclaim plan and result as the JSON of modeldesk-cli reclaim --json.

#include "core/stores/reclaim_json.h"

#include "core/util/paths.h"

using nlohmann::json;

namespace md::stores {
namespace {

json brief(const ReclaimItem& item) {
  return json{{"kind", reclaimKindName(item.kind)}, {"path", pathToUtf8(item.path)}, {"size", item.size}};
}

json briefWith(const ReclaimItem& item, const json& extra) {
  json value = brief(item);
  value.update(extra);
  return value;
}

} // namespace

json reclaimItemToJson(const ReclaimItem& item) {
  json value = brief(item);
  value["store"] = pathToUtf8(item.store);
  value["source"] = sourceName(item.source);
  value["action"] = reclaimActionName(item.action);
  if (item.kind == ReclaimKind::Duplicate)
    value["kept"] = pathToUtf8(item.kept);
  if (!item.sha256.empty())
    value["sha256"] = item.sha256;
  return value;
}

json reclaimToJson(const ReclaimPlan& plan, const ReclaimResult* run) {
  json items = json::array();
  for (const auto& item : plan.items)
    items.push_back(reclaimItemToJson(item));
  json held = json::array();
  for (const auto& hold : plan.held)
    held.push_back(briefWith(hold.item, {{"reason", hold.reason.english()}}));
  json stores = json::array();
  for (const auto& space : plan.stores)
    stores.push_back({{"source", sourceName(space.source)},
                      {"path", pathToUtf8(space.root)},
                      {"used_bytes", space.usedBytes},
                      {"reclaimable_bytes", space.reclaimableBytes}});
  json notes = json::array();
  for (const auto& note : plan.notes)
    notes.push_back({{"path", pathToUtf8(note.path)}, {"message", note.message}});
  json value{{"dry_run", run == nullptr}, {"items", items}, {"total_bytes", plan.totalBytes()}, {"held", held},
             {"stores", stores},          {"notes", notes}};
  if (!run)
    return value;
  json done = json::array();
  for (const auto& item : run->done)
    done.push_back(briefWith(item.item, {{"action", reclaimActionName(item.item.action)}, {"how", item.how}}));
  json skipped = json::array();
  for (const auto& item : run->skipped)
    skipped.push_back(briefWith(item.item, {{"reason", item.reason.english()}}));
  value["freed_bytes"] = run->freedBytes;
  value["done"] = done;
  value["skipped"] = skipped;
  value["cancelled"] = run->cancelled;
  return value;
}

} // namespace md::stores
