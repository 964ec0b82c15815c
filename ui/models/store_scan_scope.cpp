// The default scan of the Local stores tab and its description (see
// store_scan_scope.h).
#include "ui/models/store_scan_scope.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <filesystem>

#include "core/stores/store_locations.h"
#include "core/util/paths.h"

namespace md {
namespace ui {
namespace {

QString shown(const std::filesystem::path& path) {
  return QDir::toNativeSeparators(QString::fromStdString(pathToUtf8(path)));
}

bool sameFolder(const QString& a, const QString& b) {
  return QFileInfo(a).canonicalFilePath() == QFileInfo(b).canonicalFilePath();
}

} // namespace

QString downloadsFolder() {
  const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
  // Without a Downloads folder Qt may answer the home folder: too much to scan.
  if (folder.isEmpty() || !QFileInfo(folder).isDir() || sameFolder(folder, QDir::homePath()))
    return {};
  return folder;
}

stores::ScanRequest defaultScanRequest(const QStringList& addedFolders) {
  stores::ScanRequest request;
  const auto defaults = stores::defaultStoreLocations();
  if (std::filesystem::is_directory(defaults.ollama))
    request.ollama = defaults.ollama;
  if (std::filesystem::is_directory(defaults.huggingFace))
    request.huggingFace = defaults.huggingFace;
  if (std::filesystem::is_directory(defaults.modelScope))
    request.modelScope = defaults.modelScope;
  QStringList folders;
  if (const QString downloads = downloadsFolder(); !downloads.isEmpty())
    folders << downloads;
  for (const QString& folder : addedFolders)
    if (std::none_of(folders.begin(), folders.end(), [&](const QString& f) { return sameFolder(f, folder); }))
      folders << folder;
  for (const QString& folder : folders)
    request.folders.push_back(pathFromUtf8(folder.toStdString()));
  request.indexFolder = pathFromUtf8(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).toStdString());
  return request;
}

QString scannedFoldersText(const stores::ScanRequest& request) {
  QStringList parts;
  if (request.ollama)
    parts << QCoreApplication::translate("md::ui::StoreScanScope", "the Ollama store (%1)").arg(shown(*request.ollama));
  if (request.huggingFace)
    parts << QCoreApplication::translate("md::ui::StoreScanScope", "the Hugging Face cache (%1)")
                 .arg(shown(*request.huggingFace));
  if (request.modelScope)
    parts << QCoreApplication::translate("md::ui::StoreScanScope", "the ModelScope cache (%1)")
                 .arg(shown(*request.modelScope));
  const QString downloads = downloadsFolder();
  for (const auto& folder : request.folders) {
    const QString path = shown(folder);
    parts << (!downloads.isEmpty() && sameFolder(path, downloads)
                  ? QCoreApplication::translate("md::ui::StoreScanScope", "Downloads (%1)").arg(path)
                  : path);
  }
  if (parts.isEmpty())
    return QCoreApplication::translate("md::ui::StoreScanScope", "Scanned: nothing yet. Add a folder.");
  return QCoreApplication::translate("md::ui::StoreScanScope", "Scanned: %1")
      .arg(parts.join(QCoreApplication::translate("md::ui::StoreScanScope", ", ")));
}

} // namespace ui
} // namespace md
