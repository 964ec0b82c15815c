// modeldesk-cli reclaim [--dry-run] [--json] [--only KINDS] [--ollama|--store DIR] [--hf DIR]
//                       [--modelscope DIR] [--folder DIR]... [--index DIR] [--host URL]
// Plans what can be freed (orphan blobs, partial downloads, leftovers of
// interrupted runs, duplicate copies) and, without --dry-run, does all of it,
// or only the kinds --only names (comma-separated: orphans,partials,leftovers,
// duplicates). Each item is checked again right before it is touched; the
// plan is always printed first, with its total. Without a store option the
// default stores are used (as scan does). While the Ollama server at --host
// (else OLLAMA_HOST) runs on the store, orphans are also checked against it.

#include <iomanip>
#include <ostream>

#include "app/cli/command.h"
#include "app/cli/progress_printer.h"
#include "app/cli/store_options.h"
#include "core/ollama/host.h"
#include "core/ollama/reclaim_server.h"
#include "core/stores/reclaim_json.h"
#include "core/util/json_text.h"
#include "core/util/paths.h"

namespace md::cli {
namespace {

constexpr const char* kUsage =
    "usage: modeldesk-cli reclaim [--dry-run] [--json] [--only orphans,partials,leftovers,duplicates]\n"
    "                             [--ollama DIR] [--hf DIR] [--modelscope DIR] [--folder DIR]... [--index DIR]\n"
    "                             [--host URL]\n";

// "orphans,partials" -> the kinds; false on an unknown name.
bool parseKinds(const std::string& text, std::set<stores::ReclaimKind>& kinds) {
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto comma = text.find(',', start);
    std::string name = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (!name.empty() && name.back() == 's')
      name.pop_back();
    const auto kind = stores::reclaimKindFromName(name);
    if (!kind)
      return false;
    kinds.insert(*kind);
    if (comma == std::string::npos)
      break;
    start = comma + 1;
  }
  return true;
}

void printPlan(std::ostream& out, const stores::ReclaimPlan& plan) {
  for (const auto& item : plan.items) {
    out << std::left << std::setw(10) << stores::reclaimKindName(item.kind) << std::right << std::setw(11)
        << formatBytes(item.size) << "  " << std::left << std::setw(7) << stores::reclaimActionName(item.action)
        << pathToUtf8(item.path) << (item.kept.empty() ? "" : " -> " + pathToUtf8(item.kept)) << "\n";
  }
  for (const auto& hold : plan.held)
    out << "held: " << hold.reason.english() << "\n";
  out << "\nReclaimable: " << formatBytes(plan.totalBytes()) << " in " << plan.items.size() << " items (orphans "
      << formatBytes(plan.bytesOf(stores::ReclaimKind::Orphan)) << ", partial "
      << formatBytes(plan.bytesOf(stores::ReclaimKind::Partial)) << ", left by interrupted runs "
      << formatBytes(plan.bytesOf(stores::ReclaimKind::Leftover)) << ", duplicates "
      << formatBytes(plan.bytesOf(stores::ReclaimKind::Duplicate)) << ")\n";
  for (const auto& space : plan.stores)
    out << "  " << std::left << std::setw(12) << stores::sourceName(space.source) << std::right << std::setw(11)
        << formatBytes(space.reclaimableBytes) << " of " << formatBytes(space.usedBytes) << "  "
        << pathToUtf8(space.root) << "\n";
  for (const auto& note : plan.notes)
    out << "note: " << pathToUtf8(note.path) << ": " << note.message << "\n";
}

void printRun(std::ostream& out, const stores::ReclaimResult& run) {
  out << "\nFreed " << formatBytes(run.freedBytes) << ": " << run.done.size() << " done, " << run.skipped.size()
      << " skipped" << (run.cancelled ? " (cancelled)" : "") << "\n";
  for (const auto& skipped : run.skipped)
    out << "skipped: " << skipped.reason.english() << "\n";
}

int reclaimCommand(CommandContext& context) {
  auto& args = context.args;
  const stores::ScanRequest request = takeStoreOptions(args);
  const bool dryRun = args.takeFlag("dry-run");
  const auto host = args.takeOption("host");
  stores::ReclaimRunOptions options;
  options.dryRun = dryRun;
  const auto only = args.takeOption("only");
  if ((only && !parseKinds(*only, options.only)) || !args.empty() || args.unknownOption()) {
    context.err << kUsage;
    return kExitUsage;
  }
  installInterruptHandler();
  auto progress = ProgressReporter::withSinks(jobPrinter(context.err, context.json), &interruptToken());
  auto plan = stores::planReclaim(request, {}, progress);
  if (!plan) {
    context.err << "modeldesk-cli: " << plan.error().describe() << "\n";
    return kExitFailure;
  }
  stores::keepOnlyKinds(*plan, options.only);
  if (!context.json)
    printPlan(context.out, *plan);
  if (dryRun) {
    if (context.json)
      context.out << toJsonText(stores::reclaimToJson(*plan, nullptr), 2) << "\n";
    return kExitOk;
  }
  const ollama::Client server(host ? ollama::parseOllamaHost(*host).clientUrl() : ollama::hostFromEnvironment());
  ollama::ServerReclaimCheck serverCheck(server, progress);
  options.beforeDelete = std::ref(serverCheck);
  const auto run = stores::runReclaim(*plan, options, progress);
  if (context.json)
    context.out << toJsonText(stores::reclaimToJson(*plan, &run), 2) << "\n";
  else
    printRun(context.out, run);
  return run.cancelled ? kExitFailure : kExitOk;
}

const CommandRegistration registration("reclaim",
                                       "reclaim [--dry-run] [--only KINDS] [--ollama DIR] [--hf DIR] "
                                       "[--modelscope DIR] [--folder DIR]...   free orphan blobs, partial "
                                       "downloads, leftovers; link duplicates",
                                       reclaimCommand);

} // namespace
} // namespace md::cli
