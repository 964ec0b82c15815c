#include "core/modelfile/gguf_assist.h"

#include <algorithm>

#include "core/gguf/reader.h"
#include "core/gguf/summary.h"
#include "core/modelfile/from_resolver.h"
#include "core/modelfile/parser.h"
#include "core/util/paths.h"

namespace md::modelfile {

namespace fs = std::filesystem;

namespace {

Result<gguf::Summary> summaryOf(const fs::path& path) {
  auto file = gguf::readGguf(path);
  if (!file)
    return file.error();
  return gguf::summarize(*file);
}

std::string fromValue(const fs::path& path, const fs::path& modelfileDir) {
  if (!modelfileDir.empty()) {
    const fs::path relative = path.lexically_normal().lexically_relative(modelfileDir.lexically_normal());
    if (!relative.empty() && *relative.begin() != "..")
      return "./" + pathToUtf8(relative.generic_u8string());
  }
  return pathToUtf8(path);
}

} // namespace

Result<std::vector<DroppedGguf>> classifyGgufs(const std::vector<fs::path>& paths) {
  std::vector<DroppedGguf> out;
  for (const auto& path : paths) {
    auto summary = summaryOf(path);
    if (!summary)
      return summary.error();
    out.push_back({path, summary->role == gguf::Role::Projector, summary->role == gguf::Role::Adapter});
  }
  return out;
}

std::string addFromLines(std::string_view modelfileText, const std::vector<DroppedGguf>& files,
                         const fs::path& modelfileDir, const FromLineComments& comments) {
  std::string block;
  for (const auto& file : files) {
    if (file.projector)
      block += "# " + comments.projector + "\n";
    if (file.adapter)
      block += "# " + comments.adapter + "\n";
    block += (file.adapter ? "ADAPTER " : "FROM ") + fromValue(file.path, modelfileDir) + "\n";
  }
  // After the line that ends the last FROM command, which may be cut short by a syntax error.
  const ParseOutcome outcome = parse(modelfileText);
  std::size_t insertAt = 0;
  for (const auto& command : outcome.modelfile.commands)
    if (command.instruction == Instruction::From) {
      const std::size_t end = modelfileText.find('\n', command.valueSpan.end);
      insertAt = end == std::string_view::npos ? modelfileText.size() : end + 1;
    }
  std::string text(modelfileText);
  if (insertAt == text.size() && !text.empty() && text.back() != '\n')
    block.insert(0, "\n");
  text.insert(insertAt, block);
  return text;
}

} // namespace md::modelfile
