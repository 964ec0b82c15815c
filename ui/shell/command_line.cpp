#include "ui/shell/command_line.h"

namespace md {
namespace ui {

QList<QUrl> urlsFromArguments(const QStringList& arguments, const QDir& workingDir) {
  QList<QUrl> urls;
  for (const QString& argument : arguments) {
    if (argument.startsWith(QStringLiteral("file://"))) {
      urls << QUrl(argument);
      continue;
    }
    urls << QUrl::fromLocalFile(QDir::cleanPath(workingDir.absoluteFilePath(argument)));
  }
  return urls;
}

} // namespace ui
} // namespace md
