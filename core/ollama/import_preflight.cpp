// preflightImport (import_flow.h): everything checked before a byte is written.
#include <system_error>

#include "core/io/staged_output.h"
#include "core/ollama/blob_placement.h"
#include "core/ollama/host.h"
#include "core/ollama/import_flow.h"
#include "core/ollama/model_name.h"
#include "core/ollama/store_probe.h"
#include "core/stores/store_locations.h"
#include "core/util/paths.h"

namespace md::ollama {
namespace {

namespace fs = std::filesystem;

Status refusedPlan(const ImportPlan& plan) {
  std::string reasons;
  for (const auto& problem : plan.problems)
    reasons += (reasons.empty() ? "" : "; ") + problem.english();
  if (plan.problems.size() == 1)
    return makeError(ErrorCode::Invalid, Message(MessageId::ImportRefused, {plan.problems.front()}));
  return makeError(ErrorCode::Invalid, Message(MessageId::ImportRefused, {reasons.empty() ? "no model" : reasons}));
}

// The most this import writes on the store's volume with `placement`.
std::uint64_t bytesToPlace(const ImportPlan& plan, Placement placement, const fs::path& store) {
  std::uint64_t total = 0;
  for (const auto& blob : plan.blobs) {
    const bool shares = !blob.joined() && placement != Placement::Copy && onSameFilesystem(blob.source, store);
    total += shares ? 0 : blob.size;
  }
  return total;
}

Status checkName(const Client& client, const ImportOptions& options, ImportPreflight& preflight,
                 const ProgressReporter& progress) {
  if (const auto check = checkModelName(options.name); !check.ok())
    return makeError(ErrorCode::Invalid, Message(MessageId::InvalidModelName, {options.name, check.message()}));
  auto shown = client.show(options.name, false, progress.cancelToken());
  if (!shown && shown.error().code != ErrorCode::NotFound)
    return shown.error();
  preflight.nameTaken = shown.ok();
  if (preflight.nameTaken && !options.replaceExisting) {
    Location where;
    where.url = client.baseUrl();
    return makeError(ErrorCode::AlreadyExists, Message(MessageId::ModelExistsOnHost, {options.name, client.baseUrl()}),
                     where);
  }
  return {};
}

// The proven store (or, in a dry run, the first candidate that could be it).
Status findStore(const Client& client, const ImportOptions& options, ImportPreflight& preflight,
                 ProgressReporter& progress) {
  const auto candidates = options.stores.empty() ? stores::ollamaStoreCandidates() : options.stores;
  preflight.localServer = options.storesGiven || isLoopbackHost(parseOllamaHost(client.baseUrl()).host);
  if (preflight.localServer && options.probe) {
    auto probed = probeServerStore(client, candidates, progress);
    if (!probed)
      return probed.error();
    preflight.notes = probed->notes;
    preflight.store = probed->store;
  } else if (preflight.localServer) {
    for (const auto& candidate : candidates) {
      std::error_code ec;
      if (fs::is_directory(candidate / "blobs", ec)) {
        preflight.store = candidate;
        break;
      }
    }
  }
  if (preflight.store) {
    preflight.placement = options.placement;
    return {};
  }
  if (options.placement != Placement::Auto && options.placement != Placement::Upload)
    return makeError(ErrorCode::Unsupported,
                     Message(MessageId::PlacementNeedsStore, {placementName(options.placement), client.baseUrl()}));
  preflight.placement = Placement::Upload;
  if (options.placement == Placement::Auto) {
    preflight.notes.push_back(Message(MessageId::UploadingInstead, {client.baseUrl()}));
    for (const auto& note : preflight.notes)
      progress.note(note);
  }
  return {};
}

} // namespace

Result<ImportPreflight> preflightImport(const Client& client, const ImportPlan& plan, const ImportOptions& options,
                                        ProgressReporter& progress) {
  if (!plan.ok())
    return refusedPlan(plan).error();
  ImportPreflight preflight;
  preflight.server = plan.server;
  if (auto named = checkName(client, options, preflight, progress); !named)
    return named.error();
  if (progress.cancelled())
    return ProgressReporter::cancelledError();
  if (options.placement == Placement::Upload) {
    preflight.placement = Placement::Upload;
  } else if (auto found = findStore(client, options, preflight, progress); !found) {
    return found.error();
  }
  if (progress.cancelled())
    return ProgressReporter::cancelledError();
  if (preflight.placement == Placement::Upload) {
    preflight.bytesToWrite = plan.totalSize(); // the server writes them
    return preflight;
  }
  preflight.bytesToWrite = bytesToPlace(plan, preflight.placement, *preflight.store);
  if (auto space = io::checkFreeSpace(*preflight.store / "blobs", preflight.bytesToWrite, options.freeSpace); !space)
    return space.error();
  return preflight;
}

} // namespace md::ollama
