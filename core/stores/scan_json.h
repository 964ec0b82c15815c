#pragma once
// The JSON form of a scan (modeldesk-cli scan --json):
// {entries: [...], usage: {...}, leftovers: [{path, size, pid}], notes: [...],
// headersRead, headersFromIndex}. `leftovers` are the temp files of killed
// merges and imports whose process is gone (also entries, with leftover: true).

#include <nlohmann/json.hpp>

#include "core/stores/disk_usage.h"
#include "core/stores/store_scanner.h"

namespace md::stores {

nlohmann::json entryToJson(const StoreEntry& entry, bool duplicate);
nlohmann::json usageToJson(const DiskUsage& usage);
nlohmann::json scanToJson(const ScanReport& report, const DiskUsage& usage);

} // namespace md::stores
