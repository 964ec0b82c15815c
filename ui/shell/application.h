#pragma once
// Application-wide set-up shared by the GUI, the screenshot mode and tests.

#include <QString>
#include <QStringList>

class QApplication;

namespace md {
namespace ui {

class LanguageManager;

// Names the application (for QSettings), uses INI settings, registers types.
void setUpApplication(QApplication& app);

// Renders every page and the About box, in each of `languages` (empty: every
// language the app has), to DIR/<lang>/<name>.png, and the import dialog when
// MODELDESK_SCREENSHOT_IMPORT names files. Returns the number of files
// written, or -1.
int renderScreenshots(const QString& directory, LanguageManager& language, const QStringList& languages = {});

} // namespace ui
} // namespace md
