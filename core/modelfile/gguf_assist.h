#pragma once
// Where the Modelfile editor meets GGUF files: "Fill from GGUF" (TEMPLATE and
// stop lines from the FROM file's tokenizer.chat_template and special tokens)
// and FROM lines for dropped GGUFs, a projector getting its own commented line.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/modelfile/template_presets.h"
#include "core/util/result.h"

namespace md::modelfile {

// The preset for a chat template, with the EOS token added to its stops when
// it is not there yet. Unsupported error when the family is unknown.
Result<TemplatePreset> suggestTemplate(std::string_view chatTemplate, std::string_view eosToken);

struct FilledTemplate {
  std::string text;             // the Modelfile with TEMPLATE and stop lines replaced
  TemplatePreset preset;        // what was used
  std::filesystem::path source; // the GGUF that was read
};

// Reads the first FROM GGUF that is a model (not a projector), relative to
// `modelfileDir`. Fails, and the caller keeps the text, when there is no
// such file, it has no chat template, or the template is unknown.
Result<FilledTemplate> fillTemplateFromGguf(std::string_view modelfileText, const std::filesystem::path& modelfileDir);

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
std::string addFromLines(std::string_view modelfileText, const std::vector<DroppedGguf>& files,
                         const std::filesystem::path& modelfileDir);

} // namespace md::modelfile
