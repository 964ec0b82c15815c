#include "core/ollama/import_plan.h"

#include <algorithm>
#include <system_error>

#include "core/merge/merge_engine.h"
#include "core/modelfile/parser.h"
#include "core/ollama/checksum_sidecar.h"
#include "core/ollama/create_request.h"
#include "core/ollama/model_name.h"
#include "core/ollama/version.h"
#include "core/stores/blobs_in_use.h"
#include "core/templates/template_plan_files.h"
#include "core/util/paths.h"

namespace md::ollama {
namespace {

namespace fs = std::filesystem;
using merge::FileRole;
using merge::MergeMode;

// The file itself, not a symlink to it (a Hugging Face snapshot entry points
// into blobs/); a hard link of a symlink would link the symlink.
fs::path resolved(const fs::path& path) {
  std::error_code ec;
  auto real = fs::canonical(path, ec);
  return ec ? path : real;
}

// A Hugging Face cache blob is named by the SHA-256 of its content (LFS files).
std::string cacheDigest(const fs::path& real) {
  if (pathToUtf8(real.parent_path().filename()) != "blobs")
    return {};
  const std::string hex = stores::digestHex("sha256:" + pathToUtf8(real.filename()));
  return hex.empty() ? std::string() : "sha256:" + hex;
}

ImportBlob singleFileBlob(const merge::PlannedFile& file, BlobRole role, std::string name) {
  ImportBlob blob;
  blob.role = role;
  blob.name = std::move(name);
  blob.source = resolved(file.path);
  blob.size = file.size;
  blob.segments.push_back(io::Segment::fileRange(blob.source, 0, file.size));
  if (const auto sidecar = readChecksumSidecar(file.path); !sidecar.digest.empty()) {
    blob.knownDigest = sidecar.digest;
    blob.hint = DigestHint::Sidecar;
  } else if (auto digest = cacheDigest(blob.source); !digest.empty()) {
    blob.knownDigest = std::move(digest);
    blob.hint = DigestHint::HuggingFaceCache;
  }
  return blob;
}

BlobRole roleOf(FileRole role) {
  return role == FileRole::Projector ? BlobRole::Projector
         : role == FileRole::Adapter ? BlobRole::Adapter
                                     : BlobRole::Model;
}

// The model's blobs: a joined or merged blob, one per shard, or the file.
void planModelBlobs(ImportPlan& plan, const ImportPlanOptions& options) {
  const auto& model = plan.model;
  if (model.mode == MergeMode::MergeShards && options.server >= kSplitShardImport) {
    for (const auto& file : model.files)
      plan.blobs.push_back(singleFileBlob(file, BlobRole::Model, pathToUtf8(file.path.filename())));
    return;
  }
  if (model.mode == MergeMode::JoinParts || model.mode == MergeMode::MergeShards) {
    auto layout = merge::layoutMerge(model, false);
    if (!layout) {
      plan.problems.push_back(layout.error().text);
      return;
    }
    ImportBlob blob;
    blob.name = model.suggestedName.empty() ? "model.gguf" : model.suggestedName;
    blob.segments = std::move(layout->segments);
    blob.size = layout->size;
    plan.blobs.push_back(std::move(blob));
    return;
  }
  for (const auto& file : model.files)
    if (file.role == FileRole::Model)
      plan.blobs.push_back(singleFileBlob(file, BlobRole::Model, pathToUtf8(file.path.filename())));
}

// The header that carries the model's metadata: the single file, part 1 or shard 1.
const gguf::GgufFile* modelHeader(const merge::MergePlan& model) {
  for (const auto& file : model.files)
    if (file.header && (file.role == FileRole::Model || file.order == 1))
      return &*file.header;
  return nullptr;
}

void planTemplateAndName(ImportPlan& plan, const ImportPlanOptions& options) {
  std::string text;
  for (const auto& blob : plan.blobs)
    text += std::string(blob.role == BlobRole::Adapter ? "ADAPTER ./" : "FROM ./") + blob.name + "\n";
  templates::TemplatePlanInput input;
  input.serverVersion = options.server;
  input.goTemplateEnv = options.goTemplateEnv;
  input.hasProjector = plan.hasProjector();
  const gguf::GgufFile* header = modelHeader(plan.model);
  std::string generalName;
  if (header != nullptr) {
    const auto summary = gguf::summarize(*header);
    if (const auto* value = header->find("tokenizer.chat_template"); value && value->asString())
      input.chatTemplate = *value->asString();
    input.isEmbedding =
        !summary.architecture.empty() && header->find(summary.architecture + ".pooling_type") != nullptr;
    generalName = summary.name;
  }
  if (auto parsed = modelfile::parseModelfile(text))
    input.modelfile = std::move(*parsed);
  plan.templatePlan = templates::planTemplate(input);
  if (plan.templatePlan.needsTemplate && plan.templatePlan.suggested) {
    plan.templateText = plan.templatePlan.suggested->templateText;
    plan.stop = plan.templatePlan.suggested->stops;
    if (auto filled = templates::fillTemplate(text, plan.templatePlan, false))
      text = filled->text;
  }
  plan.modelfile = std::move(text);
  const fs::path first = plan.model.files.empty() ? fs::path() : plan.model.files.front().path;
  plan.suggestedName = suggestModelName(!generalName.empty() ? generalName : pathToUtf8(first.filename()));
}

} // namespace

const char* blobRoleName(BlobRole role) {
  switch (role) {
  case BlobRole::Model: return "model";
  case BlobRole::Projector: return "projector";
  case BlobRole::Adapter: return "adapter";
  }
  return "model";
}

std::uint64_t ImportPlan::totalSize() const {
  std::uint64_t total = 0;
  for (const auto& blob : blobs)
    total += blob.size;
  return total;
}

bool ImportPlan::hasProjector() const {
  return std::any_of(blobs.begin(), blobs.end(), [](const ImportBlob& b) { return b.role == BlobRole::Projector; });
}

ImportPlan planImport(const std::vector<fs::path>& inputs, const ImportPlanOptions& options) {
  ImportPlan plan;
  plan.inputs = inputs;
  plan.server = options.server;
  // A complete projector or adapter is a blob of its own; the rest is the model.
  std::vector<fs::path> modelFiles;
  std::vector<merge::PlannedFile> extras;
  for (const auto& input : inputs) {
    auto alone = merge::classify({input});
    const bool extra = alone.files.size() == 1 && !alone.files[0].problem &&
                       (alone.files[0].role == FileRole::Projector || alone.files[0].role == FileRole::Adapter);
    if (extra)
      extras.push_back(alone.files[0]);
    else
      modelFiles.push_back(input);
  }
  std::stable_sort(extras.begin(), extras.end(),
                   [](const auto& a, const auto& b) { return a.role == FileRole::Projector && b.role != a.role; });
  for (std::size_t i = 1; i < extras.size(); ++i)
    if (extras[i].role == extras[i - 1].role)
      plan.problems.push_back(
          Message(extras[i].role == FileRole::Projector ? MessageId::BothProjectors : MessageId::BothAdapters,
                  {pathToUtf8(extras[i - 1].path.filename()), pathToUtf8(extras[i].path.filename())}));
  if (modelFiles.empty()) {
    plan.problems.push_back(Message(MessageId::NoModelAmongFiles));
    return plan;
  }
  plan.model = merge::classify(modelFiles);
  for (const auto& problem : plan.model.problems)
    plan.problems.push_back(problem);
  if (plan.model.mode == MergeMode::ModelAndProjector) // two models, or a model among a projector's problems
    plan.problems.push_back(Message(MessageId::NoModelAmongFiles));
  if (!plan.problems.empty())
    return plan;
  planModelBlobs(plan, options);
  for (const auto& extra : extras)
    plan.blobs.push_back(singleFileBlob(extra, roleOf(extra.role), pathToUtf8(extra.path.filename())));
  for (std::size_t i = 0; i < plan.blobs.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (plan.blobs[i].name == plan.blobs[j].name)
        plan.blobs[i].name = std::to_string(i) + "-" + plan.blobs[i].name;
  if (!plan.problems.empty())
    return plan;
  planTemplateAndName(plan, options);
  return plan;
}

std::string modelfileWithPaths(const ImportPlan& plan, const std::vector<fs::path>& paths) {
  std::string text = plan.modelfile;
  for (std::size_t i = 0; i < plan.blobs.size() && i < paths.size(); ++i) {
    const auto& blob = plan.blobs[i];
    const std::string keyword = blob.role == BlobRole::Adapter ? "ADAPTER ./" : "FROM ./";
    const auto at = text.find(keyword + blob.name + "\n");
    if (at == std::string::npos)
      continue;
    std::string line = (blob.role == BlobRole::Adapter ? "ADAPTER " : "FROM ") + pathToUtf8(paths[i]) + "\n";
    if (blob.joined() && paths[i].empty()) {
      line = "# " + blob.name + " is joined from:";
      for (const auto& segment : blob.segments)
        if (segment.kind == io::Segment::Kind::FileRange)
          line += " " + pathToUtf8(segment.path.filename());
      line += "\n" + keyword + blob.name + "\n";
    }
    text.replace(at, keyword.size() + blob.name.size() + 1, line);
  }
  return text;
}

} // namespace md::ollama
