#include "ui/models/ollama_store_removal.h"

#include <QCoreApplication>
#include <QLocale>

#include "core/ollama/model_removal.h"
#include "core/util/paths.h"
#include "ui/models/ollama_hosts.h"
#include "ui/shell/core_text.h"
#include "ui/shell/job.h"

namespace md {
namespace ui {

namespace {

struct RemovalSummary {
  std::vector<std::string> removed;
  std::uint64_t bytesFreed = 0;
  bool anyThroughApi = false;
};

} // namespace

JobHandle* removeOllamaModels(QObject* owner, const QStringList& models, const QString& modelsDir,
                              std::function<void(bool ok, const QString& message)> done) {
  std::vector<std::string> names;
  for (const QString& model : models)
    names.push_back(model.toStdString());
  const std::string url = OllamaHosts::localUrl().toStdString();
  const std::filesystem::path store = pathFromUtf8(modelsDir.toStdString());
  std::function<Result<RemovalSummary>(ProgressReporter&)> work =
      [names, url, store](ProgressReporter& progress) -> Result<RemovalSummary> {
    const ollama::Client client(url, {.connectTimeout = std::chrono::milliseconds(1500)});
    RemovalSummary summary;
    for (const auto& name : names) {
      auto removed = ollama::removeOllamaModel(client, store, name, progress.cancelToken());
      if (!removed)
        return removed.error();
      summary.removed.push_back(name);
      summary.bytesFreed += removed->bytesFreed;
      summary.anyThroughApi = summary.anyThroughApi || removed->via == ollama::OllamaRemoval::Via::Api;
    }
    return summary;
  };
  return runJob<RemovalSummary>(owner, work, [done = std::move(done)](Result<RemovalSummary> result) {
    if (!result) {
      done(false, describeError(result.error()));
      return;
    }
    QStringList removed;
    for (const auto& name : result->removed)
      removed << QString::fromStdString(name);
    if (result->anyThroughApi)
      done(true, QCoreApplication::translate("md::ui::StoreBrowser", "Removed through Ollama: %1.")
                     .arg(removed.join(QStringLiteral(", "))));
    else
      done(true, QCoreApplication::translate("md::ui::StoreBrowser",
                                             "Ollama is not running, so %1 was removed from the store on disk "
                                             "(%2 freed).")
                     .arg(removed.join(QStringLiteral(", ")), QLocale().formattedDataSize(qint64(result->bytesFreed))));
  });
}

} // namespace ui
} // namespace md
