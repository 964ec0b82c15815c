#include "ui/modelfile/recent_modelfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace md {
namespace ui {
namespace recent_modelfiles {

namespace {
const QString kKey = QStringLiteral("modelfile/recent");

QString normalised(const QString& path) {
  return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

void store(const QStringList& paths) {
  QSettings().setValue(kKey, paths);
}
} // namespace

QStringList list() {
  return QSettings().value(kKey).toStringList();
}

void add(const QString& path) {
  QStringList paths = list();
  const QString entry = normalised(path);
  paths.removeAll(entry);
  paths.prepend(entry);
  while (paths.size() > kMaxEntries)
    paths.removeLast();
  store(paths);
}

void remove(const QString& path) {
  QStringList paths = list();
  paths.removeAll(normalised(path));
  store(paths);
}

void clear() {
  QSettings().remove(kKey);
}

} // namespace recent_modelfiles
} // namespace ui
} // namespace md
