// Export… offscreen, in English and zh_CN, from a store on disk with no
// server at all: the dialog exports a vision model into a plain folder and
// shows the folder tree it wrote (files with sizes), LM Studio's layout
// shows publisher/repo under the models folder, a model the store lacks
// fails with nothing written, and the Local stores table's "Export…" opens
// the dialog on the selected Ollama model, as "Export…" on the Ollama tab
// does for a local server (and not for a remote one).
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include "core/util/paths.h"
#include "tests/support/ollama_fixtures.h"
#include "tests/ui/ollama_tab_testing.h"
#include "ui/models/export_dialog.h"
#include "ui/models/ollama_hosts.h"
#include "ui/models/ollama_tab.h"
#include "ui/models/store_browser.h"
#include "ui/shell/application.h"
#include "ui/shell/language.h"
#include "ui_test_setup.h"

using namespace md::ui;

class ExportDialogTest : public QObject {
  Q_OBJECT

private:
  QTemporaryDir dir_;
  LanguageManager* language_ = nullptr;

  QString store() const { return dir_.filePath(QStringLiteral("store")); }

  static bool run(ExportDialog& dialog) {
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.findChild<QPushButton*>(QStringLiteral("exportStart"))->click();
    return finished.wait(20000) && finished.first().first().toBool();
  }

  static QStringList childTexts(const QTreeWidgetItem* item) {
    QStringList texts;
    for (int i = 0; i < item->childCount(); ++i)
      texts << item->child(i)->text(0);
    return texts;
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    language_ = md::testing::setUpUiTest(*this, dir_);
    md::testing::seedModel(md::pathFromUtf8(store().toStdString()), "seer:v1", {.projector = true});
  }

  void cleanup() { language_->setLanguage(QStringLiteral("en"), false); }

