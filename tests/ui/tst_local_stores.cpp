// Local stores beyond the basics of tst_store_browser: Delete on an Ollama
// model goes through the local server only when that server is proven to use
// the scanned store (the fake server on another store: refused, nothing
// deleted; on the scanned store: removed through its API); the temp files of
// killed merges listed and removed; and the table at 1100 px in English and
// Chinese (the role of a plain model, every column but the path in view, the
// status on one line), saved as PNGs to look at.
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

#include <unistd.h>

#include "core/util/paths.h"
#include "language_testing.h"
#include "tests/core/test_stores_fixtures.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/temp_folder.h"
#include "ui/models/store_browser.h"
#include "ui/models/store_table_model.h"
#include "ui/models/store_usage_chart.h"
#include "ui/shell/application.h"
#include "ui/shell/banner.h"
#include "ui/shell/language.h"
#include "ui/shell/main_window.h"
#include "ui/shell/page.h"
#include "ui/shell/progress_panel.h"
#include "ui/shell/widgets.h"
#include "ui_test_setup.h"

using namespace md::ui;
namespace fs = std::filesystem;

namespace {

QString text(const fs::path& path) {
  return QString::fromStdString(md::pathToUtf8(path));
}

bool scan(StoreBrowser& browser) {
  QSignalSpy finished(&browser, &StoreBrowser::scanFinished);
  browser.rescan();
  return finished.wait(20000) && finished.first().at(0).toBool();
}

md::stores::ScanRequest ollamaRequest(const fs::path& store, const fs::path& index) {
  md::stores::ScanRequest request;
  request.ollama = store;
  request.indexFolder = index;
  return request;
}

// OLLAMA_HOST points at `port` on loopback while it lives.
class LocalHost {
public:
  explicit LocalHost(int port) : saved_(qgetenv("OLLAMA_HOST")) {
    qputenv("OLLAMA_HOST", "127.0.0.1:" + QByteArray::number(port));
  }
  ~LocalHost() {
    if (saved_.isEmpty())
      qunsetenv("OLLAMA_HOST");
    else
      qputenv("OLLAMA_HOST", saved_);
  }

private:
  QByteArray saved_;
};

// Deletes llava:latest (by its projector's row) and waits; false when it was refused or failed.
bool deleteLlava(StoreBrowser& browser, const fs::path& store) {
  browser.setConfirmation([](const QString&) { return true; });
  if (!browser.selectPath(text(store / "blobs" / ("sha256-" + md::testing::hexOf('b')))))
    return false;
  QSignalSpy removed(&browser, &StoreBrowser::ollamaModelsRemoved);
  browser.deleteSelected();
  return removed.wait(20000) && removed.first().first().toBool();
}

const fs::path kLlava = "manifests/registry.ollama.ai/library/llava/latest";

} // namespace

class LocalStoresTest : public QObject {
  Q_OBJECT

  md::testing::UiTestSession session_;

private Q_SLOTS:
  void initTestCase() { QVERIFY(session_.start(*this, {.testPaths = true, .language = QStringLiteral("en")})); }
  void cleanup() { session_.reset(); }

  // The Linux service on /usr/share/ollama while ~/.ollama/models was scanned:
  // both hold llava:latest, and deleting through that server would hit its own.
  void deleteIsRefusedWhenTheServerUsesAnotherStore() {
    md::testing::FakeOllama server;
    QVERIFY(server.start());
    md::testing::makeOllamaStore(server.modelsDir());
    md::testing::TempFolder dir;
    const auto scanned = md::testing::makeOllamaStore(dir.path() / "home store");
    LocalHost host(server.port());
    StoreBrowser browser;
    browser.setRequest(ollamaRequest(scanned.root, dir.path() / "data"));
    QVERIFY(scan(browser));
    QVERIFY(!deleteLlava(browser, scanned.root));
    const QString said = browser.findChild<Banner*>(QStringLiteral("storeBanner"))->text();
    QVERIFY2(said.contains(QStringLiteral("was not removed")) &&
                 said.contains(QStringLiteral("does not use the store at ") + text(scanned.root)),
             qPrintable(said));
    QVERIFY(fs::exists(scanned.root / kLlava));
    QVERIFY(fs::exists(scanned.root / "blobs" / ("sha256-" + md::testing::hexOf('b'))));
    QVERIFY(fs::exists(server.modelsDir() / kLlava));
    QVERIFY(fs::exists(server.modelsDir() / "blobs" / ("sha256-" + md::testing::hexOf('b'))));
  }

