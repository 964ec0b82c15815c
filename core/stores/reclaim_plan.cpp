// Plans "Reclaim space" from a scan's entries: orphans, partial downloads,
// leftovers and duplicate copies (grouped by SHA-256, hashing only the
// files of a size another file also has), with a bar per store.

#include "core/stores/reclaim_plan.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/io/file_hash.h"
#include "core/util/paths.h"

#ifndef _WIN32
#include <sys/stat.h>
#endif

namespace fs = std::filesystem;

namespace md::stores {
namespace {

constexpr std::uint64_t kMinutes = 60;

ReclaimItem itemFor(const StoreEntry& entry, ReclaimKind kind) {
  ReclaimItem item;
  item.kind = kind;
  item.action = kind == ReclaimKind::Duplicate ? ReclaimAction::Link : ReclaimAction::Delete;
  item.path = kind == ReclaimKind::Duplicate ? entry.realPath : entry.path;
  item.size = entry.size;
  item.source = entry.source;
  item.store = entry.root;
  item.displayName = entry.displayName.empty() ? pathToUtf8(entry.path.filename()) : entry.displayName;
  item.sha256 = entry.sha256;
  item.mtimeNs = entry.mtimeNs;
  return item;
}

std::optional<ReclaimKind> deletableKind(const StoreEntry& entry) {
  if (entry.leftover)
    return ReclaimKind::Leftover;
  if (entry.partial)
    return ReclaimKind::Partial;
  if (entry.orphan && entry.source == SourceKind::Ollama)
    return ReclaimKind::Orphan; // other caches' unused files are theirs to tidy
  return std::nullopt;
}

bool duplicateCandidate(const StoreEntry& entry) {
  return !entry.orphan && !entry.partial && !entry.leftover && entry.size > 0 && (entry.gguf || !entry.sha256.empty());
}

// Which copy stays: Ollama's blob first (never replaced), then the caches, then folders.
bool keepBefore(const StoreEntry& a, const StoreEntry& b) {
  if (a.source != b.source)
    return int(a.source) < int(b.source);
  return a.realPath < b.realPath;
}

// One entry per physical file among the duplicate candidates.
std::vector<const StoreEntry*> physicalCandidates(const std::vector<StoreEntry>& entries) {
  std::vector<const StoreEntry*> list;
  std::set<std::string> seen;
  for (const StoreEntry& entry : entries)
    if (duplicateCandidate(entry) && seen.insert(entry.physicalId).second)
      list.push_back(&entry);
  return list;
}

// The SHA-256 of every candidate whose size another candidate shares;
// hashing those the store does not name. False when cancelled.
bool digestsBySize(const std::vector<const StoreEntry*>& candidates, ProgressReporter& progress,
                   std::map<std::string, std::vector<const StoreEntry*>>& bySha, std::vector<ScanNote>& notes) {
  std::map<std::uint64_t, std::vector<const StoreEntry*>> bySize;
  for (const StoreEntry* entry : candidates)
    bySize[entry->size].push_back(entry);
  std::vector<const StoreEntry*> toHash;
  std::uint64_t bytesToHash = 0;
  for (auto& [size, group] : bySize) {
    if (group.size() < 2)
      continue;
    for (const StoreEntry* entry : group) {
      if (!entry->sha256.empty()) {
        bySha[entry->sha256].push_back(entry);
      } else {
        toHash.push_back(entry);
        bytesToHash += size;
      }
    }
  }
  progress.beginPhase("hashing", bytesToHash);
  std::uint64_t base = 0;
  for (const StoreEntry* entry : toHash) {
    progress.setDetail(pathToUtf8(entry->path.filename()));
    auto inner = progress.nested([&](const Progress& p) { progress.update(base + p.done); });
    auto digest = io::sha256OfFile(entry->realPath, inner);
    if (progress.cancelled())
      return false;
    base += entry->size;
    if (digest)
      bySha[*digest].push_back(entry);
    else
      notes.emplace_back(entry->realPath, Message::plain(digest.error().describe()));
  }
  progress.finishPhase();
  return true;
}

// For each SHA-256 held by several physical files: per filesystem, the
// preferred copy stays and the others become links to it; a copy alone on
// its filesystem is held back.
void planDuplicates(const std::map<std::string, std::vector<const StoreEntry*>>& bySha, ReclaimPlan& plan) {
  for (const auto& [sha, copies] : bySha) {
    if (copies.size() < 2)
      continue;
    std::map<std::string, std::vector<const StoreEntry*>> byFilesystem;
    for (const StoreEntry* entry : copies)
      byFilesystem[filesystemOf(entry->realPath)].push_back(entry);
    const StoreEntry* overall =
        *std::min_element(copies.begin(), copies.end(), [](auto* a, auto* b) { return keepBefore(*a, *b); });
    for (auto& [filesystem, group] : byFilesystem) {
      std::sort(group.begin(), group.end(), [](auto* a, auto* b) { return keepBefore(*a, *b); });
      if (group.size() < 2) {
        ReclaimItem item = itemFor(*group.front(), ReclaimKind::Duplicate);
        item.sha256 = sha;
        item.kept = overall->realPath;
        item.keptSource = overall->source;
        if (group.front() != overall)
          plan.held.push_back(
              {item, Message(MessageId::ReclaimOtherFilesystem, {pathToUtf8(item.path), pathToUtf8(item.kept)})});
        continue;
      }
      for (std::size_t i = 1; i < group.size(); ++i) {
        ReclaimItem item = itemFor(*group[i], ReclaimKind::Duplicate);
        item.sha256 = sha;
        item.kept = group.front()->realPath;
        item.keptSource = group.front()->source;
        plan.items.push_back(std::move(item));
      }
    }
  }
}

// Used bytes per scanned store (each physical file once) and what could go.
std::vector<StoreSpace> storeSpaces(const std::vector<StoreEntry>& entries, const ReclaimPlan& plan) {
  std::map<std::pair<int, fs::path>, StoreSpace> spaces;
  std::set<std::string> counted;
  for (const StoreEntry& entry : entries) {
    StoreSpace& space = spaces[{int(entry.source), entry.root}];
    space.source = entry.source;
    space.root = entry.root;
    if (counted.insert(pathToUtf8(entry.root) + "\n" + entry.physicalId).second)
      space.usedBytes += entry.size;
  }
  for (const ReclaimItem& item : plan.items)
    spaces[{int(item.source), item.store}].reclaimableBytes += item.size;
  std::vector<StoreSpace> list;
  for (auto& [key, space] : spaces)
    list.push_back(space);
  return list;
}

} // namespace

const char* reclaimKindName(ReclaimKind kind) {
  switch (kind) {
  case ReclaimKind::Orphan: return "orphan";
  case ReclaimKind::Partial: return "partial";
  case ReclaimKind::Leftover: return "leftover";
  case ReclaimKind::Duplicate: return "duplicate";
  }
  return "orphan";
}

std::optional<ReclaimKind> reclaimKindFromName(std::string_view name) {
  for (auto kind : {ReclaimKind::Orphan, ReclaimKind::Partial, ReclaimKind::Leftover, ReclaimKind::Duplicate})
    if (name == reclaimKindName(kind))
      return kind;
  return std::nullopt;
}

const char* reclaimActionName(ReclaimAction action) {
  return action == ReclaimAction::Link ? "link" : "delete";
}

std::uint64_t ReclaimPlan::totalBytes() const {
  std::uint64_t total = 0;
  for (const auto& item : items)
    total += item.size;
  return total;
}

std::uint64_t ReclaimPlan::bytesOf(ReclaimKind kind) const {
  std::uint64_t total = 0;
  for (const auto& item : items)
    total += item.kind == kind ? item.size : 0;
  return total;
}

void keepOnlyKinds(ReclaimPlan& plan, const std::set<ReclaimKind>& kinds) {
  if (kinds.empty())
    return;
  std::erase_if(plan.items, [&](const ReclaimItem& item) { return !kinds.count(item.kind); });
  std::erase_if(plan.held, [&](const HeldItem& held) { return !kinds.count(held.item.kind); });
  for (StoreSpace& space : plan.stores) {
    space.reclaimableBytes = 0;
    for (const ReclaimItem& item : plan.items)
      if (item.source == space.source && item.store == space.root)
        space.reclaimableBytes += item.size;
  }
}

bool changedRecently(std::int64_t mtimeNs, const ReclaimPlanOptions& options) {
  const auto since = std::chrono::nanoseconds(options.now.time_since_epoch()).count() - mtimeNs;
  return since < std::chrono::nanoseconds(options.grace).count();
}

std::string filesystemOf(const fs::path& path) {
#ifndef _WIN32
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0)
    return {};
  return std::to_string(info.st_dev);
#else
  std::error_code ec;
  return pathToUtf8(fs::absolute(path, ec).root_name());
#endif
}

