#include "ui/modelfile/template_planner.h"

#include <system_error>

#include "core/modelfile/from_resolver.h"
#include "core/modelfile/parser.h"
#include "core/templates/template_plan_files.h"
#include "core/util/paths.h"
#include "ui/shell/job.h"

namespace md {
namespace ui {

namespace fs = std::filesystem;
namespace tp = md::templates;

namespace {

constexpr std::size_t kMaxCachedInputs = 32;

// "path|size|mtime" for one file; empty when it cannot be read (the read reports why).
std::string fileKey(const fs::path& path) {
  std::error_code error;
  const auto size = fs::file_size(path, error);
  if (error)
    return {};
  const auto modified = fs::last_write_time(path, error);
  if (error)
    return {};
  return md::pathToUtf8(path) + "|" + std::to_string(size) + "|" + std::to_string(modified.time_since_epoch().count()) +
         "\n";
}

// The last TEMPLATE's text (empty: none, or an empty one, which is no template).
std::string lastTemplate(const md::modelfile::Modelfile& modelfile) {
  std::string last;
  for (const auto& command : modelfile.commands)
    if (command.instruction == md::modelfile::Instruction::Template)
      last = command.value;
  return last;
}

} // namespace

std::optional<tp::TemplatePlanInput> PlanInputCache::find(const std::string& key) {
  std::lock_guard lock(mutex_);
  const auto it = entries_.find(key);
  return it == entries_.end() ? std::nullopt : std::optional<tp::TemplatePlanInput>(it->second);
}

void PlanInputCache::store(const std::string& key, const tp::TemplatePlanInput& input) {
  std::lock_guard lock(mutex_);
  if (entries_.size() >= kMaxCachedInputs)
    entries_.clear();
  entries_[key] = input;
}

PlanOutcome computeTemplatePlan(const std::string& text, const fs::path& dir, const md::Version& version,
                                PlanInputCache* cache) {
  PlanOutcome out;
  out.version = version;
  auto parsed = md::modelfile::parse(text);
  if (!parsed.ok()) {
    out.problem =
        parsed.error->message == md::modelfile::kNoFromMessage ? PlanProblem::NoGguf : PlanProblem::DoesNotParse;
    return out;
  }
  out.modelfileTemplate = lastTemplate(parsed.modelfile);
  out.modelfileHasTemplate = !out.modelfileTemplate.empty();
  std::string key;
  for (const auto& command : parsed.modelfile.commands) {
    if (command.instruction != md::modelfile::Instruction::From)
      continue;
    if (dir.empty() && md::modelfile::looksLikePath(command.value) &&
        md::modelfile::expandModelfilePath(command.value, {}).is_relative()) {
      out.problem = PlanProblem::UnsavedRelative;
      return out;
    }
    auto target = md::modelfile::resolveFrom(command.value, dir);
    if (!target) {
      out.problem = PlanProblem::ReadFailed;
      out.error = target.error();
      return out;
    }
    if (target->kind == md::modelfile::FromKind::ModelName) {
      out.problem = PlanProblem::NamesOllamaModel;
      out.detail = QString::fromStdString(target->modelName);
      return out;
    }
    for (const auto& file : target->files)
      key += fileKey(file);
  }
  if (key.empty()) {
    out.problem = PlanProblem::NoGguf;
    return out;
  }
  std::optional<tp::TemplatePlanInput> input = cache ? cache->find(key) : std::nullopt;
  if (!input) {
    auto files = tp::readTemplatePlanInput(text, dir, version);
    if (!files) {
      out.problem = files.error().code == md::ErrorCode::NotFound ? PlanProblem::NoGguf : PlanProblem::ReadFailed;
      out.error = files.error();
      return out;
    }
    input = std::move(files->input);
    input->modelfile = {}; // the cache keeps only what the GGUFs said
    if (cache)
      cache->store(key, *input);
  }
  input->modelfile = std::move(parsed.modelfile);
  input->serverVersion = version;
  out.plan = tp::planTemplate(*input);
  return out;
}

TemplatePlanner::TemplatePlanner(QObject* parent) : QObject(parent) {
  timer_.setSingleShot(true);
  timer_.setInterval(400);
  connect(&timer_, &QTimer::timeout, this, &TemplatePlanner::planNow);
}

void TemplatePlanner::watch(QTextDocument* document) {
  document_ = document;
  connect(document, &QTextDocument::contentsChanged, this, &TemplatePlanner::schedule);
}

void TemplatePlanner::schedule() {
  ++generation_; // a run already under way is now stale
  timer_.start();
}

void TemplatePlanner::setModelfileDir(const QString& dir) {
  if (dir == dir_)
    return;
  dir_ = dir;
  schedule();
}

void TemplatePlanner::setVersion(const md::Version& version) {
  if (version == version_)
    return;
  version_ = version;
  planNow(); // a choice, not typing: no need to wait
}

void TemplatePlanner::planNow() {
  timer_.stop();
  if (!document_)
    return;
  const quint64 generation = ++generation_;
  auto work = [text = document_->toPlainText().toStdString(), dir = md::pathFromUtf8(dir_.toStdString()),
               version = version_, cache = cache_](md::ProgressReporter&) {
    return md::Result<PlanOutcome>(computeTemplatePlan(text, dir, version, cache.get()));
  };
  ++running_;
  runJob(this, work, [this, generation](md::Result<PlanOutcome> result) {
    --running_;
    if (generation != generation_ || !result)
      return;
    outcome_ = std::move(*result);
    Q_EMIT planReady();
  });
}

} // namespace ui
} // namespace md
