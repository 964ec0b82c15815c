#pragma once
// Where the Modelfile editor meets dropped GGUF files: FROM lines for them, a
// projector getting its own commented line and an adapter an ADAPTER line.
// ("Fill from GGUF" is the template plan's: core/templates/template_plan_files.h.)

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/modelfile/template_presets.h"
#include "core/util/result.h"

namespace md::modelfile {

struct DroppedGguf {
  std::filesystem::path path;
  bool projector = false;
  bool adapter = false; // a LoRA adapter: an ADAPTER line, not a FROM line
};

// Reads each file's header to tell models from projectors.
Result<std::vector<DroppedGguf>> classifyGgufs(const std::vector<std::filesystem::path>& paths);

// Adds one FROM line per file after the last FROM (or at the top), with paths
// relative to `modelfileDir` when they are under it; a projector's line is
// preceded by a comment saying what it is; an adapter gets an ADAPTER line.
// The comments are English unless the caller gives them in another language.
struct FromLineComments {
  std::string projector = "Vision projector (mmproj) for the model above: Ollama adds it as the projector layer";
  std::string adapter = "LoRA adapter applied on top of the model";
};
std::string addFromLines(std::string_view modelfileText, const std::vector<DroppedGguf>& files,
                         const std::filesystem::path& modelfileDir, const FromLineComments& comments = {});

} // namespace md::modelfile
