#include "core/stores/scan_json.h"

#include "core/util/paths.h"

using nlohmann::json;

namespace md::stores {

nlohmann::json entryToJson(const StoreEntry& entry, bool duplicate) {
  json value{{"source", sourceName(entry.source)},
             {"path", pathToUtf8(entry.path)},
             {"realPath", pathToUtf8(entry.realPath)},
             {"name", entry.displayName},
             {"model", entry.model},
             {"size", entry.size},
             {"mtimeNs", entry.mtimeNs},
             {"gguf", entry.gguf},
             {"orphan", entry.orphan},
             {"partial", entry.partial},
             {"legacyName", entry.legacyName},
             {"leftover", entry.leftover},
             {"duplicate", duplicate}};
  if (!entry.layer.empty())
    value["layer"] = entry.layer;
  if (!entry.sha256.empty())
    value["sha256"] = entry.sha256;
  if (!entry.hints.empty())
    value["hints"] = entry.hints;
  if (!entry.headerError.empty())
    value["headerError"] = entry.headerError;
  if (entry.header) {
    const HeaderFacts& facts = *entry.header;
    value["header"] = json{
        {"role", gguf::roleName(facts.role)}, {"architecture", facts.architecture},     {"name", facts.name},
        {"fileType", facts.fileType},         {"parameterCount", facts.parameterCount}, {"complete", facts.complete},
        {"missingBytes", facts.missingBytes}};
    if (facts.splitCount > 0)
      value["header"]["split"] = json{{"number", facts.splitNumber}, {"count", facts.splitCount}};
  }
  return value;
}

nlohmann::json usageToJson(const DiskUsage& usage) {
  auto buckets = [](const std::vector<UsageBucket>& list) {
    json array = json::array();
    for (const auto& bucket : list)
      array.push_back({{"source", sourceName(bucket.source)},
                       {"label", bucket.label},
                       {"bytes", bucket.bytes},
                       {"files", bucket.files}});
    return array;
  };
  json duplicates = json::array();
  for (const auto& group : usage.duplicates)
    duplicates.push_back({{"key", group.key},
                          {"size", group.size},
                          {"copies", group.entries.size()},
                          {"acrossStores", group.acrossStores},
                          {"reclaimable", group.reclaimable()}});
  return json{{"totalBytes", usage.totalBytes},
              {"bySource", buckets(usage.bySource)},
              {"byModel", buckets(usage.byModel)},
              {"duplicates", duplicates},
              {"orphanBytes", usage.orphanBytes},
              {"partialBytes", usage.partialBytes},
              {"duplicateBytes", usage.duplicateBytes},
              {"leftoverBytes", usage.leftoverBytes},
              {"reclaimableBytes", usage.reclaimableBytes()}};
}

nlohmann::json scanToJson(const ScanReport& report, const DiskUsage& usage) {
  json entries = json::array();
  for (const auto& entry : report.entries)
    entries.push_back(entryToJson(entry, isDuplicate(usage, entry)));
  json leftovers = json::array();
  for (const auto& entry : report.entries)
    if (entry.leftover)
      leftovers.push_back({{"path", pathToUtf8(entry.path)}, {"size", entry.size}, {"pid", entry.leftoverPid}});
  json notes = json::array();
  for (const auto& note : report.notes)
    notes.push_back({{"path", pathToUtf8(note.path)}, {"message", note.message}});
  return json{{"entries", entries}, {"usage", usageToJson(usage)},       {"leftovers", leftovers},
              {"notes", notes},     {"headersRead", report.headersRead}, {"headersFromIndex", report.headersFromIndex}};
}

} // namespace md::stores
