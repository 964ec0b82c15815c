#include "core/stores/disk_usage.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/stores/file_walk.h"
#include "core/util/paths.h"

namespace md::stores {
namespace {

// Sums each physical file once per bucket key.
class BucketSum {
public:
  void add(const std::string& key, SourceKind source, const std::string& label, const StoreEntry& entry) {
    UsageBucket& bucket = buckets_[key];
    bucket.source = source;
    bucket.label = label;
    if (seen_.insert(key + "\n" + entry.physicalId).second) {
      bucket.bytes += entry.size;
      ++bucket.files;
    }
  }
  std::vector<UsageBucket> sorted() const {
    std::vector<UsageBucket> list;
    for (const auto& item : buckets_)
      list.push_back(item.second);
    std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.bytes > b.bytes; });
    return list;
  }

private:
  std::map<std::string, UsageBucket> buckets_;
  std::set<std::string> seen_;
};

std::string contentKey(const StoreEntry& entry) {
  if (!entry.sha256.empty())
    return "sha256:" + entry.sha256;
  if (entry.gguf)
    return lowerAscii(pathToUtf8(entry.path.filename())) + "|" + std::to_string(entry.size);
  return {};
}

} // namespace

DiskUsage computeDiskUsage(const std::vector<StoreEntry>& entries) {
  DiskUsage usage;
  BucketSum sources;
  BucketSum models;
  std::set<std::string> physical;
  std::map<std::string, std::map<std::string, std::size_t>> copies; // key -> physicalId -> entry
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const StoreEntry& entry = entries[i];
    const std::string source = sourceName(entry.source);
    sources.add(source, entry.source, source, entry);
    models.add(source + "\n" + entry.model, entry.source, entry.model, entry);
    if (!physical.insert(entry.physicalId).second)
      continue;
    usage.totalBytes += entry.size;
    if (entry.leftover)
      usage.leftoverBytes += entry.size;
    else if (entry.partial)
      usage.partialBytes += entry.size;
    else if (entry.orphan)
      usage.orphanBytes += entry.size;
    else if (const std::string key = contentKey(entry); !key.empty() && entry.size > 0)
      copies[key].emplace(entry.physicalId, i);
  }
  for (const auto& [key, byPhysical] : copies) {
    if (byPhysical.size() < 2)
      continue;
    DuplicateGroup group;
    group.key = key;
    std::set<SourceKind> kinds;
    for (const auto& item : byPhysical) {
      group.entries.push_back(item.second);
      group.physicalIds.push_back(item.first);
      usage.duplicateIds.insert(item.first);
      kinds.insert(entries[item.second].source);
      group.size = entries[item.second].size;
    }
    group.acrossStores = kinds.size() > 1;
    usage.duplicateBytes += group.reclaimable();
    usage.duplicates.push_back(std::move(group));
  }
  usage.bySource = sources.sorted();
  usage.byModel = models.sorted();
  return usage;
}

bool isDuplicate(const DiskUsage& usage, const StoreEntry& entry) {
  return usage.duplicateIds.count(entry.physicalId) > 0;
}

} // namespace md::stores
