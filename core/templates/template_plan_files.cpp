#include "core/templates/template_plan_files.h"

#include "core/gguf/reader.h"
#include "core/gguf/summary.h"
#include "core/modelfile/from_resolver.h"
#include "core/modelfile/parser.h"
#include "core/modelfile/template_presets.h"

namespace md::templates {

namespace fs = std::filesystem;

namespace {

// An embedding model: Ollama's rule is a pooling type in the metadata.
bool isEmbeddingModel(const gguf::GgufFile& file, const std::string& architecture) {
  return !architecture.empty() && file.find(architecture + ".pooling_type") != nullptr;
}

} // namespace

Result<TemplatePlanFiles> readTemplatePlanInput(std::string_view modelfileText, const fs::path& modelfileDir,
                                                const Version& serverVersion, bool goTemplateEnv) {
  auto parsed = modelfile::parseModelfile(modelfileText);
  if (!parsed) {
    Error error = parsed.error(); // coded for the UI, which says "fix the Modelfile first" itself
    error.message = "fix the Modelfile first: " + error.message;
    return error;
  }
  TemplatePlanFiles files;
  files.input.serverVersion = serverVersion;
  files.input.goTemplateEnv = goTemplateEnv;
  for (const auto& command : parsed->commands) {
    if (command.instruction != modelfile::Instruction::From)
      continue;
    auto target = modelfile::resolveFrom(command.value, modelfileDir);
    if (!target)
      return target.error();
    if (target->kind == modelfile::FromKind::ModelName)
      return makeError(ErrorCode::Unsupported,
                       "FROM " + command.value +
                           " names an Ollama model: its template is the server's, so there is no GGUF to plan for",
                       Location{{}, {}, command.keywordSpan.line, {}});
    for (const auto& path : target->files) {
      auto file = gguf::readGguf(path);
      if (!file)
        return file.error();
      const gguf::Summary summary = gguf::summarize(*file);
      if (summary.role == gguf::Role::Projector) {
        files.input.hasProjector = true;
        if (files.projector.empty())
          files.projector = path;
      } else if (summary.role != gguf::Role::Adapter && files.model.empty()) {
        files.model = path;
        if (const auto* value = file->find("tokenizer.chat_template"); value && value->asString())
          files.input.chatTemplate = *value->asString();
        files.input.isEmbedding = isEmbeddingModel(*file, summary.architecture);
      }
    }
  }
  if (files.model.empty())
    return makeError(ErrorCode::NotFound, "no FROM line names a GGUF model file");
  files.input.modelfile = std::move(*parsed);
  return files;
}

Result<FilledModelfile> fillTemplate(std::string_view modelfileText, const TemplatePlan& plan, bool force) {
  if (!plan.needsTemplate && !force)
    return FilledModelfile{std::string(modelfileText), false};
  if (!plan.suggested)
    return makeError(ErrorCode::Unsupported, "ModelDesk does not recognise the model's chat format, so it has no "
                                             "TEMPLATE to write: write one by hand or pick a preset");
  auto text = modelfile::applyTemplateAndStops(modelfileText, plan.suggested->templateText, plan.suggested->stops);
  if (!text)
    return text.error();
  return FilledModelfile{std::move(*text), true};
}

std::string notNeededReason(const TemplatePlan& plan, const Version& serverVersion) {
  const std::string version = "Ollama " + serverVersion.toString();
  switch (plan.rendersWith) {
  case RendersWith::Modelfile: return "the Modelfile already decides how " + version + " renders chats";
  case RendersWith::Detected:
    return version + " renders chats with the " + (plan.detected ? plan.detected->family : std::string()) +
           " template it detects in the GGUF";
  case RendersWith::Gguf: return version + " renders chats with the GGUF's own chat template";
  case RendersWith::None: break;
  }
  return {};
}

} // namespace md::templates
