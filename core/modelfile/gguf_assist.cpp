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

Result<TemplatePreset> suggestTemplate(std::string_view chatTemplate, std::string_view eosToken) {
  if (chatTemplate.empty())
    return makeError(ErrorCode::NotFound, "the GGUF has no tokenizer.chat_template");
  const auto family = detectTemplateFamily(chatTemplate);
  if (!family)
    return makeError(ErrorCode::Unsupported,
                     "the GGUF's chat template is not one ModelDesk recognises; the Modelfile is unchanged");
  TemplatePreset preset = templatePreset(*family);
  const std::string eos(eosToken);
  if (!eos.empty() && std::find(preset.stops.begin(), preset.stops.end(), eos) == preset.stops.end())
    preset.stops.push_back(eos);
  return preset;
}

Result<FilledTemplate> fillTemplateFromGguf(std::string_view modelfileText, const fs::path& modelfileDir) {
  const ParseOutcome outcome = parse(modelfileText);
  if (outcome.error)
    return makeError(ErrorCode::Malformed, "fix the Modelfile first: " + outcome.error->message,
                     Location{{}, {}, outcome.error->span.line, {}});
  for (const auto& command : outcome.modelfile.commands) {
    if (command.instruction != Instruction::From)
      continue;
    auto target = resolveFrom(command.value, modelfileDir);
    if (!target || target->kind == FromKind::ModelName)
      continue;
    for (const auto& file : target->files) {
      auto summary = summaryOf(file);
      if (!summary)
        return summary.error();
      if (summary->role == gguf::Role::Projector)
        continue;
      auto preset = suggestTemplate(summary->chatTemplate, summary->eosToken);
      if (!preset)
        return makeError(preset.error().code, preset.error().message, {file, {}, {}, {}});
      auto text = applyTemplatePreset(modelfileText, *preset);
      if (!text)
        return text.error();
      return FilledTemplate{std::move(*text), std::move(*preset), file};
    }
  }
  return makeError(ErrorCode::NotFound, "no FROM line names a GGUF file to read the chat template from");
}

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
                         const fs::path& modelfileDir) {
  std::string block;
  for (const auto& file : files) {
    if (file.projector)
      block += "# Vision projector (mmproj) for the model above: Ollama adds it as the projector layer\n";
    if (file.adapter)
      block += "# LoRA adapter applied on top of the model\n";
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
