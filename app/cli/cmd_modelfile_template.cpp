// modeldesk-cli modelfile preview FILE [--server-version X.Y.Z] [--json]
// modeldesk-cli modelfile fill FILE [--server-version X.Y.Z] [--write] [--force]
//
// Without --server-version the version is asked of the server at OLLAMA_HOST
// (GET /api/version); when it does not answer, the command says so and fails.
//
// preview --json prints exactly:
//   {"detected_template": NAME|null, "renders_with": "modelfile"|"detected"|"gguf"|"none",
//    "needs_template": BOOL, "capabilities": [S…], "stop": [S…],
//    "suggested": {"template": S, "stop": [S…]}|null, "warnings": [S…]}
// fill writes TEMPLATE and stop lines only when a TEMPLATE is needed (else it
// says why not, and --force writes them anyway): to stdout, or with --write
// into the file, atomically and in the file's own encoding (UTF-16 stays UTF-16).

#include <nlohmann/json.hpp>
#include <ostream>

#include "app/cli/cmd_modelfile.h"
#include "core/io/atomic_write.h"
#include "core/modelfile/text_encoding.h"
#include "core/ollama/client.h"
#include "core/ollama/host.h"
#include "core/templates/go_families.h"
#include "core/templates/template_plan_files.h"
#include "core/util/json_text.h"
#include "core/util/paths.h"

namespace md::cli {
namespace {

namespace mf = md::modelfile;
namespace tp = md::templates;

constexpr const char* kUsage =
    "usage: modeldesk-cli modelfile preview FILE [--server-version X.Y.Z] [--json]\n"
    "       modeldesk-cli modelfile fill FILE [--server-version X.Y.Z] [--write] [--force]\n";

int fail(CommandContext& context, const std::string& file, const Error& error) {
  if (context.json)
    context.out << toJsonText({{"error", {{"message", error.message}, {"code", errorCodeName(error.code)}}}}, 2)
                << "\n";
  else
    context.err << file << ": error: " << error.describe() << "\n";
  return kExitFailure;
}

Result<Version> serverVersion(const std::optional<std::string>& option) {
  if (option) {
    auto version = parseVersion(*option);
    if (!version)
      return makeError(ErrorCode::Invalid, "--server-version needs a version such as 0.33.0, not '" + *option + "'");
    return *version;
  }
  const ollama::Client client(ollama::hostFromEnvironment());
  auto version = client.serverVersion();
  if (!version)
    return makeError(version.error().code,
                     version.error().message + "; pass --server-version X.Y.Z to plan for a version without a server",
                     version.error().where);
  return *version;
}

nlohmann::json planJson(const tp::TemplatePlan& plan) {
  nlohmann::json capabilities = nlohmann::json::array();
  for (auto capability : plan.capabilities)
    capabilities.push_back(tp::capabilityName(capability));
  nlohmann::json warnings = nlohmann::json::array();
  for (const auto& warning : plan.warnings)
    warnings.push_back(tp::warningText(warning));
  nlohmann::json suggested = nullptr;
  if (plan.suggested)
    suggested = {{"template", plan.suggested->templateText}, {"stop", plan.suggested->stops}};
  return {{"detected_template", plan.detected ? nlohmann::json(plan.detected->family) : nlohmann::json()},
          {"renders_with", tp::rendersWithName(plan.rendersWith)},
          {"needs_template", plan.needsTemplate},
          {"capabilities", capabilities},
          {"stop", plan.stop},
          {"suggested", suggested},
          {"warnings", warnings}};
}

void printPlan(std::ostream& out, const tp::TemplatePlan& plan, const Version& version) {
  out << "Ollama " << version.toString() << "\n";
  if (plan.detected)
    out << "detected template: " << plan.detected->family << " (distance " << plan.detected->distance << ")\n";
  else
    out << "detected template: none\n";
  out << "renders chats with: " << tp::rendersWithName(plan.rendersWith) << "\n";
  out << "capabilities:";
  for (auto capability : plan.capabilities)
    out << " " << tp::capabilityName(capability);
  out << "\nstop:";
  for (const auto& stop : plan.stop)
    out << " " << nlohmann::json(stop).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  out << "\nTEMPLATE needed: " << (plan.needsTemplate ? "yes" : "no") << "\n";
  if (plan.suggested) {
    const auto* family = tp::findGoTemplateFamily(plan.suggested->family);
    out << "suggested: " << (family ? family->displayName : plan.suggested->family)
        << " (modeldesk-cli modelfile fill)\n";
  }
  for (const auto& warning : plan.warnings)
    out << "warning: " << tp::warningText(warning) << "\n";
}

} // namespace

int modelfileTemplateCommand(CommandContext& context, const std::string& action) {
  const auto versionOption = context.args.takeOption("server-version");
  const bool write = action == "fill" && context.args.takeFlag("write");
  const bool force = action == "fill" && context.args.takeFlag("force");
  const auto file = context.args.takeFirst();
  if (!file || !context.args.empty()) {
    context.err << kUsage;
    return kExitUsage;
  }
  const std::filesystem::path path = pathFromUtf8(*file);
  auto decoded = mf::readModelfileFile(path);
  if (!decoded)
    return fail(context, *file, decoded.error());
  auto version = serverVersion(versionOption);
  if (!version)
    return fail(context, *file, version.error());
  auto files = tp::readTemplatePlanInput(decoded->text, path.parent_path(), *version);
  if (!files)
    return fail(context, *file, files.error());
  const tp::TemplatePlan plan = tp::planTemplate(files->input);

  if (action == "preview") {
    if (context.json)
      context.out << toJsonText(planJson(plan), 2) << "\n";
    else
      printPlan(context.out, plan, *version);
    return kExitOk;
  }

  auto filled = tp::fillTemplate(decoded->text, plan, force);
  if (!filled)
    return fail(context, *file, filled.error());
  if (!filled->written)
    context.err << *file << ": no TEMPLATE needed: " << tp::notNeededReason(plan, *version)
                << " (--force writes the suggestion anyway)\n";
  if (write && filled->written) {
    auto saved = io::writeFileAtomically(path, mf::encodeModelfileText(filled->text, decoded->encoding));
    if (!saved)
      return fail(context, *file, saved.error());
  }
  if (context.json)
    context.out << toJsonText(
                       {{"written", filled->written},
                        {"file", write && filled->written ? nlohmann::json(*file) : nlohmann::json()},
                        {"template", filled->written ? nlohmann::json(plan.suggested->family) : nlohmann::json()}},
                       2)
                << "\n";
  else if (!write)
    context.out << filled->text;
  else if (filled->written)
    context.err << *file << ": wrote the " << plan.suggested->family << " TEMPLATE and its stops\n";
  return kExitOk;
}

} // namespace md::cli
