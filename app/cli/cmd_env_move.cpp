// modeldesk-cli env move-models NEWDIR [--from DIR] [--leave-damaged] [--delete-old] [--no-app-setting] [--json]
//
// Moves the Ollama store (the folder OLLAMA_MODELS points at, or --from) to
// NEWDIR with progress on stderr, verifies every blob, then switches
// OLLAMA_MODELS. Damaged blobs stop the switch unless --leave-damaged; the
// old copy is removed only with --delete-old. Interrupted (Ctrl+C, kill -9),
// the same command resumes and skips what was verified.
// After the switch, when the Ollama desktop app's own `models` setting names
// another folder, it is changed to NEWDIR too (only while the app is not
// running, after a backup of its database), unless --no-app-setting; JSON
// key "app_setting": {updated, backup, reason, previous, database, error}.
// The change is recorded with OLLAMA_MODELS's in the history, so `env undo`
// puts the setting back as well.

#include <ostream>

#include <nlohmann/json.hpp>

#include "app/cli/cmd_env.h"
#include "app/cli/progress_printer.h"
#include "core/env/app_setting_history.h"
#include "core/env/model_store_move.h"
#include "core/env/ollama_app_settings.h"
#include "core/env/ollama_app_settings_update.h"
#include "core/stores/store_locations.h"
#include "core/util/json_text.h"
#include "core/util/paths.h"

