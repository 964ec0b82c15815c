// The import flow's jobs (import_work.h), on the job pool.
#include "ui/import/import_work.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <system_error>

#include "core/util/paths.h"
#include "ui/shell/drop_router.h"

namespace md {
namespace ui {

namespace fs = std::filesystem;

std::vector<fs::path> importInputs(const QStringList& paths) {
  std::vector<fs::path> inputs;
  for (const QString& path : paths) {
    const QFileInfo info(path);
    if (!info.isDir()) {
      inputs.push_back(pathFromUtf8(path.toStdString()));
      continue;
    }
    const QStringList names = QDir(path).entryList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& name : names)
      if (looksLikeGgufName(name))
        inputs.push_back(pathFromUtf8(QDir(path).filePath(name).toStdString()));
  }
  return inputs;
}

ImportSetup planImportJob(const std::string& host, const QStringList& paths, const md::Version& fallback,
                          md::ProgressReporter& progress) {
  ImportSetup setup;
  setup.inputs = importInputs(paths);
  md::Version version = fallback;
  auto asked = md::ollama::Client(host).serverVersion(progress.cancelToken());
  if (asked)
    version = *asked;
  else
    setup.serverError = asked.error();
  setup.plan = std::make_shared<const md::ollama::ImportPlan>(md::ollama::planImport(setup.inputs, {version, false}));
  return setup;
}

PreflightCheck preflightImportJob(const std::string& host, std::shared_ptr<const md::ollama::ImportPlan> plan,
                                  const md::ollama::ImportOptions& options,
                                  std::optional<md::ollama::ImportStore> store, md::ProgressReporter& progress) {
  PreflightCheck check;
  check.host = QString::fromStdString(host);
  check.name = QString::fromStdString(options.name);
  const md::ollama::Client client(host);
  if (!store) {
    auto found = md::ollama::findImportStore(client, options, progress);
    if (!found) {
      check.preflight = found.error();
      return check;
    }
    store = check.store = std::move(*found);
  }
  check.preflight = md::ollama::preflightImport(client, *plan, options, *store, progress);
  if (check.preflight && check.preflight->store) {
    std::error_code ec;
    const auto space = fs::space(*check.preflight->store / "blobs", ec);
    if (!ec)
      check.freeBytes = space.available;
  }
  return check;
}

} // namespace ui
} // namespace md
