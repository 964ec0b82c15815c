#pragma once
// The reclaim plan and its run as JSON (modeldesk-cli reclaim --json):
// items [{kind, path, size, store, source, action, kept, sha256}], total_bytes,
// dry_run, held [{kind, path, size, reason}], stores [{source, path,
// used_bytes, reclaimable_bytes}], notes; after a real run also freed_bytes,
// done [{kind, path, size, action, how}], skipped [{kind, path, size, reason}]
// and cancelled.

#include <nlohmann/json.hpp>

#include "core/stores/reclaim_plan.h"
#include "core/stores/reclaim_run.h"

namespace md::stores {

nlohmann::json reclaimItemToJson(const ReclaimItem& item);
// `run` is null for a dry run.
nlohmann::json reclaimToJson(const ReclaimPlan& plan, const ReclaimResult* run);

} // namespace md::stores
