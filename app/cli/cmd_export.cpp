// modeldesk-cli export NAME DIR [--layout plain|lmstudio] [--store DIR] [--json]
//
// Exports an Ollama model from the store on disk (the server may be off;
// core/ollama/model_export.h): the GGUF files, a Modelfile and a README.
// With --layout plain (the default) the files go into DIR. With --layout
// lmstudio DIR is LM Studio's models folder (optional: ~/.lmstudio/models by
// default) and the files go to DIR/<publisher>/<repo>/. Without --store, the
// first likely Ollama store holding the model (OLLAMA_MODELS first).
// JSON: name, layout, folder, files [{path, relative, role, size, sha256,
// placement (reflink|hardlink|copy)}], modelfile (its text), modelfile_path,
// bytes_written, seconds.

#include <ostream>

#include <nlohmann/json.hpp>

#include "app/cli/cmd_ollama.h"
#include "app/cli/command.h"
#include "app/cli/progress_printer.h"
#include "core/ollama/model_export.h"
#include "core/stores/store_locations.h"
#include "core/util/paths.h"

namespace md::cli {
namespace {

using nlohmann::json;

constexpr const char* kUsage =
    "usage: modeldesk-cli export NAME DIR [--layout plain|lmstudio] [--store DIR] [--json]\n"
    "       (with --layout lmstudio, DIR is LM Studio's models folder; default ~/.lmstudio/models)\n";

int usage(CommandContext& context, const std::string& why) {
  context.err << "modeldesk-cli: " << why << "\n" << kUsage;
  return kExitUsage;
}

int report(CommandContext& context, const ollama::ExportResult& result) {
  json files = json::array();
  std::string text = "exported " + result.model + " to " + pathToUtf8(result.folder) + "\n";
  for (const auto& file : result.files) {
    files.push_back({{"path", pathToUtf8(file.path)},
                     {"relative", file.relative},
                     {"role", file.role},
                     {"size", file.size},
                     {"sha256", file.sha256},
                     {"placement", file.placement}});
    text += "  " + file.relative + "  " + file.role + "  " + formatBytes(file.size) + "  " + file.placement + "  " +
            file.sha256 + "\n";
  }
  text += formatBytes(result.bytesWritten) + " written";
  const json output{{"name", result.model},
                    {"layout", ollama::exportLayoutName(result.layout)},
                    {"folder", pathToUtf8(result.folder)},
                    {"files", files},
                    {"modelfile", result.modelfile}, // its text, as import's JSON has it
                    {"modelfile_path", pathToUtf8(result.folder / "Modelfile")},
                    {"bytes_written", result.bytesWritten},
                    {"seconds", result.seconds}};
  return ollamaDone(context, output, text);
}

int runExportCommand(CommandContext& context) {
  const auto layoutText = context.args.takeOption("layout");
  const auto store = context.args.takeOption("store");
  if (const auto unknown = context.args.unknownOption())
    return usage(context, "unknown option " + *unknown);
  ollama::ExportOptions options;
  if (layoutText) {
    const auto layout = ollama::exportLayoutFromName(*layoutText);
    if (!layout)
      return usage(context, "--layout must be plain or lmstudio");
    options.layout = *layout;
  }
  const auto& rest = context.args.rest();
  const bool lmStudio = options.layout == ollama::ExportLayout::LmStudio;
  if (rest.empty() || rest.size() > 2 || (rest.size() == 1 && !lmStudio))
    return usage(context, rest.empty() ? "name the model to export" : "export takes NAME and DIR");
  options.model = rest[0];
  options.destination = rest.size() == 2 ? pathFromUtf8(rest[1]) : ollama::defaultLmStudioModelsDir();
  if (store) {
    options.store = pathFromUtf8(*store);
  } else {
    auto found = stores::findStoreHolding(options.model, stores::ollamaStoreCandidates());
    if (!found)
      return ollamaFail(context, found.error().code == ErrorCode::NotFound
                                     ? makeError(ErrorCode::NotFound, found.error().message + " (pass --store DIR)",
                                                 found.error().where)
                                     : found.error());
    options.store = *found;
  }
  installInterruptHandler();
  auto progress = ProgressReporter::withSinks(jobPrinter(context.err, context.json), &interruptToken());
  auto exported = ollama::exportModel(options, progress);
  if (!exported)
    return ollamaFail(context, exported.error());
  return report(context, *exported);
}

const CommandRegistration registration("export", "export NAME DIR [--layout plain|lmstudio] [--store DIR] [--json]",
                                       runExportCommand);

} // namespace
} // namespace md::cli
