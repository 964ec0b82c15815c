#pragma once
// What "Reclaim space" could free, always planned (a dry run) before anything
// is done: orphan blobs in an Ollama store (no manifest names them), partial
// downloads (Ollama's sha256-…-partial and -partial-N, Hugging Face's
// .incomplete, ModelScope's temp folders, .part files in folders), the temp
// files of killed merges and imports (leftovers), and duplicate copies of
// one SHA-256 across stores, offered as "replace with a link to the kept
// copy", never as a delete. Orphans and partial downloads changed within
// the grace period (Ollama's own, one hour: a create or a pull may be
// writing them) are held back, with the reason. reclaim_run.h does it.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/stores/store_entry.h"
#include "core/stores/store_scanner.h"
#include "core/util/message.h"
#include "core/util/progress.h"
#include "core/util/result.h"

namespace md::stores {

enum class ReclaimKind { Orphan, Partial, Leftover, Duplicate };
enum class ReclaimAction { Delete, Link };

// "orphan", "partial", "leftover", "duplicate"; and back (nothing when unknown).
const char* reclaimKindName(ReclaimKind kind);
std::optional<ReclaimKind> reclaimKindFromName(std::string_view name);
// "delete", "link".
const char* reclaimActionName(ReclaimAction action);

struct ReclaimItem {
  ReclaimKind kind = ReclaimKind::Orphan;
  ReclaimAction action = ReclaimAction::Delete;
  std::filesystem::path path; // the file deleted, or (a duplicate) replaced by a link
  std::uint64_t size = 0;
  SourceKind source = SourceKind::Folder;
  std::filesystem::path store; // the store or folder it was found in
  std::string displayName;
  std::string sha256;         // orphans and duplicates (lowercase hex)
  std::int64_t mtimeNs = 0;   // as planned: a file changed since is left alone
  std::filesystem::path kept; // duplicates: the copy that stays (the link's target)
  SourceKind keptSource = SourceKind::Folder;
};

struct HeldItem {
  ReclaimItem item;
  Message reason; // why it is not offered
};

// One store's bar: what it uses on the disk and what could be freed there.
struct StoreSpace {
  SourceKind source = SourceKind::Folder;
  std::filesystem::path root;
  std::uint64_t usedBytes = 0; // each physical file once
  std::uint64_t reclaimableBytes = 0;
};

struct ReclaimPlan {
  std::vector<ReclaimItem> items; // by kind, then path
  std::vector<HeldItem> held;
  std::vector<StoreSpace> stores;
  std::vector<ScanNote> notes;
  std::uint64_t totalBytes() const;
  std::uint64_t bytesOf(ReclaimKind kind) const;
};

// Ollama's layerPruneGracePeriod (server/images.go).
constexpr std::chrono::seconds kReclaimGrace{3600};

struct ReclaimPlanOptions {
  std::chrono::system_clock::time_point now = std::chrono::system_clock::now();
  std::chrono::seconds grace = kReclaimGrace;
};

// From the entries of a scan. Phase "hashing" (bytes) for duplicate
// candidates whose store does not name them by SHA-256 (only files of a
// size some other file also has are hashed). Fails only on cancel.
Result<ReclaimPlan> planReclaim(const std::vector<StoreEntry>& entries, const ReclaimPlanOptions& options,
                                ProgressReporter& progress);

// Scans the stores first (store_scanner), then plans.
Result<ReclaimPlan> planReclaim(const ScanRequest& request, const ReclaimPlanOptions& options,
                                ProgressReporter& progress);

// Leaves only the items (and held items) of `kinds` (all when empty), the
// stores' reclaimable bytes recounted.
void keepOnlyKinds(ReclaimPlan& plan, const std::set<ReclaimKind>& kinds);

// True when `time` (ns since the epoch) lies within `grace` before `now`.
bool changedRecently(std::int64_t mtimeNs, const ReclaimPlanOptions& options);

// An id for the filesystem holding `path` (a link or clone needs one); empty when it cannot be told.
std::string filesystemOf(const std::filesystem::path& path);

} // namespace md::stores
