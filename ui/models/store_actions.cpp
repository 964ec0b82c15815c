#include "ui/models/store_actions.h"

#include <QCoreApplication>
#include <QLocale>

#include <system_error>

#include "core/ollama/model_removal.h"
#include "core/util/paths.h"
#include "ui/models/ollama_hosts.h"
#include "ui/shell/core_text.h"
#include "ui/shell/job.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {
namespace {

QString pathText(const std::filesystem::path& path) {
  return QString::fromStdString(pathToUtf8(path));
}

bool isProjector(const stores::StoreEntry& entry) {
  if (entry.header)
    return entry.header->role == gguf::Role::Projector;
  return QString::fromStdString(pathToUtf8(entry.path.filename()))
      .contains(QStringLiteral("mmproj"), Qt::CaseInsensitive);
}

struct RemovalSummary {
  std::vector<std::string> removed;
  std::uint64_t bytesFreed = 0;
  bool anyThroughApi = false;
  std::vector<std::pair<std::filesystem::path, std::string>> blobsKept;
};

} // namespace

QString modelfileFrom(const stores::StoreEntry& entry) {
  if (entry.source == stores::SourceKind::Ollama && !entry.orphan && !entry.partial)
    return QString::fromStdString(entry.model);
  return pathText(entry.path);
}

QString adjacentProjector(const std::vector<stores::StoreEntry>& entries, const stores::StoreEntry& model) {
  if (isProjector(model) || model.source == stores::SourceKind::Ollama)
    return {}; // an Ollama model already carries its projector layer
  for (const auto& entry : entries) {
    if (&entry == &model || !entry.gguf || entry.partial || !isProjector(entry))
      continue;
    if (entry.path.parent_path() == model.path.parent_path())
      return pathText(entry.path);
  }
  return {};
}

bool canDeleteFile(const stores::StoreEntry& entry) {
  return entry.source != stores::SourceKind::Ollama || entry.orphan || entry.partial || entry.leftover;
}

std::pair<std::size_t, std::uint64_t> leftoverTotals(const std::vector<stores::StoreEntry>& entries) {
  std::pair<std::size_t, std::uint64_t> totals{0, 0};
  for (const auto& entry : entries)
    if (entry.leftover) {
      ++totals.first;
      totals.second += entry.size;
    }
  return totals;
}

std::function<QString()> deleteEntryFiles(const std::vector<stores::StoreEntry>& entries,
                                          const stores::StoreEntry& entry) {
  const auto couldNotDelete = [](const std::filesystem::path& path, const std::string& why) {
    return [file = pathText(path), reason = QString::fromStdString(why)] {
      return QCoreApplication::translate("md::ui::StoreBrowser", "Could not delete %1: %2").arg(file, reason);
    };
  };
  std::error_code error;
  const bool symlink = std::filesystem::is_symlink(entry.path, error);
  if (!std::filesystem::remove(entry.path, error) || error)
    return couldNotDelete(entry.path, error ? error.message() : std::string("not found"));
  if (!symlink)
    return {};
  for (const auto& other : entries)
    if (&other != &entry && other.physicalId == entry.physicalId)
      return {}; // another snapshot still points at the blob
  std::filesystem::remove(entry.realPath, error);
  return error ? couldNotDelete(entry.realPath, error.message()) : std::function<QString()>();
}

JobHandle* removeOllamaModels(QObject* owner, const QStringList& models, const QString& modelsDir,
                              std::function<void(bool ok, std::function<QString()> message)> done) {
  std::vector<std::string> names;
  for (const QString& model : models)
    names.push_back(model.toStdString());
  const std::string url = OllamaHosts::localUrl().toStdString();
  const std::filesystem::path store = pathFromUtf8(modelsDir.toStdString());
  auto work = [names, url, store](ProgressReporter& progress) -> Result<RemovalSummary> {
    const ollama::Client client(url, {.connectTimeout = std::chrono::milliseconds(1500)});
    RemovalSummary summary;
    for (const auto& name : names) {
      auto removed = ollama::removeOllamaModel(client, store, name, progress);
      if (!removed)
        return removed.error();
      summary.removed.push_back(name);
      summary.bytesFreed += removed->bytesFreed;
      summary.blobsKept.insert(summary.blobsKept.end(), removed->blobsKept.begin(), removed->blobsKept.end());
      summary.anyThroughApi = summary.anyThroughApi || removed->via == ollama::OllamaRemoval::Via::Api;
    }
    return summary;
  };
  return runJob(owner, work, [done = std::move(done)](Result<RemovalSummary> result) {
    if (!result) {
      done(false, [error = result.error()] { return describeError(error); });
      return;
    }
    QStringList removed;
    for (const auto& name : result->removed)
      removed << QString::fromStdString(name);
    const QString removedNames = listText(removed);
    const std::uint64_t freed = result->bytesFreed;
    if (result->anyThroughApi)
      done(true, [removedNames] {
        return QCoreApplication::translate("md::ui::StoreBrowser", "Removed through Ollama: %1.").arg(removedNames);
      });
    else if (result->blobsKept.empty())
      done(true, [removedNames, freed] {
        return QCoreApplication::translate("md::ui::StoreBrowser",
                                           "Ollama is not running, so %1 was removed from the store on disk "
                                           "(%2 freed).")
            .arg(removedNames, sizeText(freed));
      });
    else {
      QStringList kept;
      for (const auto& [path, why] : result->blobsKept)
        kept << QStringLiteral("%1 (%2)").arg(pathText(path), QString::fromStdString(why));
      done(false, [removedNames, freed, kept] {
        return QCoreApplication::translate("md::ui::StoreBrowser",
                                           "Ollama is not running, so %1 was removed from the store on disk "
                                           "(%2 freed), but %n file(s) could not be deleted: %3",
                                           nullptr, int(kept.size()))
            .arg(removedNames, sizeText(freed), kept.join(QStringLiteral("; ")));
      });
    }
  });
}

} // namespace ui
} // namespace md
