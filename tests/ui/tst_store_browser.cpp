// The store browser over real stores in temporary folders: rows, filters,
// search, sorting, badges, drag-out URLs, actions, delete with confirmation,
// the disk usage chart, and the watcher that rescans a changed folder.
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

#include "core/util/paths.h"
#include "tests/core/test_stores_fixtures.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/merge_fixtures.h"
#include "tests/support/temp_folder.h"
#include "ui/models/store_browser.h"
#include "ui/models/store_table_model.h"
#include "ui/models/store_usage_chart.h"
#include "ui/shell/banner.h"

using namespace md::ui;
namespace fs = std::filesystem;

namespace {

QString text(const fs::path& path) {
  return QString::fromStdString(md::pathToUtf8(path));
}

// Ollama store + a folder with a model, its mmproj, a shard and a partial file.
struct Stores {
  md::testing::TempFolder dir;
  md::testing::OllamaFixture ollama = md::testing::makeOllamaStore(dir.path() / "ollama");
  fs::path folder = dir.path() / "我的 模型";

  Stores() {
    md::testing::writeModel(folder / "llava" / "llava-q4.gguf", "llava");
    md::testing::tinyProjector().write(folder / "llava" / "mmproj-f16.gguf");
    md::testing::tinyLlama("shard")
        .setU32("split.no", 0)
        .setU32("split.count", 2)
        .write(folder / "big-00001-of-00002.gguf");
    md::testing::writeText(folder / "half.gguf.part", "half");
  }
  md::stores::ScanRequest request() const {
    md::stores::ScanRequest request;
    request.ollama = ollama.root;
    request.folders = {folder};
    request.indexFolder = dir.path() / "data";
    return request;
  }
};

bool scan(StoreBrowser& browser) {
  QSignalSpy finished(&browser, &StoreBrowser::scanFinished);
  browser.rescan();
  return finished.wait(20000) && finished.first().at(0).toBool();
}

// Scans one folder (the header index in `indexFolder`); false if it did not finish.
bool scanFolder(StoreBrowser& browser, const fs::path& folder, const fs::path& indexFolder) {
  md::stores::ScanRequest request;
  request.folders = {folder};
  request.indexFolder = indexFolder;
  browser.setRequest(request);
  return scan(browser);
}

QStringList column(const StoreBrowser& browser, int column) {
  QStringList values;
  for (int row = 0; row < browser.findChild<md::ui::StoreFilter*>(QStringLiteral("storeFilter"))->rowCount(); ++row)
    values
        << browser.findChild<md::ui::StoreFilter*>(QStringLiteral("storeFilter"))->index(row, column).data().toString();
  return values;
}

// Stands in for the desktop's file manager: records what it was asked to open.
class UrlRecorder : public QObject {
  Q_OBJECT
public:
  QList<QUrl> opened;
public Q_SLOTS:
  void open(const QUrl& url) { opened << url; }
};

} // namespace

class StoreBrowserTest : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void listsFiltersSearchesAndSorts() {
    Stores stores;
    StoreBrowser browser;
    browser.setRequest(stores.request());
    QVERIFY(scan(browser));
    // Ollama: 3 GGUF layers (shared model once per model: 2), orphan, partial;
    // non-GGUF layers hidden. Folder: 4 files.
    QCOMPARE(browser.findChild<md::ui::StoreTableModel*>(QStringLiteral("storeTableModel"))->rowCount(), 14);
    QCOMPARE(browser.findChild<md::ui::StoreFilter*>(QStringLiteral("storeFilter"))->rowCount(), 10);
    browser.findChild<QComboBox*>(QStringLiteral("storeSource"))->setCurrentIndex(4); // folders
    QCOMPARE(browser.findChild<md::ui::StoreFilter*>(QStringLiteral("storeFilter"))->rowCount(), 4);
    browser.findChild<QComboBox*>(QStringLiteral("storeSource"))->setCurrentIndex(0);
    browser.findChild<QLineEdit*>(QStringLiteral("storeSearch"))->setText(QStringLiteral("mmproj"));
    QCOMPARE(browser.findChild<md::ui::StoreFilter*>(QStringLiteral("storeFilter"))->rowCount(), 1);
    QCOMPARE(column(browser, StoreTableModel::Role), QStringList{QStringLiteral("projector")});
    browser.findChild<QLineEdit*>(QStringLiteral("storeSearch"))->setText(QStringLiteral("shard 1/2"));
    QCOMPARE(browser.findChild<md::ui::StoreFilter*>(QStringLiteral("storeFilter"))->rowCount(), 1);
    browser.findChild<QLineEdit*>(QStringLiteral("storeSearch"))->clear();

