#pragma once
// The import dialog's tests share these (tst_import_dialog, tst_quantize_choice):
// a child by object name, a path as the dialog takes it, the store the app
// finds first, and the dialog opened or re-checked up to its next check.

#include <QByteArray>
#include <QObject>
#include <QSignalSpy>
#include <QString>

#include <filesystem>

#include "core/util/paths.h"
#include "ui/import/import_dialog.h"

namespace md::testing {

template <class T> T* child(const QObject& owner, const char* name) {
  return owner.findChild<T*>(QLatin1String(name));
}

// A path as the dialog takes it (UTF-8, as the user's file chooser gives it).
inline QString text(const std::filesystem::path& path) {
  return QString::fromStdString(md::pathToUtf8(path));
}

// The store the app finds first (OLLAMA_MODELS), as a user's environment names it.
inline void useStore(const std::filesystem::path& store) {
  qputenv("OLLAMA_MODELS", QByteArray::fromStdString(store.string()));
}

// Waits until the preflight for the current name is shown.
inline bool waitChecked(md::ui::ImportDialog& dialog) {
  QSignalSpy checked(&dialog, &md::ui::ImportDialog::checked);
  return checked.wait(20000);
}

// Opens the dialog and waits for its first check.
inline bool openAndCheck(md::ui::ImportDialog& dialog) {
  QSignalSpy checked(&dialog, &md::ui::ImportDialog::checked);
  dialog.show();
  return checked.wait(20000);
}

} // namespace md::testing