namespace md::cli {
namespace fs = std::filesystem;

namespace {

// The Ollama app's own `models` setting when it names another folder than
// `target`: the app would go on starting the server with that folder.
std::optional<std::string> appModelsSetting(const EnvSession& session, const std::filesystem::path& target) {
  auto settings = env::readOllamaAppSettings(env::ollamaAppDatabasePath(session.context));
  if (!settings || !settings->has_value() || (*settings)->models.empty())
    return std::nullopt;
  if (pathFromUtf8((*settings)->models).lexically_normal() == target.lexically_normal())
    return std::nullopt;
  return (*settings)->models;
}

// What became of the app's `models` setting: "updated", or why not:
// "no_database", "not_set" (the app passes OLLAMA_MODELS through),
// "already_set", "not_switched", "declined" (--no-app-setting),
// "app_running", "failed".
struct AppSettingOutcome {
  std::string reason;
  std::string previous;
  std::optional<std::string> backup;
  std::optional<Error> error;
};

AppSettingOutcome updateAppSetting(EnvSession& session, const fs::path& target, bool switched, bool wanted) {
  AppSettingOutcome outcome;
  const auto database = env::ollamaAppDatabasePath(session.context);
  auto check = env::checkOllamaAppModels(database, target);
  if (!check) {
    outcome.reason = "failed";
    outcome.error = check.error();
    return outcome;
  }
  outcome.previous = check->current;
  switch (check->need) {
  case env::AppModelsNeed::NoDatabase: outcome.reason = "no_database"; return outcome;
  case env::AppModelsNeed::NotSet: outcome.reason = "not_set"; return outcome;
  case env::AppModelsNeed::AlreadyThere: outcome.reason = "already_set"; return outcome;
  case env::AppModelsNeed::Change: break;
  }
  if (!switched || !wanted) {
    outcome.reason = switched ? "declined" : "not_switched";
    return outcome;
  }
  auto update = env::moveOllamaAppModels(session.manager.history(), database, pathToUtf8(target));
  if (!update) {
    outcome.reason = update.error().text.id == MessageId::OllamaAppRunning ? "app_running" : "failed";
    outcome.error = update.error();
    return outcome;
  }
  outcome.reason = "updated";
  outcome.backup = pathToUtf8(update->backup);
  return outcome;
}

void printAppSetting(std::ostream& err, const EnvSession& session, const AppSettingOutcome& outcome,
                     const fs::path& target) {
  if (outcome.reason == "updated")
    err << "The Ollama app's model location (setting \"models\" in "
        << pathToUtf8(env::ollamaAppDatabasePath(session.context)) << ") was " << outcome.previous << "; now "
        << pathToUtf8(target) << ". Backup of its settings: " << *outcome.backup << "\n";
  else if (outcome.error)
    err << outcome.error->describe() << "\n";
}

nlohmann::json damagedJson(const std::vector<env::DamagedBlob>& damaged) {
  auto array = nlohmann::json::array();
  for (const auto& blob : damaged)
    array.push_back({{"blob", blob.name}, {"problem", blob.problem}, {"models", blob.models}});
  return array;
}

void printDamaged(std::ostream& err, const std::vector<env::DamagedBlob>& damaged) {
  for (const auto& blob : damaged) {
    err << "Damaged: " << blob.name << " " << blob.problem << "; used by";
    for (const auto& model : blob.models)
      err << " " << model;
    err << ". It stays in the old folder.\n";
  }
}

} // namespace

int moveModelsCommand(CommandContext& context) {
  const auto from = context.args.takeOption("from");
  const bool leaveDamaged = context.args.takeFlag("leave-damaged");
  const bool deleteOld = context.args.takeFlag("delete-old");
  const bool appSetting = !context.args.takeFlag("no-app-setting");
  if (context.args.rest().size() != 1 || context.args.unknownOption()) {
    context.err << "usage: modeldesk-cli env move-models NEWDIR [--from DIR] [--leave-damaged] [--delete-old] "
                   "[--no-app-setting] [--json]\n";
    return kExitUsage;
  }
  EnvSession session;
  const auto secrets = session.manager.knownSecrets();
  fs::path source;
  if (from) {
    source = fs::absolute(pathFromUtf8(*from));
  } else {
    auto state = session.manager.state("OLLAMA_MODELS");
    if (!state)
      return envFail(context, state.error(), secrets);
    source = pathFromUtf8(state->effective);
  }
  const fs::path target = fs::absolute(pathFromUtf8(context.args.rest()[0]));

  env::StoreMoveOptions options;
  auto plan = env::planStoreMove(source, target, options);
  if (!plan && !from && plan.error().code == ErrorCode::NotFound) {
    // An empty store here, while another likely store (e.g. the Linux
    // service's /usr/share/ollama/.ollama/models) holds the models.
    Error error = plan.error();
    for (const auto& candidate : stores::ollamaStoreCandidates()) {
      if (candidate != source && env::storeHoldsModels(candidate)) {
        error.message += " The models are in " + pathToUtf8(candidate) + ": pass --from '" + pathToUtf8(candidate) +
                         "' (a folder the Ollama service owns needs root, and the new folder must belong to the "
                         "`ollama` user).";
        break;
      }
    }
    return envFail(context, error, secrets);
  }
  if (!plan)
    return envFail(context, plan.error(), secrets);
  context.err << "Moving " << plan->manifests.size() << " model(s), " << formatBytes(plan->totalBytes) << ", from "
              << pathToUtf8(plan->source) << " to " << pathToUtf8(plan->target) << "\n";
  if (plan->bytesToCopy < plan->totalBytes)
    context.err << "Resuming: " << formatBytes(plan->totalBytes - plan->bytesToCopy)
                << " are already in the new folder.\n";
  for (const auto warning : plan->warnings)
    context.err << "Warning: " << env::describeWarning(warning, *plan) << "\n";

  installInterruptHandler();
  ProgressReporter progress(progressPrinter(context.err), &interruptToken());
  auto report = env::moveStore(*plan, progress, options);
  if (!report) {
    if (report.error().code == ErrorCode::Cancelled)
      context.err << "Stopped. OLLAMA_MODELS was not changed; run the same command again to resume.\n";
    return envFail(context, report.error(), secrets);
  }
  printDamaged(context.err, report->damaged);

  const bool switchIt = report->complete() || leaveDamaged;
  if (switchIt) {
    if (auto set = session.manager.set("OLLAMA_MODELS", pathToUtf8(plan->target)); !set)
      return envFail(context, set.error(), secrets);
  }
  std::optional<env::SourceCleanup> cleanup;
  if (switchIt && deleteOld) {
    auto removed = env::deleteMovedSource(*plan, *report);
    if (!removed)
      return envFail(context, removed.error(), secrets);
    cleanup = *removed;
  }
  const AppSettingOutcome app = updateAppSetting(session, plan->target, switchIt, appSetting);
  printAppSetting(context.err, session, app, plan->target);

  if (context.json) {
    const auto appJson =
        appSettingJson(app.reason, app.previous, env::ollamaAppDatabasePath(session.context), app.backup, app.error);
    nlohmann::json result = {{"source", pathToUtf8(plan->source)},
                             {"target", pathToUtf8(plan->target)},
                             {"models_moved", report->movedManifests.size()},
                             {"blobs_copied", report->blobsCopied},
                             {"blobs_already_verified", report->blobsAlreadyVerified},
                             {"blobs_verified_in_place", report->blobsVerifiedInPlace},
                             {"bytes_copied", report->bytesCopied},
                             {"damaged", damagedJson(report->damaged)},
                             {"switched", switchIt},
                             {"deleted_old", nullptr},
                             {"ollama_app_models", nullptr},
                             {"app_setting", appJson}};
    if (const auto appModels = appModelsSetting(session, plan->target))
      result["ollama_app_models"] = *appModels;
    if (cleanup)
      result["deleted_old"] = {
          {"files_removed", cleanup->filesRemoved}, {"bytes_freed", cleanup->bytesFreed}, {"kept", cleanup->kept}};
    context.out << toJsonText(result, 2) << "\n";
  } else {
    context.out << "Moved " << report->movedManifests.size() << " model(s): " << report->blobsCopied
                << " blob(s) copied, " << report->blobsAlreadyVerified + report->blobsVerifiedInPlace
                << " already in place; every blob verified against its SHA-256.\n";
    if (switchIt)
      context.out << "OLLAMA_MODELS=" << pathToUtf8(plan->target) << "\n"
                  << session.platform.backend->restartAdvice() << "\n";
    if (cleanup)
      context.out << "Removed " << cleanup->filesRemoved << " file(s) (" << formatBytes(cleanup->bytesFreed)
                  << ") from the old folder; " << cleanup->kept.size() << " kept.\n";
    else if (switchIt)
      context.out << "The old copy stays in " << pathToUtf8(plan->source)
                  << ". To remove it: modeldesk-cli env move-models '" << pathToUtf8(plan->target) << "' --from '"
                  << pathToUtf8(plan->source) << "' --delete-old\n";
  }
  if (const auto appModels = appModelsSetting(session, plan->target); appModels && switchIt)
    context.err << "The Ollama app has a model location of its own (setting \"models\" in "
                << pathToUtf8(env::ollamaAppDatabasePath(session.context)) << "): " << *appModels
                << ". The app starts the server with that folder, not OLLAMA_MODELS: in the Ollama app's settings, "
                   "change the model location to "
                << pathToUtf8(plan->target) << ".\n";
  if (!switchIt) {
    context.err << "OLLAMA_MODELS was not changed because some models are damaged. Remove or pull them again "
                   "(ollama rm / ollama pull), then run this again (verified blobs are kept); or pass "
                   "--leave-damaged to switch and leave them in the old folder.\n";
    return kExitFailure;
  }
  return kExitOk;
}

} // namespace md::cli