Result<ReclaimPlan> planReclaim(const std::vector<StoreEntry>& entries, const ReclaimPlanOptions& options,
                                ProgressReporter& progress) {
  ReclaimPlan plan;
  std::set<std::string> seen;
  for (const StoreEntry& entry : entries) {
    const auto kind = deletableKind(entry);
    if (!kind || !seen.insert(pathToUtf8(entry.path)).second)
      continue;
    ReclaimItem item = itemFor(entry, *kind);
    if (*kind != ReclaimKind::Leftover && changedRecently(entry.mtimeNs, options))
      plan.held.push_back(
          {item, Message(MessageId::ReclaimChangedRecently,
                         {pathToUtf8(item.path), MessageArg::number(options.grace.count() / kMinutes)})});
    else
      plan.items.push_back(std::move(item));
  }
  std::map<std::string, std::vector<const StoreEntry*>> bySha;
  if (!digestsBySize(physicalCandidates(entries), progress, bySha, plan.notes))
    return ProgressReporter::cancelledError();
  planDuplicates(bySha, plan);
  std::stable_sort(plan.items.begin(), plan.items.end(), [](const ReclaimItem& a, const ReclaimItem& b) {
    return a.kind != b.kind ? int(a.kind) < int(b.kind) : a.path < b.path;
  });
  plan.stores = storeSpaces(entries, plan);
  return plan;
}

Result<ReclaimPlan> planReclaim(const ScanRequest& request, const ReclaimPlanOptions& options,
                                ProgressReporter& progress) {
  auto scan = scanStores(request, progress);
  if (!scan)
    return scan.error();
  auto plan = planReclaim(scan->entries, options, progress);
  if (plan)
    plan->notes.insert(plan->notes.begin(), scan->notes.begin(), scan->notes.end());
  return plan;
}

} // namespace md::stores
