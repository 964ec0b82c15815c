// modeldesk: the GUI.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>

#include "ui/shell/application.h"
#include "ui/shell/command_line.h"
#include "ui/shell/language.h"
#include "ui/shell/main_window.h"
#include "ui/shell/single_instance.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  md::ui::setUpApplication(app);

  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("ModelDesk: bring local GGUF models into Ollama."));
  parser.addHelpOption();
  parser.addVersionOption();
  QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                QStringLiteral("Render every page to PNG files in DIR and exit."),
                                QStringLiteral("DIR"));
  parser.addOption(screenshot);
  QCommandLineOption screenshotLanguage(QStringLiteral("screenshot-language"),
                                        QStringLiteral("With --screenshot: only this language (en, zh_CN)."),
                                        QStringLiteral("CODE"));
  parser.addOption(screenshotLanguage);
  parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("GGUF files, folders or a Modelfile to open."),
                               QStringLiteral("[files...]"));
  parser.process(app);

  if (parser.isSet(screenshot)) {
    // Screenshots never touch the user's settings.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    md::ui::LanguageManager language;
    const int written =
        md::ui::renderScreenshots(parser.value(screenshot), language, parser.values(screenshotLanguage));
    std::fprintf(stderr, "modeldesk: wrote %d screenshots to %s\n", written,
                 qPrintable(QDir::toNativeSeparators(parser.value(screenshot))));
    return written > 0 ? 0 : 1;
  }

  // One instance: a running ModelDesk takes the files (and comes forward), and this one exits.
  const QList<QUrl> urls = md::ui::urlsFromArguments(parser.positionalArguments(), QDir::current());
  md::ui::SingleInstance instance;
  if (instance.handToRunning(urls))
    return 0;
  // Listen before the window is built: of two launches at the same moment,
  // the one that listens first runs and the other hands its files to it.
  if (!instance.listen()) {
    if (instance.handToRunning(urls))
      return 0;
    std::fprintf(stderr, "modeldesk: cannot listen for other instances; files opened later open a new window\n");
  }

  md::ui::LanguageManager language;
  language.applySaved();
  md::ui::MainWindow window(&language);
  window.show();
  md::ui::openReceivedFiles(instance, window); // like a drop; requests wait in the queue until exec()
  if (!urls.isEmpty())
    window.openUrls(urls);
  return app.exec();
}
