#pragma once
// File arguments: `modeldesk FILE.gguf` opens the inspector, `modeldesk
// path/to/Modelfile` the editor, several GGUFs the merge wizard. The
// arguments become URLs that MainWindow::openUrls routes like a drop.

#include <QDir>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace md {
namespace ui {

// Relative paths resolve against `workingDir`; "file://" URLs (as desktop
// environments pass them for %U) are taken as they are.
QList<QUrl> urlsFromArguments(const QStringList& arguments, const QDir& workingDir);

} // namespace ui
} // namespace md
