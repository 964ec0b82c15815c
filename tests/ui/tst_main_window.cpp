// Drives the real MainWindow offscreen: sidebar, drop routing, refusal,
// language switching and remembered settings.
#include "tests/support/gguf_builder.h"
#include "tests/support/temp_folder.h"
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/support/fake_ollama.h"
#include "ui/merge/merge_page.h"
#include "ui/modelfile/modelfile_page.h"
#include "ui/models/models_page.h"
#include "ui/models/ollama_hosts.h"
#include "ui/models/ollama_tab.h"
#include "ui/shell/application.h"
#include "ui/shell/command_line.h"
#include "ui/shell/language.h"
#include "ui/shell/main_window.h"
#include "ui_test_setup.h"

using namespace md::ui;

class MainWindowTest : public QObject {
  Q_OBJECT

private:
  QTemporaryDir settingsDir_;
  QTemporaryDir files_;
  LanguageManager* language_ = nullptr;

  QString makeFile(const QString& relative, const QByteArray& content = "GGUF") {
    const QString path = files_.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
      return {};
    file.write(content);
    return path;
  }

  static bool drop(MainWindow& window, const QStringList& paths) {
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& path : paths)
      urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    if (!enter.isAccepted())
      return false;
    QDropEvent event(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &event);
    return event.isAccepted();
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(settingsDir_.isValid());
    // The status bar's poll goes to a port where nothing listens.
    language_ = md::testing::setUpUiTest(*this, settingsDir_, {.ollamaDown = true, .language = QStringLiteral("en")});
  }

  // Choosing another server on the Models page moves the status bar (and the
  // Merge wizard's advice that reads it) and "Create in Ollama…" to it.
  void statusBarAndCreateFollowTheChosenOllamaServer() {
    md::testing::FakeOllama server({.version = "0.7.1"});
    QVERIFY(server.start());
    const QString url = QString::fromStdString(server.url());
    MainWindow window(language_);
    auto* label = window.findChild<QLabel*>(QStringLiteral("ollamaStatus"));
    QVERIFY(label != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("not running")), 10000);
    auto* models = static_cast<ModelsPage*>(window.page(PageId::Models));
    auto* modelfile = static_cast<ModelfilePage*>(window.page(PageId::Modelfile));
    OllamaHosts* hosts = models->ollamaTab()->hosts();
    const QString local = hosts->active();
    QCOMPARE(modelfile->ollamaHost(), local);

    QVERIFY(hosts->add(url));
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("Ollama 0.7.1 at ") + url), 10000);
    QCOMPARE(modelfile->ollamaHost(), url);

    QVERIFY(hosts->remove(url)); // back to the local default, for the other tests too
    QCOMPARE(hosts->active(), local);
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("not running at ") + local), 10000);
    QCOMPARE(modelfile->ollamaHost(), local);
  }

  void sidebarSwitchesPages() {
    MainWindow window(language_);
    window.show();
    QCOMPARE(window.findChild<QListWidget*>(QStringLiteral("sidebar"))->count(), 4);
    for (int row : {3, 1, 2, 0}) {
      window.findChild<QListWidget*>(QStringLiteral("sidebar"))->setCurrentRow(row);
      QCOMPARE(int(window.currentPage()), row);
    }
    QCOMPARE(window.findChild<QListWidget*>(QStringLiteral("sidebar"))->item(1)->text(), QStringLiteral("Models"));
  }

  void modelsPageShowsEmptyState() {
    MainWindow window(language_);
    auto* models = static_cast<ModelsPage*>(window.page(PageId::Models));
    QVERIFY(models->isShowingEmptyState());
    QCOMPARE(models->emptyStateText(), QStringLiteral("Drop GGUF files here or add a folder"));
  }

  void oneGgufWithChinesePathGoesToInspector() {
    MainWindow window(language_);
    window.showPage(PageId::Environment);
    const QString path = makeFile(QStringLiteral("张三/模型 文件/x.gguf"));
    QVERIFY(!path.isEmpty());
    QVERIFY(drop(window, {path}));
    QCOMPARE(window.currentPage(), PageId::Models);
    auto* models = static_cast<ModelsPage*>(window.page(PageId::Models));
    QVERIFY(!models->isShowingEmptyState());
    QCOMPARE(models->receivedPaths(), QStringList{QDir::toNativeSeparators(path)});
  }

  void fileArgumentsOpenLikeADrop() {
    makeFile(QStringLiteral("args 张三/x.gguf"));
    makeFile(QStringLiteral("args 张三/m-00001-of-00002.gguf"));
    makeFile(QStringLiteral("args 张三/m-00002-of-00002.gguf"));
    makeFile(QStringLiteral("args 张三/Modelfile"), "FROM ./x.gguf\n");
    const QDir cwd(files_.filePath(QStringLiteral("args 张三")));
    QCOMPARE(urlsFromArguments({QStringLiteral("./x.gguf")}, cwd).value(0).toLocalFile(),
             cwd.filePath(QStringLiteral("x.gguf")));

    MainWindow window(language_);
    QVERIFY(window.openUrls(urlsFromArguments({QStringLiteral("x.gguf")}, cwd)));
    QCOMPARE(window.currentPage(), PageId::Models);
    auto* models = static_cast<ModelsPage*>(window.page(PageId::Models));
    QCOMPARE(models->receivedPaths(), QStringList{QDir::toNativeSeparators(cwd.filePath(QStringLiteral("x.gguf")))});

    QVERIFY(window.openUrls(urlsFromArguments({QStringLiteral("Modelfile")}, cwd)));
    QCOMPARE(window.currentPage(), PageId::Modelfile);
    QCOMPARE(static_cast<ModelfilePage*>(window.page(PageId::Modelfile))
                 ->findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))
                 ->toPlainText(),
             QStringLiteral("FROM ./x.gguf\n"));

    const QUrl asUrl = QUrl::fromLocalFile(cwd.filePath(QStringLiteral("m-00002-of-00002.gguf")));
    QVERIFY(window.openUrls(urlsFromArguments({QStringLiteral("m-00001-of-00002.gguf"), asUrl.toString()}, cwd)));
    QCOMPARE(window.currentPage(), PageId::Merge);
  }

  void severalPartsGoToMerge() {
    MainWindow window(language_);
    const QStringList parts{makeFile(QStringLiteral("parts/qwen 7b.gguf.a")),
                            makeFile(QStringLiteral("parts/qwen 7b.gguf.b"), "tail")};
    QVERIFY(drop(window, parts));
    QCOMPARE(window.currentPage(), PageId::Merge);
    auto* merge = static_cast<MergePage*>(window.page(PageId::Merge));
    QCOMPARE(merge->inputPaths().size(), 2);
  }

  void shardsGoToMerge() {
    MainWindow window(language_);
    QVERIFY(drop(window, {makeFile(QStringLiteral("s/m-00001-of-00002.gguf")),
                          makeFile(QStringLiteral("s/m-00002-of-00002.gguf"))}));
    QCOMPARE(window.currentPage(), PageId::Merge);
  }

  void folderGoesToModels() {
    MainWindow window(language_);
    window.showPage(PageId::Merge);
    QVERIFY(drop(window, {files_.filePath(QStringLiteral("张三"))}));
    QCOMPARE(window.currentPage(), PageId::Models);
  }

  void modelfileGoesToEditor() {
    MainWindow window(language_);
    const QString path = makeFile(QStringLiteral("模型 文件/Modelfile"), "FROM ./x.gguf\n");
    QVERIFY(drop(window, {path}));
    QCOMPARE(window.currentPage(), PageId::Modelfile);
    auto* editor = static_cast<ModelfilePage*>(window.page(PageId::Modelfile));
    QCOMPARE(editor->findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->toPlainText(),
             QStringLiteral("FROM ./x.gguf\n"));
    QCOMPARE(editor->filePath(), path);
  }

  void mergeHandsAModelAndProjectorToTheEditor() {
    md::testing::TempFolder dir;
    md::testing::tinyLlama().write(dir.path() / "model.gguf");
    md::testing::tinyProjector().write(dir.path() / "mmproj.gguf");
    MainWindow window(language_);
    auto* merge = static_cast<MergePage*>(window.page(PageId::Merge));
    auto* modelfile = static_cast<ModelfilePage*>(window.page(PageId::Modelfile));
    QSignalSpy filled(modelfile, &ModelfilePage::ggufAssistFinished);
    Q_EMIT merge->modelfileRequested({QString::fromStdString((dir.path() / "model.gguf").string()),
                                      QString::fromStdString((dir.path() / "mmproj.gguf").string())});
    QCOMPARE(window.currentPage(), PageId::Modelfile);
    QVERIFY(filled.wait(10000));
    const QString text =
        modelfile->findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->toPlainText();
    QCOMPARE(text.count(QStringLiteral("FROM ")), 2);
    QVERIFY2(text.contains(QStringLiteral("mmproj.gguf")), qPrintable(text));
  }

  void otherFilesAreRefusedWithAMessage() {
    MainWindow window(language_);
    window.showPage(PageId::Environment);
    QVERIFY(!drop(window, {makeFile(QStringLiteral("notes.zip"), "PK")}));
    QCOMPARE(window.currentPage(), PageId::Environment);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("notes.zip")),
             qPrintable(window.statusBar()->currentMessage()));

    // The message is said again in the new language while it is shown.
    window.show();
    language_->setLanguage(QStringLiteral("zh_CN"), false);
    QTRY_COMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("ModelDesk 无法打开“notes.zip”：请拖入 GGUF 文件、文件夹或 Modelfile。"));
    language_->setLanguage(QStringLiteral("en"), false);
    QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("ModelDesk cannot open “notes.zip”")));
  }

  void checksumsAndReadmesAmongPartsAreLeftOutWithAMessage() {
    MainWindow window(language_);
    const QString a = makeFile(QStringLiteral("模型 文件/x.gguf.a"), "GGUF");
    const QString b = makeFile(QStringLiteral("模型 文件/x.gguf.b"), "rest");
    const QString sum = makeFile(QStringLiteral("模型 文件/x.gguf.sha256"), "ab  x.gguf\n");
    const QString readme = makeFile(QStringLiteral("模型 文件/README.md"), "# x\n");
    QVERIFY(drop(window, {a, sum, b, readme}));
    QCOMPARE(window.currentPage(), PageId::Merge);
    auto* merge = static_cast<MergePage*>(window.page(PageId::Merge));
    QCOMPARE(merge->inputPaths().size(), 2);
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("x.gguf.sha256")) && message.contains(QStringLiteral("README.md")) &&
                 message.startsWith(QStringLiteral("Left out what is not a GGUF file")),
             qPrintable(message));
  }

  void languageSwitchChangesVisibleText() {
    MainWindow window(language_);
    window.show();
    language_->setLanguage(QStringLiteral("zh_CN"), false);
    // Qt posts LanguageChange to top-level widgets, so it arrives on the next loop turn.
    QTRY_COMPARE(window.findChild<QListWidget*>(QStringLiteral("sidebar"))->item(1)->text(), QStringLiteral("模型"));
    QCOMPARE(window.findChild<QListWidget*>(QStringLiteral("sidebar"))->item(0)->text(), QStringLiteral("环境变量"));
    auto* models = static_cast<ModelsPage*>(window.page(PageId::Models));
    QCOMPARE(models->emptyStateText(), QStringLiteral("把 GGUF 文件拖到这里，或添加文件夹"));
    QCOMPARE(QLocale().language(), QLocale::Chinese); // numbers, sizes and dates too
    QCOMPARE(QLocale().toString(QDate(2026, 12, 2), QLocale::ShortFormat), QStringLiteral("2026/12/2"));
    language_->setLanguage(QStringLiteral("en"), false);
    QTRY_COMPARE(window.findChild<QListWidget*>(QStringLiteral("sidebar"))->item(1)->text(), QStringLiteral("Models"));
    QCOMPARE(QLocale().language(), QLocale::English);
  }

  void languageChoiceIsRemembered() {
    language_->setLanguage(QStringLiteral("zh_CN"));
    LanguageManager other;
    other.applySaved();
    QCOMPARE(other.effective(), QStringLiteral("zh_CN"));
    language_->setLanguage(QStringLiteral("en"));
  }

  void pageAndGeometryAreRemembered() {
    {
      MainWindow window(language_);
      window.show();
      window.resize(900, 640);
      window.showPage(PageId::Modelfile);
      window.close();
    }
    MainWindow again(language_);
    QCOMPARE(again.currentPage(), PageId::Modelfile);
    // The size comes back only when it fits the screen (offscreen's is 800×800; tst_window_keys under Xvfb
    // checks a restore that fits).
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    if (screen.width() >= 900 && screen.height() >= 700)
      QCOMPARE(again.size(), QSize(900, 640));
    else
      QVERIFY(again.width() <= qMax(screen.width(), again.minimumSizeHint().width()));
  }

  void unsavedChangesGuardCanCancelClose() {
    MainWindow window(language_);
    window.show();
    auto* editor = static_cast<ModelfilePage*>(window.page(PageId::Modelfile));
    editor->findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))
        ->insertPlainText(QStringLiteral("FROM llama3\n")); // typing marks it modified
    int asked = 0;
    editor->setUnsavedChangesPrompt([&asked] {
      ++asked;
      return QMessageBox::Cancel;
    });
    QVERIFY(!window.close());
    QCOMPARE(asked, 1);
    editor->setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
    QVERIFY(window.close());
  }
};

QTEST_MAIN(MainWindowTest)
#include "tst_main_window.moc"
