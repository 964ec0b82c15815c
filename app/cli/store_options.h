#pragma once
// The store options scan and reclaim share: --ollama DIR (or --store DIR),
// --hf DIR, --modelscope DIR, --folder DIR (repeatable) and --index DIR.
// Without any store option, the default stores from the environment.

#include "app/cli/args.h"
#include "core/stores/store_scanner.h"

namespace md::cli {

stores::ScanRequest takeStoreOptions(Args& args);

} // namespace md::cli
