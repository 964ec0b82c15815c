#pragma once
// The template plan for the Modelfile being edited, kept current as the user
// types: a short debounce after the last edit, then core's planTemplate on
// the job pool. The GGUF header is read there too, once per file: the input
// read from it is cached by path, size and modification time, so typing does
// not read the GGUF again. Results of stale runs are dropped.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTextDocument>
#include <QTimer>

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "core/templates/template_plan.h"
#include "core/util/result.h"

namespace md {
namespace ui {

// What a plan could not be made for (the pane says it in words).
enum class PlanProblem {
  None,
  DoesNotParse,     // the diagnostics list says why
  NamesOllamaModel, // detail: the model name (its template is the server's)
  UnsavedRelative,  // an untitled buffer with a relative FROM path
  NoGguf,           // no FROM names a GGUF model file
  ReadFailed,       // error: a FROM path or a GGUF header
};

struct PlanOutcome {
  PlanProblem problem = PlanProblem::None;
  QString detail;
  md::Error error;
  md::Version version;
  md::templates::TemplatePlan plan; // valid when problem == None
  bool modelfileHasTemplate = false;
  std::string modelfileTemplate; // the TEMPLATE that counts (the last one)
  std::filesystem::path model;   // the model GGUF read
};

// The GGUF side of a plan's input, shared by the jobs (any thread).
class PlanInputCache {
public:
  std::optional<md::templates::TemplatePlanInput> find(const std::string& key);
  void store(const std::string& key, const md::templates::TemplatePlanInput& input);

private:
  std::mutex mutex_;
  std::map<std::string, md::templates::TemplatePlanInput> entries_;
};

// Runs on the job pool: parses `text`, reads (or finds in `cache`) the GGUFs
// its FROM lines name relative to `dir` (empty: an untitled buffer) and plans
// for `version`. Never fails: problems are in the outcome.
PlanOutcome computeTemplatePlan(const std::string& text, const std::filesystem::path& dir, const md::Version& version,
                                PlanInputCache* cache);

class TemplatePlanner : public QObject {
  Q_OBJECT
public:
  explicit TemplatePlanner(QObject* parent = nullptr);

  void setDebounceMilliseconds(int ms) { timer_.setInterval(ms); }
  void setModelfileDir(const QString& dir);
  void setVersion(const md::Version& version);
  md::Version version() const { return version_; }

  // Plans `document` a short while after each edit.
  void watch(QTextDocument* document);
  void planNow();

  const std::optional<PlanOutcome>& outcome() const { return outcome_; }
  bool isBusy() const { return timer_.isActive() || running_ > 0; }
  std::shared_ptr<PlanInputCache> cache() const { return cache_; }
  QString modelfileDir() const { return dir_; }

Q_SIGNALS:
  void planReady();

private:
  void schedule();

  QTimer timer_;
  QPointer<QTextDocument> document_;
  QString dir_;
  md::Version version_{0, 33, 0};
  quint64 generation_ = 0;
  int running_ = 0;
  std::optional<PlanOutcome> outcome_;
  std::shared_ptr<PlanInputCache> cache_ = std::make_shared<PlanInputCache>();
};

} // namespace ui
} // namespace md