  void deleteGoesThroughTheServerThatUsesTheStore() {
    md::testing::FakeOllama server;
    QVERIFY(server.start());
    md::testing::makeOllamaStore(server.modelsDir());
    md::testing::TempFolder dir;
    LocalHost host(server.port());
    StoreBrowser browser;
    browser.setRequest(ollamaRequest(server.modelsDir(), dir.path() / "data"));
    QVERIFY(scan(browser));
    QVERIFY(deleteLlava(browser, server.modelsDir()));
    const QString said = browser.findChild<Banner*>(QStringLiteral("storeBanner"))->text();
    QVERIFY2(said.contains(QStringLiteral("Removed through Ollama: llava:latest")), qPrintable(said));
    QVERIFY(!fs::exists(server.modelsDir() / kLlava));
    QVERIFY(fs::exists(server.modelsDir() / "manifests/registry.ollama.ai/someone/copy/7b"));
  }

  // A scan note (here a dangling symlink) is said in the reader's language,
  // the count, the path and the reason, and again after a language switch.
  void skippedFilesAreSaidInTheReadersLanguage_data() { md::testing::addLanguageRows(); }
  void skippedFilesAreSaidInTheReadersLanguage() {
    QFETCH(QString, language);
    md::testing::TempFolder dir;
    const fs::path folder = dir.path() / "下载 模型";
    md::testing::writeModel(folder / "a.gguf", "a");
    fs::create_symlink(folder / "gone.gguf", folder / "dangling.gguf");
    md::stores::ScanRequest request;
    request.folders = {folder};
    request.indexFolder = dir.path() / "data";
    session_.language()->setLanguage(language, false);
    StoreBrowser browser;
    browser.setRequest(request);
    QVERIFY(scan(browser));
    auto* banner = browser.findChild<Banner*>(QStringLiteral("storeBanner"));
    const QString english =
        QStringLiteral("Skipped files or folders: 1. First: %1: dangling symlink").arg(text(folder / "dangling.gguf"));
    const QString other = language == QLatin1String("en") ? QStringLiteral("zh_CN") : QStringLiteral("en");
    const QString path = text(folder / "dangling.gguf");
    for (const QString& shown : {language, other}) {
      session_.language()->setLanguage(shown, false); // the banner is shown again when the switch arrives
      if (shown == QLatin1String("en")) {
        QTRY_COMPARE(banner->text(), english);
      } else {
        // (the path is Chinese too: wait for the English words to go)
        QTRY_VERIFY2(!banner->text().contains(QStringLiteral("Skipped")), qPrintable(banner->text()));
        QVERIFY2(md::testing::hasChinese(banner->text().remove(path)), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(path), qPrintable(banner->text()));
        QCOMPARE(banner->text().count(QStringLiteral("dangling")), 1); // the file name, not the reason
      }
    }
  }

