#pragma once
// Shared by cmd_modelfile.cpp (parse, check) and cmd_modelfile_template.cpp
// (preview, fill).

#include <string>

#include "app/cli/command.h"

namespace md::cli {

// modelfile preview FILE [--server-version X.Y.Z] [--json]
// modelfile fill FILE [--server-version X.Y.Z] [--write] [--force]
// `action` is "preview" or "fill"; the rest of the arguments are in context.args.
int modelfileTemplateCommand(CommandContext& context, const std::string& action);

} // namespace md::cli
