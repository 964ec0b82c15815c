// modeldesk-cli import FILE... --name NAME [--host URL] [--placement auto|upload|copy|link|reflink|move]
//   [--quantize TYPE] [--modelfile-out PATH] [--dry-run] [--force] [--store DIR] [--trust-cache-digest] [--json]
//
// One flow with the GUI's import (core/ollama/import_flow.h): the files
// (a GGUF, byte-split parts, llama.cpp shards, with a projector and an
// adapter) become a model. With a local server whose store is proven by a
// probe, the blobs are placed in the store (joins written once, single files
// cloned or linked); otherwise they are uploaded. --dry-run writes nothing
// and prints the plan. An existing model name is refused without --force.
// --quantize asks Ollama to quantize the model (F16, BF16 or F32) as it
// creates it; an unsuitable type, model or server is refused before any
// byte is written.

#include <ostream>

#include <nlohmann/json.hpp>

#include "app/cli/command.h"
#include "app/cli/progress_printer.h"
#include "core/io/atomic_write.h"
#include "core/ollama/host.h"
#include "core/ollama/import_flow.h"
#include "core/ollama/quantize.h"
#include "core/templates/plan_warnings.h"
#include "core/util/json_text.h"
#include "core/util/paths.h"

namespace md::cli {
namespace {

using nlohmann::json;

constexpr const char* kUsage =
    "usage: modeldesk-cli import FILE... --name NAME [--host URL] [--placement auto|upload|copy|link|reflink|move]\n"
    "       [--quantize Q4_K_M|Q4_K_S|Q8_0|F16|BF16|F32] [--modelfile-out PATH] [--dry-run] [--force] [--store DIR]\n"
    "       [--trust-cache-digest] [--json]\n";

int usage(CommandContext& context, const std::string& why = {}) {
  if (!why.empty())
    context.err << "modeldesk-cli: " << why << "\n";
  context.err << kUsage;
  return kExitUsage;
}

int fail(CommandContext& context, const Error& error) {
  std::string message = error.message;
  if (error.code == ErrorCode::AlreadyExists)
    message += " (pass --force to replace it)";
  if (context.json)
    context.out << toJsonText({{"error", {{"message", message}, {"code", errorCodeName(error.code)}}}}, 2) << "\n";
  else
    context.err << "modeldesk-cli: " << message
                << (error.pathToAppend().empty() ? "" : " [" + error.pathToAppend() + "]") << "\n";
  return error.code == ErrorCode::Cancelled ? 130 : kExitFailure;
}

json capabilitiesJson(const templates::TemplatePlan& plan) {
  json list = json::array();
  for (const auto capability : plan.capabilities)
    list.push_back(templates::capabilityName(capability));
  return list;
}

json notesJson(const std::vector<Message>& notes) {
  return englishTexts(notes);
}

// The quantize type asked for, as Ollama names it, or null.
json quantizeJson(const ollama::ImportOptions& options) {
  if (options.quantize.empty())
    return nullptr;
  return ollama::quantizeType(options.quantize).value_or(options.quantize);
}

int dryRun(CommandContext& context, const ollama::ImportPlan& plan, const ollama::ImportPreflight& preflight,
           const ollama::ImportOptions& options, ProgressReporter& progress) {
  auto digests = ollama::digestsOf(plan, options, progress);
  if (!digests)
    return fail(context, digests.error());
  json blobs = json::array();
  std::string text = "import " + options.name + " (dry run: nothing written)\n";
  for (std::size_t i = 0; i < plan.blobs.size(); ++i) {
    const auto& blob = plan.blobs[i];
    json sources = json::array();
    for (const auto& segment : blob.segments)
      if (segment.kind == io::Segment::Kind::FileRange)
        sources.push_back(pathToUtf8(segment.path));
    blobs.push_back({{"digest", (*digests)[i]},
                     {"size", blob.size},
                     {"role", ollama::blobRoleName(blob.role)},
                     {"name", blob.name},
                     {"joined", blob.joined()},
                     {"sources", sources}});
    text += "  " + std::string(ollama::blobRoleName(blob.role)) + " " + blob.name + " " + formatBytes(blob.size) + " " +
            (*digests)[i] + (blob.joined() ? " (joined)" : "") + "\n";
  }
  json warnings = json::array();
  for (const auto& warning : plan.templatePlan.warnings)
    warnings.push_back(templates::warningText(warning));
  const json result{{"name", options.name},
                    {"server_version", plan.server.toString()},
                    {"placement", ollama::placementName(preflight.placement)},
                    {"dry_run", true},
                    {"bytes_written", 0},
                    {"bytes_to_write", preflight.bytesToWrite},
                    {"store", preflight.store ? json(pathToUtf8(*preflight.store)) : json()},
                    {"name_taken", preflight.nameTaken},
                    {"quantize", quantizeJson(options)},
                    {"blobs", blobs},
                    {"capabilities", capabilitiesJson(plan.templatePlan)},
                    {"template_added", plan.templateText.has_value()},
                    {"modelfile", plan.modelfile},
                    {"notes", notesJson(preflight.notes)},
                    {"warnings", warnings},
                    {"seconds", 0.0}};
  text += "  placement " + std::string(ollama::placementName(preflight.placement)) +
          (preflight.store ? " into " + pathToUtf8(*preflight.store) : std::string()) + ", at most " +
          formatBytes(preflight.bytesToWrite) + " written\n" + plan.modelfile;
  if (context.json)
    context.out << toJsonText(result, 2) << "\n";
  else
    context.out << text;
  return kExitOk;
}

int report(CommandContext& context, const ollama::ImportResult& imported, const ollama::ImportOptions& options) {
  json blobs = json::array();
  for (const auto& blob : imported.blobs)
    blobs.push_back({{"digest", blob.digest},
                     {"size", blob.size},
                     {"role", ollama::blobRoleName(blob.role)},
                     {"name", blob.name},
                     {"placement", blob.placement},
                     {"bytes_written", blob.bytesWritten}});
  json result{{"name", imported.name},
              {"server_version", imported.server.toString()},
              {"placement", imported.placement},
              {"bytes_written", imported.bytesWritten},
              {"bytes_uploaded", imported.bytesUploaded},
              {"blobs", blobs},
              {"capabilities", imported.capabilities},
              {"seconds", imported.seconds},
              {"store", imported.store ? json(pathToUtf8(*imported.store)) : json()},
              {"hard_linked", imported.hardLinked},
              {"quantize", quantizeJson(options)}};
  std::string text =
      "imported " + imported.name + " (" + imported.placement + ", " + formatBytes(imported.bytesWritten) + " written" +
      (options.quantize.empty() ? "" : ", quantized to " + quantizeJson(options).get<std::string>()) + ")";
  if (imported.hardLinked) {
    const std::string warning =
        "a blob is a hard link to its source file: editing that file in place would change the model";
    result["warning"] = warning;
    text += "\nnote: " + warning;
  }
  if (imported.visionMissing)
    text += "\nwarning: the projector was included, but Ollama does not list \"vision\"";
  if (context.json)
    context.out << toJsonText(result, 2) << "\n";
  else
    context.out << text << "\n";
  return kExitOk;
}

int runImportCommand(CommandContext& context) {
  const auto name = context.args.takeOption("name");
  const auto host = context.args.takeOption("host");
  const auto placementText = context.args.takeOption("placement");
  const auto modelfileOut = context.args.takeOption("modelfile-out");
  const auto store = context.args.takeAll("store");
  ollama::ImportOptions options;
  options.quantize = context.args.takeOption("quantize").value_or("");
  const bool dry = context.args.takeFlag("dry-run");
  options.replaceExisting = context.args.takeFlag("force");
  options.trustCacheDigest = context.args.takeFlag("trust-cache-digest");
  if (const auto unknown = context.args.unknownOption())
    return usage(context, "unknown option " + *unknown);
  std::vector<std::filesystem::path> inputs;
  for (const auto& input : context.args.rest())
    inputs.push_back(pathFromUtf8(input));
  if (inputs.empty())
    return usage(context, "name the files to import");
  if (!name)
    return usage(context, "import needs --name NAME");
  options.name = *name;
  if (placementText) {
    const auto placement = ollama::placementFromName(*placementText);
    if (!placement)
      return usage(context, "--placement must be auto, upload, copy, link, reflink or move");
    options.placement = *placement;
  }
  for (const auto& dir : store)
    options.stores.push_back(pathFromUtf8(dir));
  options.storesGiven = !store.empty();
  options.probe = !dry;

  installInterruptHandler();
  const ollama::Client client(host ? ollama::parseOllamaHost(*host).clientUrl() : ollama::hostFromEnvironment());
  auto progress = ProgressReporter::withSinks(jobPrinter(context.err, context.json), &interruptToken());
  auto server = client.serverVersion(progress.cancelToken());
  if (!server)
    return fail(context, server.error());
  const auto plan = ollama::planImport(inputs, {*server, false});
  auto preflight = ollama::preflightImport(client, plan, options, progress);
  if (!preflight)
    return fail(context, preflight.error());
  if (dry)
    return dryRun(context, plan, *preflight, options, progress);
  auto imported = ollama::runImport(client, plan, *preflight, options, progress);
  if (!imported)
    return fail(context, imported.error());
  if (modelfileOut)
    if (auto written = io::writeFileAtomically(pathFromUtf8(*modelfileOut), imported->modelfile); !written)
      return fail(context, written.error());
  return report(context, *imported, options);
}

const CommandRegistration registration("import",
                                       "import FILE... --name NAME [--host URL] "
                                       "[--placement auto|upload|copy|link|reflink|move] [--quantize TYPE] "
                                       "[--modelfile-out PATH] [--dry-run] [--force] [--json]",
                                       runImportCommand);

} // namespace
} // namespace md::cli
