#include "ui/models/store_watcher.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSet>
#include <QTimer>

#include "core/util/paths.h"

namespace md {
namespace ui {
namespace {

constexpr int kMaxWatchedFolders = 2000;
constexpr int kSettleMs = 600;

QString pathText(const std::filesystem::path& path) {
  return QString::fromStdString(pathToUtf8(path));
}

} // namespace

StoreWatcher::StoreWatcher(QObject* parent) : QObject(parent) {
  watcher_ = new QFileSystemWatcher(this);
  settle_ = new QTimer(this);
  settle_->setSingleShot(true);
  settle_->setInterval(kSettleMs);
  connect(watcher_, &QFileSystemWatcher::directoryChanged, settle_, qOverload<>(&QTimer::start));
  connect(settle_, &QTimer::timeout, this, &StoreWatcher::changed);
}

void StoreWatcher::follow(const stores::ScanRequest& request, const std::vector<stores::StoreEntry>& entries) {
  QSet<QString> wanted;
  auto want = [&wanted](const std::filesystem::path& folder) {
    const QString text = pathText(folder);
    if (wanted.size() < kMaxWatchedFolders && !wanted.contains(text) && QFileInfo(text).isDir())
      wanted.insert(text);
  };
  for (const auto& root : {request.ollama, request.huggingFace, request.modelScope})
    if (root)
      want(*root);
  if (request.ollama)
    want(*request.ollama / "blobs");
  for (const auto& folder : request.folders)
    want(folder);
  for (const auto& entry : entries)
    want(entry.path.parent_path());

  const QStringList current = watcher_->directories();
  QStringList stale;
  for (const QString& folder : current)
    if (!wanted.remove(folder))
      stale << folder;
  if (!stale.isEmpty())
    watcher_->removePaths(stale);
  if (!wanted.isEmpty())
    watcher_->addPaths(QStringList(wanted.begin(), wanted.end()));
}

QStringList StoreWatcher::folders() const {
  return watcher_->directories();
}

} // namespace ui
} // namespace md