    browser.findChild<QTableView*>(QStringLiteral("storeTable"))
        ->sortByColumn(StoreTableModel::Size, Qt::AscendingOrder);
    qulonglong previous = 0;
    for (int row = 0; row < browser.findChild<md::ui::StoreFilter*>(QStringLiteral("storeFilter"))->rowCount(); ++row) {
      const auto size = browser.findChild<md::ui::StoreFilter*>(QStringLiteral("storeFilter"))
                            ->index(row, StoreTableModel::Size)
                            .data(StoreTableModel::SortRole)
                            .toULongLong();
      QVERIFY(size >= previous);
      previous = size;
    }
    const QStringList roles = column(browser, StoreTableModel::Role);
    QVERIFY(roles.contains(QStringLiteral("model, orphan"))); // a plain model says so
    QVERIFY(roles.contains(QStringLiteral("partial download")));
    QVERIFY(roles.contains(QStringLiteral("model, legacy name")));
    QVERIFY(column(browser, StoreTableModel::Architecture).contains(QStringLiteral("llama")));
  }

  // Every column a user sorts by: architecture, quantization (case-blind
  // text), size and date, each in ascending order after a click.
  void sortsByArchitectureQuantizationSizeAndDate() {
    Stores stores;
    // One file a day older, so the dates differ whatever the clock's grain.
    const fs::path older = stores.folder / "half.gguf.part";
    fs::last_write_time(older, fs::last_write_time(older) - std::chrono::hours(24));
    StoreBrowser browser;
    browser.setRequest(stores.request());
    QVERIFY(scan(browser));
    const auto sortValues = [&](int column) {
      browser.findChild<QTableView*>(QStringLiteral("storeTable"))->sortByColumn(column, Qt::AscendingOrder);
      QVariantList values;
      for (int row = 0; row < browser.findChild<md::ui::StoreFilter*>(QStringLiteral("storeFilter"))->rowCount(); ++row)
        values << browser.findChild<md::ui::StoreFilter*>(QStringLiteral("storeFilter"))
                      ->index(row, column)
                      .data(StoreTableModel::SortRole);
      return values;
    };
    for (int column : {int(StoreTableModel::Architecture), int(StoreTableModel::Quantization)}) {
      const QVariantList values = sortValues(column);
      QSet<QString> distinct;
      for (int i = 0; i < values.size(); ++i) {
        distinct.insert(values[i].toString().toLower());
        if (i > 0)
          QVERIFY2(QString::compare(values[i - 1].toString(), values[i].toString(), Qt::CaseInsensitive) <= 0,
                   qPrintable(values[i - 1].toString() + QStringLiteral(" > ") + values[i].toString()));
      }
      QVERIFY(distinct.size() >= 2); // the fixtures differ, so the order means something
    }
    for (int column : {int(StoreTableModel::Size), int(StoreTableModel::Modified)}) {
      const QVariantList values = sortValues(column);
      for (int i = 1; i < values.size(); ++i)
        QVERIFY(values[i - 1].toLongLong() <= values[i].toLongLong());
      QVERIFY(values.front().toLongLong() < values.back().toLongLong());
    }
  }

  void aModelCutShortIsMarkedIncomplete() {
    md::testing::TempFolder dir;
    const fs::path folder = dir.path() / "下载";
    md::testing::writeModel(folder / "cut.gguf", "cut");
    fs::resize_file(folder / "cut.gguf", fs::file_size(folder / "cut.gguf") - 64);
    StoreBrowser browser;
    QVERIFY(scanFolder(browser, folder, dir.path() / "data"));
    QCOMPARE(browser.findChild<md::ui::StoreFilter*>(QStringLiteral("storeFilter"))->rowCount(), 1);
    QVERIFY(column(browser, StoreTableModel::Role).front().contains(QStringLiteral("incomplete")));
  }

  void thePartsOfAByteSplitAreCalledPartsNotUnreadable() {
    md::testing::TempFolder dir;
    const fs::path folder = dir.path() / "分卷 下载";
    md::testing::writeParts(md::testing::tinyLlama(), folder / "m.gguf", {".a", ".b", ".c"});
    StoreBrowser browser;
    QVERIFY(scanFolder(browser, folder, dir.path() / "data"));
    QCOMPARE(browser.findChild<md::ui::StoreFilter*>(QStringLiteral("storeFilter"))->rowCount(), 3);
    QStringList roles = column(browser, StoreTableModel::Role);
    roles.sort();
    QCOMPARE(roles, (QStringList{QStringLiteral("part 1: merge to use"), QStringLiteral("part 2: merge to use"),
                                 QStringLiteral("part 3: merge to use")}));
  }

  void showsAnEmptyStateUntilAFolderHasModels() {
    md::testing::TempFolder dir;
    const fs::path folder = dir.path() / "空的 文件夹";
    fs::create_directories(folder);
    StoreBrowser browser;
    QVERIFY(scanFolder(browser, folder, dir.path() / "data"));
    QVERIFY(browser.isShowingEmptyState());
    auto* add = browser.findChild<QWidget*>(QStringLiteral("storesEmptyState"))->findChild<QPushButton*>();
    QVERIFY(add);
    QSignalSpy addRequested(&browser, &StoreBrowser::addFolderRequested);
    add->click();
    QCOMPARE(addRequested.size(), 1);

    md::testing::writeModel(folder / "tiny.gguf", "tiny");
    QVERIFY(scan(browser));
    QVERIFY(!browser.isShowingEmptyState());
    QCOMPARE(browser.findChild<md::ui::StoreTableModel*>(QStringLiteral("storeTableModel"))->rowCount(), 1);
  }

  void dragsRowsOutAsFileUrls() {
    Stores stores;
    StoreBrowser browser;
    browser.setRequest(stores.request());
    QVERIFY(scan(browser));
    const QString model = text(stores.folder / "llava" / "llava-q4.gguf");
    QVERIFY(browser.selectPath(model));
    const QModelIndexList rows =
        browser.findChild<QTableView*>(QStringLiteral("storeTable"))->selectionModel()->selectedIndexes();
    QModelIndexList source;
    for (const auto& index : rows)
      source << browser.findChild<md::ui::StoreFilter*>(QStringLiteral("storeFilter"))->mapToSource(index);
    std::unique_ptr<QMimeData> mime(
        browser.findChild<md::ui::StoreTableModel*>(QStringLiteral("storeTableModel"))->mimeData(source));
    QCOMPARE(mime->urls(), QList<QUrl>{QUrl::fromLocalFile(model)});
  }

  void actionsEmitWithTheSelection() {
    Stores stores;
    StoreBrowser browser;
    browser.setRequest(stores.request());
    QVERIFY(scan(browser));
    const QString model = text(stores.folder / "llava" / "llava-q4.gguf");
    QVERIFY(browser.selectPath(model));
    QSignalSpy modelfile(&browser, &StoreBrowser::newModelfile);
    QSignalSpy inspect(&browser, &StoreBrowser::openInInspector);
    QSignalSpy merge(&browser, &StoreBrowser::sendToMerge);
    browser.newModelfileFromSelected();
    QCOMPARE(modelfile.size(), 1);
    QCOMPARE(modelfile.first().at(0).toString(), model);
    QCOMPARE(modelfile.first().at(1).toString(), text(stores.folder / "llava" / "mmproj-f16.gguf"));
    browser.openSelectedInInspector();
    QCOMPARE(inspect.first().at(0).toString(), model);
    browser.sendSelectedToMerge();
    QCOMPARE(merge.first().at(0).toStringList(), QStringList{model});
    browser.copySelectedPath();
    QCOMPARE(QGuiApplication::clipboard()->text(), model);

    browser.findChild<QComboBox*>(QStringLiteral("storeSource"))->setCurrentIndex(1); // Ollama: FROM is the model name
    QVERIFY(browser.selectPath(text(stores.ollama.root / "blobs" / ("sha256-" + md::testing::hexOf('b')))));
    browser.newModelfileFromSelected();
    QCOMPARE(modelfile.last().at(0).toString(), QStringLiteral("llava:latest"));
    QCOMPARE(modelfile.last().at(1).toString(), QString());
  }

  void deletesOnlyAfterConfirmation() {
    Stores stores;
    StoreBrowser browser;
    browser.setRequest(stores.request());
    QVERIFY(scan(browser));
    const fs::path partial = stores.folder / "half.gguf.part";
    bool answer = false;
    QString asked;
    browser.setConfirmation([&](const QString& question) {
      asked = question;
      return answer;
    });
    QVERIFY(browser.selectPath(text(partial)));
    browser.deleteSelected();
    QVERIFY(asked.contains(QStringLiteral("1 selected")));
    QVERIFY(fs::exists(partial));
    answer = true;
    QSignalSpy finished(&browser, &StoreBrowser::scanFinished);
    browser.deleteSelected();
    QVERIFY(!fs::exists(partial));
    QVERIFY(finished.wait(20000));
    QVERIFY(!browser.selectPath(text(partial)));

    // An Ollama model goes as a whole, after a question naming it; with
    // Ollama not running, from the store on disk: the blobs only it uses go,
    // the ones another model shares stay.
    const QByteArray savedHost = qgetenv("OLLAMA_HOST");
    qputenv("OLLAMA_HOST", "127.0.0.1:" + QByteArray::number(md::testing::unusedLoopbackPort()));
    const auto blob = [&](char c) { return stores.ollama.root / "blobs" / ("sha256-" + md::testing::hexOf(c)); };
    asked.clear();
    answer = false;
    QVERIFY(browser.selectPath(text(blob('b'))));
    browser.deleteSelected();
    QVERIFY(asked.contains(QStringLiteral("llava:latest")));
    QVERIFY(fs::exists(blob('b')));
    answer = true;
    QSignalSpy removed(&browser, &StoreBrowser::ollamaModelsRemoved);
    browser.deleteSelected();
    QVERIFY(removed.wait(20000));
    QCOMPARE(removed.first().first().toBool(), true);
    QVERIFY(browser.findChild<md::ui::Banner*>(QStringLiteral("storeBanner"))
                ->text()
                .contains(QStringLiteral("removed from the store on disk")));
    QVERIFY(!fs::exists(blob('b'))); // the projector and template were llava's alone
    QVERIFY(!fs::exists(blob('d')));
    QVERIFY(fs::exists(blob('a'))); // the model layer is shared with someone/copy:7b
    QVERIFY(fs::exists(stores.ollama.root / "manifests/registry.ollama.ai/someone/copy/7b"));
    QVERIFY(!fs::exists(stores.ollama.root / "manifests/registry.ollama.ai/library/llava/latest"));
    if (savedHost.isEmpty())
      qunsetenv("OLLAMA_HOST");
    else
      qputenv("OLLAMA_HOST", savedHost);
  }

  // The caches show beside Ollama and the folders: a Hugging Face snapshot
  // (a symlink into blobs/) and a ModelScope file, each with its real size,
  // and each as its own segment in the chart.
  void huggingFaceAndModelScopeShowWithTheirSizes() {
    md::testing::TempFolder dir;
    const fs::path hub = dir.path() / "hf" / "hub";
    const fs::path repo = hub / "models--Qwen--Qwen2.5-0.5B-Instruct-GGUF";
    const auto hfSize = md::testing::writeModel(repo / "blobs" / md::testing::hexOf('a'), "hf");
    md::testing::writeText(repo / "refs" / "main", "rev1\n");
    md::testing::symlinkTo("../../blobs/" + md::testing::hexOf('a'), repo / "snapshots" / "rev1" / "qwen.gguf");
    const fs::path modelScope = dir.path() / "modelscope";
    const auto msSize = md::testing::writeModel(
        modelScope / "hub" / "models" / "Qwen" / "Qwen2___5-0___5B-GGUF" / "qwen2.5-0.5b-q8_0.gguf", "ms");
    md::stores::ScanRequest request;
    request.huggingFace = hub;
    request.modelScope = modelScope;
    request.indexFolder = dir.path() / "data";
    StoreBrowser browser;
    browser.setRequest(request);
    QVERIFY(scan(browser));
    QCOMPARE(browser.findChild<md::ui::StoreFilter*>(QStringLiteral("storeFilter"))->rowCount(), 2);
    QMap<QString, qulonglong> sizeBySource;
    for (int row = 0; row < browser.findChild<md::ui::StoreFilter*>(QStringLiteral("storeFilter"))->rowCount(); ++row)
      sizeBySource[browser.findChild<md::ui::StoreFilter*>(QStringLiteral("storeFilter"))
                       ->index(row, StoreTableModel::Source)
                       .data()
                       .toString()] = browser.findChild<md::ui::StoreFilter*>(QStringLiteral("storeFilter"))
                                          ->index(row, StoreTableModel::Size)
                                          .data(StoreTableModel::SortRole)
                                          .toULongLong();
    QCOMPARE(sizeBySource.value(QStringLiteral("Hugging Face")), qulonglong(hfSize));
    QCOMPARE(sizeBySource.value(QStringLiteral("ModelScope")), qulonglong(msSize));
    QVERIFY(column(browser, StoreTableModel::Name).join(QLatin1Char('|')).contains(QStringLiteral("Qwen2.5-0.5B")));
    QMap<QString, quint64> chart;
    for (const auto& segment :
         browser.findChild<md::ui::StoreUsageChart*>(QStringLiteral("storeUsageChart"))->sourceSegments())
      chart[segment.label] = segment.bytes;
    QCOMPARE(chart.value(QStringLiteral("Hugging Face")), quint64(hfSize));
    QCOMPARE(chart.value(QStringLiteral("ModelScope")), quint64(msSize));
  }

  void showInFolderOpensTheFilesFolder() {
    Stores stores;
    StoreBrowser browser;
    browser.setRequest(stores.request());
    QVERIFY(scan(browser));
    UrlRecorder fileManager;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &fileManager, "open");
    QVERIFY(browser.selectPath(text(stores.folder / "llava" / "mmproj-f16.gguf")));
    browser.revealSelected();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(fileManager.opened.size(), 1);
    QCOMPARE(md::pathFromUtf8(fileManager.opened.front().toLocalFile().toStdString()), stores.folder / "llava");
  }

  void chartShowsUsageAndReclaimableSpace() {
    Stores stores;
    StoreBrowser browser;
    browser.setRequest(stores.request());
    QVERIFY(scan(browser));
    const auto& sources =
        browser.findChild<md::ui::StoreUsageChart*>(QStringLiteral("storeUsageChart"))->sourceSegments();
    QCOMPARE(sources.size(), 2);
    quint64 ollamaBytes = 0;
    for (const auto& segment : sources)
      if (segment.label == QStringLiteral("Ollama"))
        ollamaBytes = segment.bytes;
    QCOMPARE(ollamaBytes, stores.ollama.uniqueBytes());
    QVERIFY(!browser.findChild<md::ui::StoreUsageChart*>(QStringLiteral("storeUsageChart"))->modelSegments().isEmpty());
    const QString reclaimable = QString::fromStdString(
        md::formatBytes(stores.ollama.sizes.at('f') + stores.ollama.sizes.at('9') + 4)); // sizes as everywhere
    QVERIFY2(browser.findChild<md::ui::StoreUsageChart*>(QStringLiteral("storeUsageChart"))
                 ->summaryText()
                 .contains(reclaimable + QStringLiteral(" reclaimable")),
             qPrintable(browser.findChild<md::ui::StoreUsageChart*>(QStringLiteral("storeUsageChart"))->summaryText()));
    browser.findChild<md::ui::StoreUsageChart*>(QStringLiteral("storeUsageChart"))
        ->resize(
            600,
            browser.findChild<md::ui::StoreUsageChart*>(QStringLiteral("storeUsageChart"))->minimumSizeHint().height());
    QImage image(browser.findChild<md::ui::StoreUsageChart*>(QStringLiteral("storeUsageChart"))->size(),
                 QImage::Format_ARGB32);
    browser.findChild<md::ui::StoreUsageChart*>(QStringLiteral("storeUsageChart"))
        ->render(&image); // paints without crashing
  }

  void watcherRescansAChangedFolder() {
    Stores stores;
    StoreBrowser browser;
    browser.setRequest(stores.request());
    QVERIFY(scan(browser));
    QVERIFY(browser.watchedFolders().contains(text(stores.folder / "llava")));
    const int before = browser.findChild<md::ui::StoreTableModel*>(QStringLiteral("storeTableModel"))->rowCount();
    md::testing::writeModel(stores.folder / "llava" / "new.gguf", "new");
    QTRY_COMPARE_WITH_TIMEOUT(
        browser.findChild<md::ui::StoreTableModel*>(QStringLiteral("storeTableModel"))->rowCount(), before + 1, 20000);
  }
};

QTEST_MAIN(StoreBrowserTest)
#include "tst_store_browser.moc"
