// modeldesk-cli ollama [--host URL] copy-to-host NAME URL [--as NEWNAME] [--store DIR] [--force] [--json]
// modeldesk-cli ollama [--host URL] compare A B [--store DIR] [--json]
//
// copy-to-host reads NAME's blobs from the store of --host (--store, else the
// first of OLLAMA_MODELS, ~/.ollama/models and the Linux service's
// /usr/share/ollama/.ollama/models holding NAME) and copies it to the server
// at URL. A URL that does not parse cleanly is a usage error (2); a model URL
// already has is refused (1) unless --force.
// compare is the "pulled vs imported" diagnosis of two models.

#include <algorithm>
#include <array>
#include <optional>
#include <ostream>

#include "app/cli/cmd_ollama.h"
#include "app/cli/progress_printer.h"
#include "core/ollama/copy_to_host.h"
#include "core/ollama/host.h"
#include "core/ollama/model_compare.h"
#include "core/stores/store_locations.h"
#include "core/util/paths.h"

namespace md::cli {
namespace {

using nlohmann::json;

// --store, else the first likely store that holds `model` (as copy-to-host
// and the GUI look); none: the profile has no layers.
std::optional<std::filesystem::path> storeFor(const std::optional<std::string>& store, const std::string& model) {
  if (store)
    return pathFromUtf8(*store);
  auto found = stores::findStoreHolding(model, stores::ollamaStoreCandidates());
  return found ? std::optional(*found) : std::nullopt;
}

// Exactly two positionals and no unknown option, else the usage on stderr.
std::optional<std::pair<std::string, std::string>> twoPositionals(CommandContext& context, const char* usage) {
  const auto unknown = context.args.unknownOption();
  const auto first = context.args.takeFirst();
  const auto second = context.args.takeFirst();
  if (unknown || !first || !second || !context.args.empty()) {
    if (unknown)
      context.err << "modeldesk-cli: unknown option " << *unknown << "\n";
    context.err << "usage: modeldesk-cli ollama [--host URL] " << usage << "\n";
    return std::nullopt;
  }
  return std::pair(*first, *second);
}

const char* kindKey(ollama::FindingKind kind) {
  using ollama::FindingKind;
  switch (kind) {
  case FindingKind::NoProjector: return "no_projector";
  case FindingKind::NoTemplate: return "no_template";
  case FindingKind::NoStopParameters: return "no_stop_parameters";
  case FindingKind::NoSystem: return "no_system";
  case FindingKind::DifferentFamily: return "different_family";
  case FindingKind::DifferentQuantization: return "different_quantization";
  case FindingKind::DifferentContextLength: return "different_context_length";
  case FindingKind::SameModelWeights: return "same_model_weights";
  }
  return "unknown";
}

const char* sideKey(ollama::Side side) {
  return side == ollama::Side::Left ? "left" : side == ollama::Side::Right ? "right" : "both";
}

std::string findingText(const ollama::Finding& finding, const ollama::ModelComparison& comparison) {
  using ollama::FindingKind;
  const std::string& lacking = finding.side == ollama::Side::Left ? comparison.left.name : comparison.right.name;
  switch (finding.kind) {
  case FindingKind::NoProjector: return lacking + " has no projector (no vision)";
  case FindingKind::NoTemplate: return lacking + " has no template (a bare prompt: answers can be nonsense)";
  case FindingKind::NoStopParameters: return lacking + " has no stop parameters (answers may not end)";
  case FindingKind::NoSystem: return lacking + " has no system prompt";
  case FindingKind::DifferentFamily: return "different families: " + finding.detail;
  case FindingKind::DifferentQuantization: return "different quantizations: " + finding.detail;
  case FindingKind::DifferentContextLength: return "different context lengths: " + finding.detail;
  case FindingKind::SameModelWeights: return "the same model weights (" + finding.detail + ")";
  }
  return {};
}

json profileJson(const ollama::ModelProfile& profile) {
  json layers = json::array();
  for (const auto& layer : profile.layers)
    layers.push_back({{"media_type", layer.mediaType}, {"size", layer.size}, {"digest", layer.digest}});
  return {{"name", profile.name},
          {"layers", layers},
          {"projector", profile.hasProjector},
          {"template", profile.hasTemplate},
          {"system", profile.hasSystem},
          {"license", profile.hasLicense},
          {"stop", profile.stopParameters},
          {"family", profile.family},
          {"parameter_size", profile.parameterSize},
          {"quantization", profile.quantization},
          {"context_length", profile.contextLength}};
}

std::string yesNo(bool value) {
  return value ? "yes" : "no";
}

std::string stops(const std::vector<std::string>& values) {
  std::string text;
  for (const auto& value : values)
    text += (text.empty() ? "\"" : " \"") + value + "\"";
  return text.empty() ? "-" : text;
}

// "model 4.07 GiB 6a0746a1ec1a" for a layer.
std::string layerCell(const std::vector<ollama::LayerInfo>& layers, std::size_t i) {
  if (i >= layers.size())
    return {};
  const auto& layer = layers[i];
  const auto dot = layer.mediaType.rfind('.');
  const auto colon = layer.digest.find(':');
  return layer.mediaType.substr(dot == std::string::npos ? 0 : dot + 1) + " " + formatBytes(layer.size) + " " +
         layer.digest.substr(colon == std::string::npos ? 0 : colon + 1, 12);
}

// Two columns side by side, the second aligned after the longest first cell.
std::string comparisonText(const ollama::ModelComparison& c) {
  const auto& l = c.left;
  const auto& r = c.right;
  auto context = [](std::uint64_t n) { return n ? std::to_string(n) : std::string("-"); };
  std::vector<std::array<std::string, 3>> rows{{"", l.name, r.name},
                                               {"family", l.family, r.family},
                                               {"parameters", l.parameterSize, r.parameterSize},
                                               {"quantization", l.quantization, r.quantization},
                                               {"context", context(l.contextLength), context(r.contextLength)},
                                               {"projector", yesNo(l.hasProjector), yesNo(r.hasProjector)},
                                               {"template", yesNo(l.hasTemplate), yesNo(r.hasTemplate)},
                                               {"system", yesNo(l.hasSystem), yesNo(r.hasSystem)},
                                               {"license", yesNo(l.hasLicense), yesNo(r.hasLicense)},
                                               {"stop", stops(l.stopParameters), stops(r.stopParameters)}};
  for (std::size_t i = 0; i < std::max(l.layers.size(), r.layers.size()); ++i)
    rows.push_back({i == 0 ? "layers" : "", layerCell(l.layers, i), layerCell(r.layers, i)});
  std::size_t width = 0;
  for (const auto& cells : rows)
    width = std::max(width, cells[1].size());
  std::string text;
  for (const auto& [label, left, right] : rows) {
    std::string line = "  " + label;
    line.resize(16, ' ');
    line += left;
    line.resize(16 + width + 2, ' ');
    line += right;
    text += line.substr(0, line.find_last_not_of(' ') + 1) + "\n";
  }
  text += c.findings.empty() ? "no differences found" : "findings:";
  for (const auto& finding : c.findings)
    text += "\n  " + findingText(finding, c);
  return text;
}

constexpr const char* kCopyToHostUsage = "copy-to-host NAME URL [--as NEWNAME] [--store DIR] [--force]";

// Why a target URL is not one to copy to; nothing when it parses cleanly.
std::optional<std::string> urlProblem(const std::string& url, const ollama::OllamaHost& host) {
  if (!host.warning.empty())
    return "the URL '" + url + "' is not usable: " + host.warning;
  if (host.host.empty())
    return "the URL '" + url + "' has no host";
  if (host.scheme != "http" && host.scheme != "https")
    return "the URL '" + url + "' is not http or https";
  return std::nullopt;
}

} // namespace

int copyToHostCommand(CommandContext& context, const ollama::Client& source) {
  const auto as = context.args.takeOption("as");
  const auto storeArgument = context.args.takeOption("store");
  const bool force = context.args.takeFlag("force");
  const auto names = twoPositionals(context, kCopyToHostUsage);
  if (!names)
    return kExitUsage;
  const auto& [name, url] = *names;
  const auto host = ollama::parseOllamaHost(url);
  if (const auto problem = urlProblem(url, host)) {
    context.err << "modeldesk-cli: " << *problem << "\n"
                << "usage: modeldesk-cli ollama [--host URL] " << kCopyToHostUsage << "\n";
    return kExitUsage;
  }

  // Without --store: the first likely store of this machine holding the model.
  std::filesystem::path store;
  std::string note;
  if (storeArgument) {
    store = pathFromUtf8(*storeArgument);
  } else {
    auto found = stores::findStoreHolding(name, stores::ollamaStoreCandidates());
    if (!found && found.error().code != ErrorCode::NotFound)
      return ollamaFail(context, found.error());
    if (!found)
      return ollamaFail(
          context, makeError(ErrorCode::NotFound, found.error().message + " (pass --store DIR)", found.error().where));
    store = *found;
    if (!ollama::isLoopbackHost(ollama::parseOllamaHost(source.baseUrl()).host))
      note = source.baseUrl() + " is not this machine's server: the blobs are read from the local store at " +
             pathToUtf8(store) + " (pass --store DIR for another folder)";
    if (!note.empty() && !context.json)
      context.err << "note: " << note << "\n";
  }

  const ollama::Client target(host.clientUrl());
  auto progress = ProgressReporter::withSinks(jobPrinter(context.err, context.json), &interruptToken());
  ollama::CopyToHostOptions options{name, as.value_or(""), store, force};
  auto copied = ollama::copyModelToHost(source, target, options, progress);
  if (!copied) {
    if (copied.error().code == ErrorCode::AlreadyExists)
      return ollamaFail(context,
                        makeError(ErrorCode::AlreadyExists, copied.error().message + " (pass --force to replace it)",
                                  copied.error().where));
    return ollamaFail(context, copied.error());
  }
  json result{{"copied", name},
              {"to", target.baseUrl()},
              {"target_model", copied->targetModel},
              {"store", pathToUtf8(store)},
              {"blobs_uploaded", copied->blobsUploaded},
              {"blobs_already_there", copied->blobsAlreadyThere},
              {"bytes_uploaded", copied->bytesUploaded}};
  if (!note.empty())
    result["note"] = note;
  return ollamaDone(context, result,
                    "copied " + name + " to " + target.baseUrl() + " as " + copied->targetModel + " (" +
                        std::to_string(copied->blobsUploaded) + " blobs uploaded, " +
                        formatBytes(copied->bytesUploaded) + "; " + std::to_string(copied->blobsAlreadyThere) +
                        " already there)");
}

int compareCommand(CommandContext& context, const ollama::Client& client) {
  const auto store = context.args.takeOption("store");
  const auto names = twoPositionals(context, "compare A B [--store DIR]");
  if (!names)
    return kExitUsage;
  auto left = ollama::profileModel(client, names->first, storeFor(store, names->first), &interruptToken());
  if (!left)
    return ollamaFail(context, left.error());
  auto right = ollama::profileModel(client, names->second, storeFor(store, names->second), &interruptToken());
  if (!right)
    return ollamaFail(context, right.error());
  const auto comparison = ollama::compareProfiles(*left, *right);
  json findings = json::array();
  for (const auto& finding : comparison.findings)
    findings.push_back({{"kind", kindKey(finding.kind)},
                        {"side", sideKey(finding.side)},
                        {"detail", finding.detail},
                        {"text", findingText(finding, comparison)}});
  return ollamaDone(
      context,
      {{"left", profileJson(comparison.left)}, {"right", profileJson(comparison.right)}, {"findings", findings}},
      comparisonText(comparison));
}

} // namespace md::cli
