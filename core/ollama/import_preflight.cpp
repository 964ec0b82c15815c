// preflightImport and findImportStore (import_flow.h): everything checked
// before a byte is written.
#include <system_error>

#include "core/io/staged_output.h"
#include "core/ollama/blob_placement.h"
#include "core/ollama/host.h"
#include "core/ollama/import_flow.h"
#include "core/ollama/model_name.h"
#include "core/ollama/quantize.h"
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

// Ollama's quantize rules against the model's own header (the first model,
// shard or part of the plan).
Status checkPlanQuantize(const ImportPlan& plan, const std::string& quantize) {
  if (quantize.empty())
    return {};
  for (const auto& file : plan.model.files) {
    const bool model = file.role == merge::FileRole::Model || file.role == merge::FileRole::Shard ||
                       file.role == merge::FileRole::Part;
    if (!model || !file.header)
      continue;
    return checkQuantize(quantize, quantizeSourceType(*file.header), pathToUtf8(file.path.filename()), plan.server);
  }
  return checkQuantize(quantize, {}, {}, plan.server);
}

// The plan, the name and quantize: what depends on the name typed.
Result<ImportPreflight> checkPlanAndName(const Client& client, const ImportPlan& plan, const ImportOptions& options,
                                         ProgressReporter& progress) {
  if (!plan.ok())
    return refusedPlan(plan).error();
  ImportPreflight preflight;
  preflight.server = plan.server;
  if (auto named = checkName(client, options, preflight, progress); !named)
    return named.error();
  if (auto quantized = checkPlanQuantize(plan, options.quantize); !quantized)
    return quantized.error();
  if (progress.cancelled())
    return ProgressReporter::cancelledError();
  return preflight;
}

// The store's part of the preflight and the space on the volume written.
Result<ImportPreflight> completePreflight(ImportPreflight preflight, const ImportPlan& plan,
                                          const ImportOptions& options, const ImportStore& store) {
  preflight.localServer = store.localServer;
  preflight.store = store.store;
  preflight.placement = store.placement;
  preflight.notes = store.notes;
  if (preflight.placement == Placement::Upload) {
    preflight.bytesToWrite = plan.totalSize(); // the server writes them
    return preflight;
  }
  preflight.bytesToWrite = bytesToPlace(plan, preflight.placement, *preflight.store);
  if (auto space = io::checkFreeSpace(*preflight.store / "blobs", preflight.bytesToWrite, options.freeSpace); !space)
    return space.error();
  return preflight;
}

} // namespace

// The proven store (or, in a dry run, the first candidate that could be it).
Result<ImportStore> findImportStore(const Client& client, const ImportOptions& options, ProgressReporter& progress) {
  ImportStore found;
  if (options.placement == Placement::Upload)
    return found;
  const auto candidates = options.stores.empty() ? stores::ollamaStoreCandidates() : options.stores;
  found.localServer = options.storesGiven || isLoopbackHost(parseOllamaHost(client.baseUrl()).host);
  if (found.localServer && options.probe) {
    auto probed = probeServerStore(client, candidates, progress);
    if (!probed)
      return probed.error();
    found.notes = probed->notes;
    found.store = probed->store;
  } else if (found.localServer) {
    for (const auto& candidate : candidates) {
      std::error_code ec;
      if (fs::is_directory(candidate / "blobs", ec)) {
        found.store = candidate;
        break;
      }
    }
  }
  if (found.store) {
    found.placement = options.placement;
    return found;
  }
  if (options.placement != Placement::Auto)
    return makeError(ErrorCode::Unsupported,
                     Message(MessageId::PlacementNeedsStore, {placementName(options.placement), client.baseUrl()}));
  found.notes.push_back(Message(MessageId::UploadingInstead, {client.baseUrl()}));
  for (const auto& note : found.notes)
    progress.note(note);
  return found;
}

Result<ImportPreflight> preflightImport(const Client& client, const ImportPlan& plan, const ImportOptions& options,
                                        const ImportStore& store, ProgressReporter& progress) {
  auto checked = checkPlanAndName(client, plan, options, progress);
  if (!checked)
    return checked.error();
  return completePreflight(std::move(*checked), plan, options, store);
}

Result<ImportPreflight> preflightImport(const Client& client, const ImportPlan& plan, const ImportOptions& options,
                                        ProgressReporter& progress) {
  auto checked = checkPlanAndName(client, plan, options, progress);
  if (!checked)
    return checked.error();
  auto store = findImportStore(client, options, progress);
  if (!store)
    return store.error();
  if (progress.cancelled())
    return ProgressReporter::cancelledError();
  return completePreflight(std::move(*checked), plan, options, *store);
}

} // namespace md::ollama