  void plainFolderShowsTheTreeWritten_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
  }

  void plainFolderShowsTheTreeWritten() {
    QFETCH(QString, language);
    language_->setLanguage(language, false);
    const bool zh = language == QLatin1String("zh_CN");
    ExportDialog dialog(QStringLiteral("seer:v1"), {store()});
    const QString out = dir_.filePath(QStringLiteral("plain ") + language);
    dialog.setFolder(out);
    dialog.show();
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("exportTarget"))->text(), QDir::toNativeSeparators(out));
    auto* start = dialog.findChild<QPushButton*>(QStringLiteral("exportStart"));
    QCOMPARE(start->text(), zh ? QStringLiteral("导出") : QStringLiteral("Export"));
    auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("exportTree"));
    QVERIFY(!tree->isVisible());
    QVERIFY(run(dialog));
    QVERIFY(tree->isVisible());
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("exportOpenFolder"))->isVisible());
    QCOMPARE(tree->topLevelItemCount(), 1);
    const QTreeWidgetItem* root = tree->topLevelItem(0);
    QCOMPARE(root->text(0), QDir::toNativeSeparators(out));
    QCOMPARE(childTexts(root),
             (QStringList{QStringLiteral("seer-v1-F32.gguf"), QStringLiteral("mmproj-seer-v1-F32.gguf"),
                          QStringLiteral("Modelfile"), QStringLiteral("README.md")}));
    for (int i = 0; i < root->childCount(); ++i) {
      const QString name = root->child(i)->text(0);
      QVERIFY2(QFileInfo::exists(QDir(out).filePath(name)), qPrintable(name));
      QVERIFY(!root->child(i)->text(1).isEmpty()); // its size
    }
    QCOMPARE(tree->headerItem()->text(0), zh ? QStringLiteral("名称") : QStringLiteral("Name"));
    QCOMPARE(dialog.exportedFolder(), QDir::toNativeSeparators(out));
  }

  void lmStudioLayoutShowsPublisherAndRepo() {
    ExportDialog dialog(QStringLiteral("seer:v1"), {store()});
    dialog.setExportLayout(md::ollama::ExportLayout::LmStudio);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("exportTarget"))
                ->text()
                .endsWith(QDir::toNativeSeparators(QStringLiteral(".lmstudio/models/ollama/seer-v1"))));
    const QString root = dir_.filePath(QStringLiteral("lmstudio models"));
    dialog.setFolder(root);
    QCOMPARE(dialog.targetFolder(), QDir::toNativeSeparators(root + QStringLiteral("/ollama/seer-v1")));
    dialog.show();
    QVERIFY(run(dialog));
    const QTreeWidgetItem* top = dialog.findChild<QTreeWidget*>(QStringLiteral("exportTree"))->topLevelItem(0);
    QCOMPARE(top->text(0), QDir::toNativeSeparators(root));
    QCOMPARE(childTexts(top), QStringList{QStringLiteral("ollama")});
    QCOMPARE(childTexts(top->child(0)), QStringList{QStringLiteral("seer-v1")});
    QCOMPARE(top->child(0)->child(0)->childCount(), 4);
    QVERIFY(QFileInfo::exists(root + QStringLiteral("/ollama/seer-v1/mmproj-seer-v1-F32.gguf")));
  }

  void missingModelWritesNothing() {
    ExportDialog dialog(QStringLiteral("nobody:v1"), {store()});
    const QString out = dir_.filePath(QStringLiteral("nothing"));
    dialog.setFolder(out);
    dialog.show();
    QVERIFY(!run(dialog));
    QVERIFY(!dialog.findChild<QTreeWidget*>(QStringLiteral("exportTree"))->isVisible());
    QVERIFY(!QFileInfo::exists(out));
  }

  void storeTableOpensTheDialog() {
    StoreBrowser browser;
    md::stores::ScanRequest request;
    request.ollama = md::pathFromUtf8(store().toStdString());
    request.indexFolder = md::pathFromUtf8(dir_.filePath(QStringLiteral("index")).toStdString());
    browser.setRequest(request);
    QSignalSpy scanned(&browser, &StoreBrowser::scanFinished);
    browser.rescan();
    QVERIFY(scanned.wait(20000));
    auto* exportButton = browser.findChild<QPushButton*>(QStringLiteral("storeExport"));
    QVERIFY(exportButton != nullptr);
    QVERIFY(!exportButton->isEnabled());
    QDir blobs(store() + QStringLiteral("/blobs"));
    bool selected = false;
    for (const QString& blob : blobs.entryList(QDir::Files))
      if (!selected && browser.selectPath(blobs.filePath(blob)))
        selected = true;
    QVERIFY(selected);
    QVERIFY(exportButton->isEnabled());
    ExportDialog* dialog = browser.exportSelected();
    QVERIFY(dialog != nullptr);
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("seer:v1")));
    dialog->close();
  }

  void ollamaTabExportsFromTheLocalServer() {
    md::testing::FakeOllama local;
    QVERIFY(local.start());
    md::testing::seedModel(local.modelsDir(), "near:1");
    md::testing::useAsLocal(local);
    OllamaTab tab;
    QVERIFY(md::testing::selectIn(tab, QStringLiteral("near:1")));
    auto* button = tab.findChild<QPushButton*>(QStringLiteral("ollamaExport"));
    QVERIFY(button->isEnabled());
    button->click();
    auto* dialog = tab.findChild<ExportDialog*>(QStringLiteral("exportDialog"));
    QVERIFY(dialog != nullptr);
    const QString out = dir_.filePath(QStringLiteral("from tab"));
    dialog->setFolder(out);
    QVERIFY(run(*dialog));
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/near-1-F32.gguf")));
    dialog->close();

    md::testing::FakeOllama far;
    QVERIFY(far.start());
    md::testing::seedModel(far.modelsDir(), "far:1");
    qputenv("OLLAMA_HOST", "127.0.0.1:1");
    OllamaTab remote;
    QVERIFY(remote.hosts()->add(QString::fromStdString(far.url())));
    QVERIFY(md::testing::selectIn(remote, QStringLiteral("far:1")));
    QVERIFY(!remote.findChild<QPushButton*>(QStringLiteral("ollamaExport"))->isEnabled());
  }
};

QTEST_MAIN(ExportDialogTest)
#include "tst_export_dialog.moc"
