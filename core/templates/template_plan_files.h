#pragma once
// The template plan for a Modelfile on disk: its FROM files are read (the
// model GGUF's chat template, a projector, an embedding model), and "fill"
// writes the suggested TEMPLATE and stops into the text when they are needed.

#include <filesystem>
#include <string>
#include <string_view>

#include "core/templates/template_plan.h"
#include "core/util/result.h"

namespace md::templates {

struct TemplatePlanFiles {
  TemplatePlanInput input;
  std::filesystem::path model;     // the model GGUF read
  std::filesystem::path projector; // empty without one
};

// Parses `modelfileText` and reads the GGUFs its FROM lines name (relative to
// `modelfileDir`). Fails on a Modelfile that does not parse, a FROM that
// names an Ollama model (its template is the server's), or no model GGUF.
Result<TemplatePlanFiles> readTemplatePlanInput(std::string_view modelfileText,
                                                const std::filesystem::path& modelfileDir, const Version& serverVersion,
                                                bool goTemplateEnv = false);

struct FilledModelfile {
  std::string text;     // the Modelfile, with the suggestion written when `written`
  bool written = false; // false: not needed, and not forced
};

// Writes plan.suggested (TEMPLATE and stop lines, replacing the Modelfile's)
// when plan.needsTemplate or `force`. Fails when it should write and there is
// no suggestion (ModelDesk does not know the format).
Result<FilledModelfile> fillTemplate(std::string_view modelfileText, const TemplatePlan& plan, bool force);

// Why a fill writes nothing (plan.needsTemplate is false), in English.
std::string notNeededReason(const TemplatePlan& plan, const Version& serverVersion);

} // namespace md::templates
