// Local stores scan the Downloads folder by default, the one the desktop
// names (XDG user-dirs: ~/下载 on a Chinese desktop, else ~/Downloads), and
// say which folders they scan (issue 22, item 13). In English and zh_CN,
// with a fake HOME.
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "core/util/paths.h"
#include "language_testing.h"
#include "tests/support/tiny_gguf.h"
#include "ui/models/store_browser.h"
#include "ui/models/store_scan_scope.h"
#include "ui/models/store_table_model.h"
#include "ui/shell/application.h"
#include "ui/shell/language.h"
#include "ui_test_setup.h"

using namespace md::ui;

class StoreDownloadsTest : public QObject {
  Q_OBJECT

private:
  QTemporaryDir settings_;
  LanguageManager* language_ = nullptr;

  // A fresh HOME with no Ollama store and no caches.
  static QString makeHome(QTemporaryDir& dir) {
    const QString home = dir.filePath(QStringLiteral("张三"));
    QDir().mkpath(home);
    qputenv("HOME", home.toUtf8());
    for (const char* name : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "OLLAMA_MODELS", "HF_HOME", "HF_HUB_CACHE",
                             "HUGGINGFACE_HUB_CACHE", "MODELSCOPE_CACHE"})
      qunsetenv(name);
    return home;
  }

  static void writeModel(const QString& path) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    md::testing::tinyModel().write(md::pathFromUtf8(path.toStdString()));
  }

  static QStringList scannedPaths(StoreBrowser& browser) {
    QSignalSpy finished(&browser, &StoreBrowser::scanFinished);
    browser.rescan();
    if (!finished.wait(20000))
      return {};
    QStringList paths;
    for (const auto& entry : browser.findChild<StoreTableModel*>(QStringLiteral("storeTableModel"))->entries())
      paths << QString::fromStdString(md::pathToUtf8(entry.path));
    return paths;
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(settings_.isValid());
    language_ = md::testing::setUpUiTest(*this, settings_);
  }

  void cleanup() { language_->setLanguage(QStringLiteral("en"), false); }

  // The desktop's user-dirs.dirs names the Chinese Downloads folder.
  void scansTheDesktopsDownloadsFolder_data() { md::testing::addLanguageRows(); }
  void scansTheDesktopsDownloadsFolder() {
    QFETCH(QString, language);
    language_->setLanguage(language, false);
    QTemporaryDir dir;
    const QString home = makeHome(dir);
    QDir().mkpath(home + QStringLiteral("/.config"));
    QFile dirs(home + QStringLiteral("/.config/user-dirs.dirs"));
    QVERIFY(dirs.open(QIODevice::WriteOnly));
    dirs.write("XDG_DOWNLOAD_DIR=\"$HOME/下载\"\n");
    dirs.close();
    const QString model = home + QStringLiteral("/下载/qwen 模型.gguf");
    writeModel(model);
    writeModel(home + QStringLiteral("/Downloads/not-this-one.gguf")); // not the desktop's folder

    QCOMPARE(downloadsFolder(), home + QStringLiteral("/下载"));
    StoreBrowser browser;
    browser.show();
    const QStringList paths = scannedPaths(browser);
    QCOMPARE(paths, QStringList{model});
    const QString said = browser.findChild<QLabel*>(QStringLiteral("storeScannedFolders"))->text();
    QVERIFY2(said.contains(QDir::toNativeSeparators(home + QStringLiteral("/下载"))), qPrintable(said));
    QVERIFY2(said.contains(language == QLatin1String("zh_CN") ? QStringLiteral("下载文件夹")
                                                              : QStringLiteral("Downloads (")),
             qPrintable(said));
    QVERIFY(browser.findChild<QLabel*>(QStringLiteral("storeScannedFolders"))->isVisible());
  }

  // Without user-dirs.dirs, ~/Downloads; a folder the user added is listed
  // after it, and Downloads added again is scanned once.
  void fallsBackToDownloadsAndListsAddedFolders() {
    QTemporaryDir dir;
    const QString home = makeHome(dir);
    const QString downloaded = home + QStringLiteral("/Downloads/a.gguf");
    writeModel(downloaded);
    const QString added = home + QStringLiteral("/模型/b.gguf");
    writeModel(added);
    QSettings().setValue(QStringLiteral("stores/folders"),
                         QStringList{home + QStringLiteral("/模型"), home + QStringLiteral("/Downloads")});
    StoreBrowser browser;
    browser.show();
    QStringList paths = scannedPaths(browser);
    paths.sort();
    QStringList expected{downloaded, added};
    expected.sort();
    QCOMPARE(paths, expected);
    const QString said = browser.findChild<QLabel*>(QStringLiteral("storeScannedFolders"))->text();
    QVERIFY2(said.indexOf(QStringLiteral("Downloads")) < said.indexOf(QStringLiteral("模型")), qPrintable(said));
    QCOMPARE(said.count(home + QStringLiteral("/Downloads")), 1);
    QSettings().remove(QStringLiteral("stores/folders"));
  }

  // No Downloads folder at all: nothing is added, and Qt's answer of HOME
  // itself is never scanned.
  void noDownloadsFolderScansNothingExtra() {
    QTemporaryDir dir;
    makeHome(dir);
    QVERIFY(downloadsFolder().isEmpty());
    const auto request = defaultScanRequest({});
    QVERIFY(request.folders.empty());
  }
};

QTEST_MAIN(StoreDownloadsTest)
#include "tst_store_downloads.moc"
