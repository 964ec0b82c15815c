// modeldesk-cli classify INPUT... [--json]
// modeldesk-cli merge -o OUT INPUT... [--force] [--legacy-concat] [--json]
// modeldesk-cli split (--max-size 2G | --max-tensors N) INPUT OUTPREFIX [--force] [--json]

#include <ostream>

#include <nlohmann/json.hpp>

#include "app/cli/command.h"
#include "app/cli/progress_printer.h"
#include "core/merge/merge_engine.h"
#include "core/merge/split_model.h"
#include "core/util/json_text.h"
#include "core/util/paths.h"

namespace md::cli {
namespace {

std::vector<std::filesystem::path> inputPaths(const Args& args) {
  std::vector<std::filesystem::path> paths;
  for (const auto& arg : args.rest())
    paths.push_back(pathFromUtf8(arg));
  return paths;
}

nlohmann::json planJson(const merge::MergePlan& plan) {
  auto files = nlohmann::json::array();
  for (const auto& file : plan.files)
    files.push_back({{"path", pathToUtf8(file.path)},
                     {"size", file.size},
                     {"role", merge::fileRoleName(file.role)},
                     {"order", file.order},
                     {"reason", file.reason.english()},
                     {"problem", file.problem ? nlohmann::json(file.problem->english()) : nlohmann::json(nullptr)}});
  return {{"mode", merge::modeName(plan.mode)}, {"ok", plan.ok()}, {"suggested_name", plan.suggestedName},
          {"output_size", plan.outputSize},     {"files", files},  {"problems", englishTexts(plan.problems)},
          {"notes", englishTexts(plan.notes)}};
}

void printPlan(std::ostream& out, const merge::MergePlan& plan) {
  out << "Plan: " << merge::modeName(plan.mode) << "\n";
  for (const auto& file : plan.files) {
    out << "  " << (file.order ? std::to_string(file.order) + ". " : "   ") << pathToUtf8(file.path.filename()) << "  ["
        << merge::fileRoleName(file.role) << "]" << (file.reason.english().empty() ? "" : " ") << file.reason.english()
        << "\n";
  }
  for (const auto& problem : plan.problems)
    out << "  PROBLEM: " << problem.english() << "\n";
  for (const auto& note : plan.notes)
    out << "  Note: " << note.english() << "\n";
  if (plan.ok() && !plan.suggestedName.empty())
    out << "  Output" << (plan.mode == merge::MergeMode::ModelAndProjector ? " (only with --legacy-concat)" : "")
        << ": " << plan.suggestedName << " (" << formatBytes(plan.outputSize) << ")\n";
}

// `hint`: what to pass to go ahead, when there is such an option.
int fail(CommandContext& context, const Error& error, const std::string& hint = {}) {
  const std::string advice = !hint.empty()                            ? hint
                             : error.code == ErrorCode::AlreadyExists ? "pass --force to replace it"
                                                                      : std::string();
  if (context.json) {
    nlohmann::json body = {{"message", error.message}, {"code", errorCodeName(error.code)}};
    if (!advice.empty())
      body["hint"] = advice;
    context.out << toJsonText({{"error", body}}, 2) << "\n";
  } else {
    context.err << "modeldesk-cli: " << error.describe() << (advice.empty() ? "" : " (" + advice + ")") << "\n";
  }
  return kExitFailure;
}

// What a legacy concatenation costs, said before it runs (and in --json).
constexpr const char* kLegacyConcatWarning =
    "warning: --legacy-concat writes the projector into the model file. Only Ollama older than 0.7.1 reads it "
    "from there; newer Ollama drops the projector from such a file and the model loses vision. For Ollama 0.7.1 "
    "and newer, create the model with two FROM lines instead.";

int classifyCommand(CommandContext& context) {
  if (context.args.empty() || context.args.unknownOption()) {
    context.err << "usage: modeldesk-cli classify INPUT... [--json]\n";
    return kExitUsage;
  }
  auto plan = merge::classify(inputPaths(context.args));
  if (context.json)
    context.out << toJsonText(planJson(plan), 2) << "\n";
  else
    printPlan(context.out, plan);
  return plan.ok() ? kExitOk : kExitFailure;
}

int mergeCommand(CommandContext& context) {
  auto output = context.args.takeOption("output", "o");
  merge::MergeOptions options;
  options.overwrite = context.args.takeFlag("force");
  options.legacyConcat = context.args.takeFlag("legacy-concat");
  if (!output || context.args.empty() || context.args.unknownOption()) {
    context.err << "usage: modeldesk-cli merge -o OUT INPUT... [--force] [--legacy-concat] [--json]\n";
    return kExitUsage;
  }
  auto plan = merge::classify(inputPaths(context.args));
  if (!plan.ok()) {
    if (!context.json)
      printPlan(context.err, plan);
    return fail(context, plan.problems.empty() ? makeError(ErrorCode::Invalid, "Nothing to merge")
                                               : makeError(ErrorCode::Invalid, plan.problems[0]));
  }
  if (options.legacyConcat)
    context.err << kLegacyConcatWarning << "\n";
  installInterruptHandler();
  auto progress = ProgressReporter::withSinks(jobPrinter(context.err, context.json), &interruptToken());
  auto result = merge::runMerge(plan, pathFromUtf8(*output), options, progress);
  if (!result)
    return fail(context, result.error(),
                plan.mode == merge::MergeMode::ModelAndProjector && !options.legacyConcat
                    ? "pass --legacy-concat to concatenate them for Ollama older than 0.7.1"
                    : "");
  if (context.json) {
    nlohmann::json out = {{"mode", merge::modeName(result->mode)},
                          {"output", pathToUtf8(result->output)},
                          {"bytes", result->bytes},
                          {"sha256", result->sha256},
                          {"method", result->method},
                          {"seconds", result->seconds},
                          {"warnings", nlohmann::json::array()}};
    if (options.legacyConcat)
      out["warnings"].push_back(std::string(kLegacyConcatWarning).substr(std::string_view("warning: ").size()));
    context.out << toJsonText(out, 2) << "\n";
  } else {
    context.out << "Wrote " << pathToUtf8(result->output) << " (" << formatBytes(result->bytes) << ", "
                << result->method << ")\nSHA-256 " << result->sha256 << "\n";
  }
  return kExitOk;
}

int splitCommand(CommandContext& context) {
  merge::SplitOptions options;
  auto maxSize = context.args.takeOption("max-size");
  auto maxTensors = context.args.takeOption("max-tensors");
  options.output.overwrite = context.args.takeFlag("force");
  if (maxSize)
    options.maxBytes = merge::parseSize(*maxSize).value_or(0);
  if (maxTensors)
    options.maxTensors = static_cast<std::size_t>(std::strtoull(maxTensors->c_str(), nullptr, 10));
  if (context.args.rest().size() != 2 || context.args.unknownOption() || (!options.maxBytes && !options.maxTensors)) {
    context.err << "usage: modeldesk-cli split (--max-size 2G | --max-tensors N) INPUT OUTPREFIX [--force] [--json]\n";
    return kExitUsage;
  }
  installInterruptHandler();
  ProgressReporter progress(progressPrinter(context.err), &interruptToken());
  auto result =
      merge::splitModel(pathFromUtf8(context.args.rest()[0]), pathFromUtf8(context.args.rest()[1]), options, progress);
  if (!result)
    return fail(context, result.error());
  if (context.json) {
    auto shards = nlohmann::json::array();
    for (std::size_t k = 0; k < result->shards.size(); ++k)
      shards.push_back({{"path", pathToUtf8(result->shards[k])}, {"sha256", result->sha256[k]}});
    context.out << toJsonText(
                       {{"mode", "split"}, {"shards", shards}, {"bytes", result->bytes}, {"seconds", result->seconds}},
                       2)
                << "\n";
  } else {
    for (const auto& shard : result->shards)
      context.out << "Wrote " << pathToUtf8(shard) << "\n";
  }
  return kExitOk;
}

const CommandRegistration classifyRegistration("classify", "classify INPUT... [--json]   explain how files would merge",
                                               classifyCommand);
const CommandRegistration
    mergeRegistration("merge", "merge -o OUT INPUT... [--force] [--legacy-concat] [--json]   join parts, merge shards",
                      mergeCommand);
const CommandRegistration
    splitRegistration("split",
                      "split (--max-size 2G | --max-tensors N) INPUT OUTPREFIX [--force]   split into llama.cpp shards",
                      splitCommand);

} // namespace
} // namespace md::cli