  void leftoversOfKilledRunsAreListedAndRemoved() {
    md::testing::TempFolder dir;
    const fs::path folder = dir.path() / "合并 out";
    md::testing::writeModel(folder / "x.gguf", "x");
    const fs::path stale = folder / ".x2.gguf.modeldesk-partial-0"; // process 0 is never a merge's
    const fs::path running = folder / (".x3.gguf.modeldesk-partial-" + std::to_string(::getpid()));
    md::testing::writeText(stale, std::string(2048, 's'));
    md::testing::writeText(running, "still being written");
    StoreBrowser browser;
    md::stores::ScanRequest request;
    request.folders = {folder};
    request.indexFolder = dir.path() / "data";
    browser.setRequest(request);
    QVERIFY(scan(browser));
    auto* remove = browser.findChild<QPushButton*>(QStringLiteral("storeRemoveLeftovers"));
    QVERIFY(remove != nullptr && !remove->isHidden());
    QVERIFY2(remove->text().contains(sizeText(2048)), qPrintable(remove->text()));
    const QString usage = browser.findChild<StoreUsageChart*>()->summaryText();
    QVERIFY2(usage.contains(QStringLiteral("left by interrupted runs ") + sizeText(2048)), qPrintable(usage));
    QVERIFY(browser.selectPath(text(stale)));
    QVERIFY(!browser.selectPath(text(running))); // still being written: not offered
    QString asked;
    browser.setConfirmation([&](const QString& question) {
      asked = question;
      return true;
    });
    QSignalSpy finished(&browser, &StoreBrowser::scanFinished);
    remove->click();
    QVERIFY2(asked.contains(QStringLiteral("1, ") + sizeText(2048)), qPrintable(asked));
    QVERIFY(!fs::exists(stale));
    QVERIFY(fs::exists(running));
    QVERIFY(fs::exists(folder / "x.gguf"));
    QVERIFY(finished.wait(20000));
    QVERIFY(remove->isHidden());
  }

  void fitsAt1100Pixels_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("modelRole");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("model");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("模型");
  }

  void fitsAt1100Pixels() {
    QFETCH(QString, language);
    QFETCH(QString, modelRole);
    session_.language()->setLanguage(language, false);
    md::testing::TempFolder dir;
    const auto store = md::testing::makeOllamaStore(dir.path() / "ollama");
    const fs::path folder =
        dir.path() / "a rather long folder of downloaded models" / "我的 模型 with another long subfolder name";
    md::testing::writeModel(folder / "qwen2.5-coder-32b-instruct-q4_k_m.gguf", "qwen");
    md::stores::ScanRequest request = ollamaRequest(store.root, dir.path() / "data");
    request.folders = {folder};

    MainWindow window(session_.language());
    auto* browser = window.findChild<StoreBrowser*>();
    QVERIFY(browser != nullptr);
    browser->setRequest(request);
    window.resize(1100, 720);
    window.showPage(PageId::Models);
    window.page(PageId::Models)->findChild<QTabWidget*>()->setCurrentWidget(browser);
    QSignalSpy finished(browser, &StoreBrowser::scanFinished);
    window.show();
    QVERIFY(finished.wait(20000));
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(browser->findChild<ProgressPanel*>()->isHidden()); // the scan's panel goes once it is done
    QCoreApplication::processEvents();                             // and the layout closes its gap

    auto* view = browser->findChild<QTableView*>(QStringLiteral("storeTable"));
    auto* model = view->model();
    bool sawModel = false;
    for (int row = 0; row < model->rowCount(); ++row)
      if (model->index(row, StoreTableModel::Name).data().toString().startsWith(QStringLiteral("qwen2.5"))) {
        QCOMPARE(model->index(row, StoreTableModel::Role).data().toString(), modelRole);
        sawModel = true;
      }
    QVERIFY(sawModel);
    const int viewport = view->viewport()->width();
    for (int column = 0; column < StoreTableModel::Path; ++column) {
      const int right = view->columnViewportPosition(column) + view->columnWidth(column);
      QVERIFY2(right <= viewport,
               qPrintable(QStringLiteral("column %1 ends at %2 of %3").arg(column).arg(right).arg(viewport)));
    }
    QVERIFY2(view->columnWidth(StoreTableModel::Path) >= 120, "the path keeps room to show its ends");
    QCOMPARE(view->textElideMode(), Qt::ElideMiddle);
    auto* status = browser->findChild<QLabel*>(QStringLiteral("storeStatus"));
    QVERIFY2(status->height() < 2 * status->fontMetrics().lineSpacing(),
             qPrintable(QStringLiteral("the status is %1 px high").arg(status->height())));
    const QString png = QDir::temp().filePath(QStringLiteral("modeldesk-local-stores-%1.png").arg(language));
    QVERIFY(window.grab().save(png));
    qInfo("saved %s", qPrintable(png));
  }
};

QTEST_MAIN(LocalStoresTest)
#include "tst_local_stores.moc"
