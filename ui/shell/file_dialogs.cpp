#include "ui/shell/file_dialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace md {
namespace ui {
namespace file_dialogs {

namespace {

const QString kLastFolderKey = QStringLiteral("dialogs/lastFolder");

QString existingFolderOf(const QString& path) {
  if (path.isEmpty())
    return {};
  const QFileInfo info(path);
  if (info.isDir())
    return info.absoluteFilePath();
  const QFileInfo parent(info.absolutePath());
  return info.isAbsolute() && parent.isDir() ? parent.absoluteFilePath() : QString();
}

} // namespace

QString startFolder(const QString& current) {
  if (const QString folder = existingFolderOf(current); !folder.isEmpty())
    return folder;
  if (const QString last = QSettings().value(kLastFolderKey).toString(); !last.isEmpty() && QFileInfo(last).isDir())
    return last;
  // Downloads is where models arrive (also under its localised name, e.g. 下载); then Documents.
  for (const auto location : {QStandardPaths::DownloadLocation, QStandardPaths::DocumentsLocation}) {
    const QString folder = QStandardPaths::writableLocation(location);
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
      return folder;
  }
  return QDir::homePath();
}

void remember(const QString& chosen) {
  if (const QString folder = existingFolderOf(chosen); !folder.isEmpty())
    QSettings().setValue(kLastFolderKey, folder);
}

QString openFileName(QWidget* parent, const QString& caption, const QString& filter, const QString& current) {
  const QString file = QFileDialog::getOpenFileName(parent, caption, startFolder(current), filter);
  remember(file);
  return file;
}

QStringList openFileNames(QWidget* parent, const QString& caption, const QString& filter, const QString& current) {
  const QStringList files = QFileDialog::getOpenFileNames(parent, caption, startFolder(current), filter);
  if (!files.isEmpty())
    remember(files.front());
  return files;
}

QString existingFolder(QWidget* parent, const QString& caption, const QString& current) {
  const QString folder = QFileDialog::getExistingDirectory(parent, caption, startFolder(current));
  remember(folder);
  return folder;
}

QString saveFileName(QWidget* parent, const QString& caption, const QString& current, const QString& suggestedName) {
  const QString start = !current.isEmpty() && !existingFolderOf(current).isEmpty()
                            ? QDir(existingFolderOf(current)).filePath(QFileInfo(current).fileName())
                            : QDir(startFolder()).filePath(suggestedName);
  const QString file = QFileDialog::getSaveFileName(parent, caption, start);
  remember(file);
  return file;
}

} // namespace file_dialogs
} // namespace ui
} // namespace md
