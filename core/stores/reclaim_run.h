#pragma once
// Does what a reclaim plan (reclaim_plan.h) lists, each item checked again
// right before it is touched:
// - an orphan blob is deleted only when no manifest of its store names it,
//   read afresh just before (and once more after it is moved aside to a
//   hidden temp name, so a manifest written in between brings it back);
//   while any manifest cannot be read no blob is deleted. Ollama has no API
//   that deletes one blob (it prunes unused blobs itself only when it starts
//   or deletes a model), so this is done on disk, as Ollama's own prune
//   does; `beforeDelete` lets a caller add the server's view;
// - a partial download or an orphan that changed since the plan, or within
//   the grace period, is kept (a pull or a create may be writing it);
// - a leftover is deleted only while its process is still gone;
// - a duplicate is replaced, atomically, by a copy-on-write clone of the
//   kept copy or else a hard link to it, after both are hashed again and
//   match; never deleted. A clone keeps the duplicate's permissions (a hard
//   link shares the kept copy's). Both stores keep working.
// A dry run checks nothing and changes nothing: it is the plan.

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/stores/reclaim_plan.h"

namespace md::stores {

struct ReclaimRunOptions {
  std::set<ReclaimKind> only; // empty: every kind
  bool dryRun = false;
  ReclaimPlanOptions timing; // `now` is taken again at each item when left at its default
  bool fixedNow = false;     // tests: use timing.now as is
  // Asked right before an orphan is moved aside (after the manifests were
  // read again): a reason to keep it, or nothing.
  std::function<std::optional<Message>(const ReclaimItem&)> beforeDelete;
};

struct ReclaimDone {
  ReclaimItem item;
  std::string how; // "deleted", "reflink" or "hardlink"
};

struct ReclaimSkipped {
  ReclaimItem item;
  Message reason;
};

struct ReclaimResult {
  bool dryRun = false;
  bool cancelled = false; // items after the cancel were not reached
  std::vector<ReclaimDone> done;
  std::vector<ReclaimSkipped> skipped;
  std::uint64_t freedBytes = 0;
};

// Phase "reclaiming" (items); notes for each item done. Never an error: an
// item that cannot be done is skipped with its reason.
ReclaimResult runReclaim(const ReclaimPlan& plan, const ReclaimRunOptions& options, ProgressReporter& progress);

} // namespace md::stores
