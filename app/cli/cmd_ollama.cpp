// modeldesk-cli ollama [--host URL] version|list|show NAME|ps|pull NAME|
//   create NAME (-f MODELFILE | --file GGUF [--projector GGUF] [--template-file F]) [--quantize TYPE]|rm NAME|
//   cp SRC DST [--json]
// (copy-to-host and compare are in cmd_ollama_copy.cpp)

#include <fstream>
#include <ostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/cli/cmd_ollama.h"
#include "app/cli/command.h"
#include "app/cli/progress_printer.h"
#include "core/ollama/client.h"
#include "core/ollama/create_flow.h"
#include "core/ollama/host.h"
#include "core/ollama/model_name.h"
#include "core/ollama/quantize.h"
#include "core/util/json_text.h"
#include "core/util/paths.h"

namespace md::cli {
namespace {

using nlohmann::json;

constexpr const char* kUsage =
    "usage: modeldesk-cli ollama [--host URL] [--json] COMMAND\n"
    "  version | list | ps | show NAME [--verbose] | pull NAME | rm NAME | cp SOURCE DESTINATION\n"
    "  create NAME -f MODELFILE [--quantize TYPE]\n"
    "  create NAME --file GGUF [--projector GGUF] [--template-file FILE] [--quantize TYPE]\n"
    "    (TYPE: Q4_K_M, Q4_K_S, Q8_0, F16, BF16 or F32; Ollama quantizes F16, BF16 and F32 models)\n"
    "  copy-to-host NAME URL [--as NEWNAME] [--store DIR] [--force]   (blobs from the --host server's store)\n"
    "  compare A B [--store DIR]\n";

int usage(CommandContext& context) {
  context.err << kUsage;
  return kExitUsage;
}

int fail(CommandContext& context, const Error& error) {
  if (context.json)
    context.out << toJsonText({{"error", {{"message", error.message}, {"code", errorCodeName(error.code)}}}}, 2)
                << "\n";
  else
    context.err << "modeldesk-cli: " << error.describe() << "\n";
  return error.code == ErrorCode::Cancelled ? 130 : kExitFailure;
}

int done(CommandContext& context, const json& result, const std::string& text) {
  if (context.json)
    context.out << toJsonText(result, 2) << "\n";
  else if (!text.empty())
    context.out << text << "\n";
  return kExitOk;
}

json detailsJson(const ollama::ModelDetails& details) {
  return {{"format", details.format},
          {"family", details.family},
          {"families", details.families},
          {"parameter_size", details.parameterSize},
          {"quantization_level", details.quantizationLevel}};
}

int listModels(CommandContext& context, const ollama::Client& client) {
  auto models = client.listModels(&interruptToken());
  if (!models)
    return fail(context, models.error());
  json list = json::array();
  std::ostringstream text;
  for (const auto& model : *models) {
    list.push_back({{"name", model.name},
                    {"size", model.size},
                    {"digest", model.digest},
                    {"modified_at", model.modifiedAt},
                    {"details", detailsJson(model.details)}});
    text << model.name << "  " << formatBytes(model.size) << "  " << model.details.family << " "
         << model.details.parameterSize << " " << model.details.quantizationLevel << "\n";
  }
  std::string lines = text.str();
  if (!lines.empty())
    lines.pop_back();
  return done(context, {{"models", list}}, lines);
}

int listRunning(CommandContext& context, const ollama::Client& client) {
  auto models = client.runningModels(&interruptToken());
  if (!models)
    return fail(context, models.error());
  json list = json::array();
  std::string text;
  for (const auto& model : *models) {
    list.push_back(
        {{"name", model.name}, {"size", model.size}, {"size_vram", model.sizeVram}, {"expires_at", model.expiresAt}});
    text += (text.empty() ? "" : "\n") + model.name + "  " + formatBytes(model.size) + "  VRAM " +
            formatBytes(model.sizeVram) + "  until " + model.expiresAt;
  }
  return done(context, {{"models", list}}, text);
}

int showModel(CommandContext& context, const ollama::Client& client, const std::string& name, bool verbose) {
  auto shown = client.show(name, verbose, &interruptToken());
  if (!shown)
    return fail(context, shown.error());
  const json result{{"name", name},
                    {"details", detailsJson(shown->details)},
                    {"capabilities", shown->capabilities},
                    {"context_length", shown->contextLength() ? json(*shown->contextLength()) : json()},
                    {"template", shown->templateText},
                    {"system", shown->system},
                    {"parameters", shown->parameters},
                    {"license", shown->license},
                    {"model_info", shown->modelInfo},
                    {"projector_info", shown->projectorInfo}};
  std::string text = name + "\n  family " + shown->details.family + ", " + shown->details.parameterSize + ", " +
                     shown->details.quantizationLevel + "\n  capabilities:";
  for (const auto& capability : shown->capabilities)
    text += " " + capability;
  if (shown->contextLength())
    text += "\n  context length " + std::to_string(*shown->contextLength());
  if (!shown->parameters.empty())
    text += "\n  parameters:\n" + shown->parameters;
  return done(context, result, text);
}

// The quantize type asked for, as Ollama names it, or null.
json quantizeJson(const std::string& quantize) {
  if (quantize.empty())
    return nullptr;
  return ollama::quantizeType(quantize).value_or(quantize);
}

// create NAME --file GGUF [--projector GGUF] [--template-file FILE].
Result<ollama::CreateRequest> createRequest(CommandContext& context, const std::string& name) {
  const auto file = context.args.takeOption("file");
  const auto projector = context.args.takeOption("projector");
  const auto templateFile = context.args.takeOption("template-file");
  if (!file)
    return makeError(ErrorCode::Invalid, "create needs -f MODELFILE or --file GGUF");
  ollama::CreateRequest request;
  request.model = name;
  const auto modelPath = pathFromUtf8(*file);
  request.files.push_back({modelPath, pathToUtf8(modelPath.filename()), {}});
  if (projector) {
    const auto projectorPath = pathFromUtf8(*projector);
    request.files.push_back({projectorPath, pathToUtf8(projectorPath.filename()), {}});
  }
  if (templateFile) {
    std::ifstream in(pathFromUtf8(*templateFile), std::ios::binary);
    if (!in)
      return makeError(ErrorCode::NotFound, "Cannot read the template file", Location{*templateFile, {}, {}, {}});
    request.templateText = std::string((std::istreambuf_iterator<char>(in)), {});
  }
  return request;
}

// create NAME -f MODELFILE: the same flow as the GUI's Create in Ollama.
int createFromModelfile(CommandContext& context, const ollama::Client& client, const std::string& name,
                        const std::string& modelfile, const std::string& quantize) {
  auto progress = ProgressReporter::withSinks(jobPrinter(context.err, context.json), &interruptToken());
  auto created = ollama::runCreateFlow(client, name, pathFromUtf8(modelfile), progress, quantize);
  if (!created)
    return fail(context, created.error());
  for (const auto& warning : created->warnings)
    context.err << "warning: " << warning << "\n";
  const std::string visionWarning = ollama::visionWarningText(*created);
  if (!visionWarning.empty())
    context.err << "warning: " << visionWarning << "\n";
  json files = json::array();
  for (const auto& file : created->files)
    files.push_back({{"name", file.name},
                     {"role", file.role},
                     {"digest", file.digest},
                     {"digest_source", file.digestSource == ollama::DigestSource::Sidecar ? "sidecar" : "hashed"},
                     {"uploaded", !file.alreadyOnServer}});
  json result{{"created", name},
              {"warnings", created->warnings},
              {"files", files},
              {"capabilities", created->capabilities},
              {"quantize", quantizeJson(quantize)},
              {"vision", created->vision == ollama::VisionCheck::NoProjector
                             ? json()
                             : json(created->vision == ollama::VisionCheck::Vision)}};
  if (!visionWarning.empty())
    result["vision_warning"] = visionWarning;
  return done(context, result, "created " + name);
}

int createModel(CommandContext& context, const ollama::Client& client, const std::string& name) {
  const std::string quantize = context.args.takeOption("quantize").value_or("");
  if (const auto modelfile = context.args.takeOption("modelfile", "f"))
    return createFromModelfile(context, client, name, *modelfile, quantize);
  if (const auto check = ollama::checkModelName(name); !check.ok())
    return fail(context, makeError(ErrorCode::Invalid, "'" + name + "' is not a valid model name: " + check.message()));
  auto request = createRequest(context, name);
  if (!request)
    return fail(context, request.error());
  request->quantize = quantize;
  auto progress = ProgressReporter::withSinks(jobPrinter(context.err, context.json), &interruptToken());
  auto created = client.create(*request, progress);
  if (!created)
    return fail(context, created.error());
  return done(context, {{"created", name}, {"warnings", json::array()}, {"quantize", quantizeJson(quantize)}},
              "created " + name);
}

int runOllama(CommandContext& context) {
  const auto host = context.args.takeOption("host");
  const bool verbose = context.args.takeFlag("verbose");
  const auto sub = context.args.takeFirst();
  if (!sub)
    return usage(context);
  const ollama::Client client(host ? ollama::parseOllamaHost(*host).clientUrl() : ollama::hostFromEnvironment());
  installInterruptHandler();
  auto positional = [&]() { return context.args.takeFirst(); };

  if (*sub == "version") {
    auto version = client.version(&interruptToken());
    return version ? done(context, {{"version", *version}, {"host", client.baseUrl()}}, *version)
                   : fail(context, version.error());
  }
  if (*sub == "list" || *sub == "ls")
    return listModels(context, client);
  if (*sub == "ps")
    return listRunning(context, client);
  if (*sub == "create") {
    const auto name = positional();
    return name ? createModel(context, client, *name) : usage(context);
  }
  if (*sub == "copy-to-host")
    return copyToHostCommand(context, client);
  if (*sub == "compare")
    return compareCommand(context, client);
  if (context.args.unknownOption())
    return usage(context);
  const auto first = positional();
  if (!first)
    return usage(context);
  if (*sub == "show")
    return showModel(context, client, *first, verbose);
  if (*sub == "rm") {
    auto removed = client.deleteModel(*first, &interruptToken());
    return removed ? done(context, {{"deleted", *first}}, "deleted " + *first) : fail(context, removed.error());
  }
  if (*sub == "pull") {
    ProgressReporter progress(progressPrinter(context.err, context.json), &interruptToken());
    auto pulled = client.pull(*first, progress);
    return pulled ? done(context, {{"pulled", *first}}, "pulled " + *first) : fail(context, pulled.error());
  }
  if (*sub == "cp") {
    const auto second = positional();
    if (!second)
      return usage(context);
    auto copied = client.copyModel(*first, *second, &interruptToken());
    return copied ? done(context, {{"copied", *first}, {"to", *second}}, "copied " + *first + " to " + *second)
                  : fail(context, copied.error());
  }
  return usage(context);
}

const CommandRegistration
    registration("ollama",
                 "ollama [--host URL] version|list|show NAME|ps|pull NAME|create NAME -f MODELFILE|rm NAME|cp SRC "
                 "DST|copy-to-host NAME URL [--as NEWNAME] [--store DIR] [--force]|compare A B [--store DIR]",
                 runOllama);

} // namespace

int ollamaFail(CommandContext& context, const Error& error) {
  return fail(context, error);
}

int ollamaDone(CommandContext& context, const nlohmann::json& result, const std::string& text) {
  return done(context, result, text);
}
} // namespace md::cli
