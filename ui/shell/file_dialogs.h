#pragma once
// Where every Open, Save and folder dialog starts: the folder of the current
// file, else the last folder the user picked in any dialog, else Downloads or
// Documents, never the process's working directory. The wrappers below start
// there and remember what the user chose.

#include <QString>
#include <QStringList>

class QWidget;

namespace md {
namespace ui {
namespace file_dialogs {

// `current` is a file or a folder the dialog is about (may be empty or gone).
QString startFolder(const QString& current = QString());
// Remembers the folder of a chosen file (or the chosen folder) for the next dialog.
void remember(const QString& chosen);

QString openFileName(QWidget* parent, const QString& caption, const QString& filter,
                     const QString& current = QString());
QStringList openFileNames(QWidget* parent, const QString& caption, const QString& filter,
                          const QString& current = QString());
QString existingFolder(QWidget* parent, const QString& caption, const QString& current = QString());
// `current` is the file being saved (its name is suggested), else `suggestedName` in the start folder.
QString saveFileName(QWidget* parent, const QString& caption, const QString& current, const QString& suggestedName);

} // namespace file_dialogs
} // namespace ui
} // namespace md
