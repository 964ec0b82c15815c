// modeldesk-cli scan [--ollama DIR] [--hf DIR] [--modelscope DIR] [--folder DIR]... [--json] [--index DIR]
// Without any store option, scans the default stores (from the environment).

#include <iomanip>
#include <ostream>

#include "app/cli/command.h"
#include "app/cli/store_options.h"
#include "core/stores/disk_usage.h"
#include "core/stores/scan_json.h"
#include "core/stores/store_scanner.h"
#include "core/util/json_text.h"
#include "core/util/paths.h"

namespace md::cli {
namespace {

constexpr const char* kUsage =
    "usage: modeldesk-cli scan [--ollama DIR] [--hf DIR] [--modelscope DIR] [--folder DIR]... [--json] [--index DIR]\n";

std::string describeHeader(const stores::StoreEntry& entry) {
  if (!entry.header)
    return entry.gguf ? "unreadable" : "-";
  const auto& facts = *entry.header;
  std::string text = gguf::roleName(facts.role);
  if (facts.splitCount > 0)
    text += " " + std::to_string(facts.splitNumber) + "/" + std::to_string(facts.splitCount);
  if (!facts.architecture.empty())
    text += " " + facts.architecture;
  if (!facts.fileType.empty())
    text += " " + facts.fileType;
  if (!facts.complete)
    text += " incomplete";
  return text;
}

void printHuman(std::ostream& out, const stores::ScanReport& report, const stores::DiskUsage& usage) {
  std::size_t shown = 0;
  for (const auto& entry : report.entries) {
    if (!entry.gguf && !entry.orphan && !entry.partial && !entry.leftover)
      continue;
    ++shown;
    std::string flags;
    if (entry.orphan)
      flags += " [orphan]";
    if (entry.partial)
      flags += " [partial]";
    if (entry.legacyName)
      flags += " [legacy name]";
    if (entry.leftover)
      flags += " [left by interrupted process " + std::to_string(entry.leftoverPid) + "]";
    if (stores::isDuplicate(usage, entry))
      flags += " [duplicate]";
    out << std::left << std::setw(12) << stores::sourceName(entry.source) << std::right << std::setw(11)
        << formatBytes(entry.size) << "  " << std::left << std::setw(28) << describeHeader(entry) << std::right << "  "
        << entry.displayName << (entry.layer.empty() ? "" : " (" + entry.layer + ")") << flags << "\n";
  }
  out << "\n"
      << shown << " model files, " << report.entries.size() << " files in all, " << formatBytes(usage.totalBytes)
      << " on disk\n";
  for (const auto& bucket : usage.bySource)
    out << "  " << std::left << std::setw(12) << bucket.label << std::right << std::setw(11)
        << formatBytes(bucket.bytes) << "  " << bucket.files << " files\n";
  out << "Reclaimable: " << formatBytes(usage.reclaimableBytes()) << " (orphans " << formatBytes(usage.orphanBytes)
      << ", partial " << formatBytes(usage.partialBytes) << ", duplicates " << formatBytes(usage.duplicateBytes)
      << " in " << usage.duplicates.size() << " groups, left by interrupted runs " << formatBytes(usage.leftoverBytes)
      << ")\n";
  for (const auto& note : report.notes)
    out << "note: " << pathToUtf8(note.path) << ": " << note.message << "\n";
}

int scanCommand(CommandContext& context) {
  auto& args = context.args;
  const stores::ScanRequest request = takeStoreOptions(args);
  if (!args.empty() || args.unknownOption()) {
    context.err << kUsage;
    return kExitUsage;
  }
  ProgressReporter progress;
  auto report = stores::scanStores(request, progress);
  if (!report) {
    context.err << "modeldesk-cli: " << report.error().describe() << "\n";
    return kExitFailure;
  }
  const auto usage = stores::computeDiskUsage(report->entries);
  if (context.json)
    context.out << toJsonText(stores::scanToJson(*report, usage), 2) << "\n";
  else
    printHuman(context.out, *report, usage);
  return kExitOk;
}

const CommandRegistration registration("scan",
                                       "scan [--ollama DIR] [--hf DIR] [--modelscope DIR] [--folder DIR]... "
                                       "[--index DIR]   find GGUF files in local model stores",
                                       scanCommand);

} // namespace
} // namespace md::cli
