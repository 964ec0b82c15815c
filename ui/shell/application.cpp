#include "ui/shell/application.h"

#include <clocale>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTimer>

#include "core/version.h"
#include "ui/import/import_dialog.h"
#include "ui/shell/about_dialog.h"
#include "ui/shell/language.h"
#include "ui/shell/main_window.h"
#include "ui/shell/page.h"

// Resources compiled into a static library must be initialised explicitly,
// from the global namespace.
static void initialiseIconResources() {
  Q_INIT_RESOURCE(icons);
}

namespace md {
namespace ui {

void setUpApplication(QApplication& app) {
  initialiseIconResources();
  QApplication::setOrganizationName(QStringLiteral("ModelDesk"));
  QApplication::setApplicationName(QStringLiteral("ModelDesk"));
  QApplication::setApplicationVersion(QString::fromLatin1(md::kModelDeskVersion));
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/modeldesk.svg")));
  QGuiApplication::setDesktopFileName(QStringLiteral("org.modeldesk.ModelDesk")); // Wayland: match the .desktop file
  QSettings::setDefaultFormat(QSettings::IniFormat);
  // QApplication adopts the system's C locale; core parses and prints numbers
  // with the C library ("0.7", "1.5G", "2.93 GiB"), which a German or French
  // LC_NUMERIC would turn into "0,7" and parse as 0. What the user sees is
  // localised through QLocale instead.
  std::setlocale(LC_NUMERIC, "C");
  Q_UNUSED(app);
}

namespace {
bool save(QWidget* widget, const QString& path) {
  QCoreApplication::processEvents();
  return widget->grab().save(path);
}

void settle(const Page* page = nullptr) {
  // Let layouts, the first Ollama check and the page's first load finish
  // before grabbing (a page still loading after 5 s is grabbed as it is).
  for (int i = 0; i < 5; ++i)
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
  QElapsedTimer waited;
  waited.start();
  while (page != nullptr && !page->isSettled() && waited.elapsed() < 5000) {
    QEventLoop loop;
    QTimer::singleShot(20, &loop, &QEventLoop::quit);
    loop.exec();
  }
  QCoreApplication::processEvents();
}
// Runs the event loop until `signal` or 20 s.
template <class Sender, class Signal> void waitFor(const Sender* sender, Signal signal) {
  QEventLoop loop;
  QObject::connect(sender, signal, &loop, &QEventLoop::quit);
  QTimer::singleShot(20000, &loop, &QEventLoop::quit);
  loop.exec();
}

// "Import into Ollama" of the files MODELDESK_SCREENSHOT_IMPORT lists (';'
// between them; scripts/screenshots.sh writes a model in two parts and a
// projector): the checked plan, then the result. Returns the files written.
int renderImport(QWidget* window, const QString& folder, const QString& language) {
  const QStringList files =
      qEnvironmentVariable("MODELDESK_SCREENSHOT_IMPORT").split(QLatin1Char(';'), Qt::SkipEmptyParts);
  if (files.isEmpty())
    return 0;
  ImportDialog dialog(files, QString(), window);
  dialog.show();
  waitFor(&dialog, &ImportDialog::checked);
  dialog.setModelName(QStringLiteral("vision-demo-") + language.toLower().replace(QLatin1Char('_'), QLatin1Char('-')));
  waitFor(&dialog, &ImportDialog::checked);
  settle();
  if (!save(&dialog, QDir(folder).filePath(QStringLiteral("import.png"))))
    return -1;
  dialog.startImport();
  waitFor(&dialog, &ImportDialog::importFinished);
  settle();
  return save(&dialog, QDir(folder).filePath(QStringLiteral("import-result.png"))) ? 2 : -1;
}
} // namespace

int renderScreenshots(const QString& directory, LanguageManager& language, const QStringList& languages) {
  const QStringList names{QStringLiteral("environment"), QStringLiteral("models"), QStringLiteral("merge"),
                          QStringLiteral("modelfile")};
  int written = 0;
  for (const QString& code : languages.isEmpty() ? LanguageManager::availableLanguages() : languages) {
    language.setLanguage(code, false);
    const QString folder = QDir(directory).filePath(code);
    if (!QDir().mkpath(folder))
      return -1;
    MainWindow window(&language);
    window.resize(1100, 720);
    window.show();
    settle();
    for (int i = 0; i < names.size(); ++i) {
      window.showPage(PageId(i));
      settle(window.page(PageId(i)));
      if (!save(&window, QDir(folder).filePath(names[i] + QStringLiteral(".png"))))
        return -1;
      ++written;
    }
    AboutDialog about(&window);
    about.show();
    settle();
    if (!save(&about, QDir(folder).filePath(QStringLiteral("about.png"))))
      return -1;
    ++written;
    const int imported = renderImport(&window, folder, code);
    if (imported < 0)
      return -1;
    written += imported;
  }
  return written;
}

} // namespace ui
} // namespace md
