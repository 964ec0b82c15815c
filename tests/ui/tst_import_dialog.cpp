// "Import into Ollama" offscreen against the fake server, as a user drives
// it: parts plus a projector become a vision model joined straight into the
// store; shards stay shards on 0.30; a single GGUF is hard-linked (or cloned)
// and the result says what that means; a server on another address gets an
// upload; a probe the server does not see falls back to upload and says so;
// an LFS pointer and a taken name are refused with nothing placed; Cancel
// leaves no blob, no model and no temp file; Ollama down is said, not
// crashed on; Save Modelfile… starts beside the model; the key pages in
// zh_CN; the drop offer in the main window opens the dialog; and the
// inspector, the Local stores table and the merge result ask for it.
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTreeWidget>
#include <QtTest>

#include <unistd.h>

#include <fstream>

#include "core/gguf/writer.h"
#include "core/util/paths.h"
#include "import_dialog_testing.h"
#include "job_view_testing.h"
#include "tests/core/test_import_support.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/merge_fixtures.h"
#include "tests/support/ollama_fixtures.h"
#include "ui/import/import_dialog.h"
#include "ui/import/import_offer.h"
#include "ui/merge/merge_page.h"
#include "ui/modelfile/template_plan_view.h"
#include "ui/models/models_page.h"
#include "ui/models/ollama_hosts.h"
#include "ui/models/store_browser.h"
#include "ui/shell/application.h"
#include "ui/shell/banner.h"
#include "ui/shell/language.h"
#include "ui/shell/main_window.h"
#include "ui/shell/progress_panel.h"
#include "ui_test_setup.h"

using namespace md::ui;
namespace fs = std::filesystem;

namespace {

using md::testing::child;
using md::testing::openAndCheck;
using md::testing::text;
using md::testing::useStore;
using md::testing::waitChecked;

QString preflightText(const ImportDialog& dialog) {
  return child<QLabel>(dialog, "importPreflight")->text();
}

QString resultText(const ImportDialog& dialog) {
  return child<QLabel>(dialog, "importResult")->text();
}

QPushButton* importButton(const ImportDialog& dialog) {
  return child<QPushButton>(dialog, "importButton");
}

bool modelExists(const md::testing::FakeOllama& fake, const std::string& name) {
  md::testing::FakeStore store(fake.modelsDir());
  return store.readManifest(*md::testing::ModelName::parse(name)).has_value();
}

// With MODELDESK_IMPORT_SHOTS=DIR, the dialog as the test left it, as DIR/NAME.png
// (to look at the pages as a user would).
void shoot(ImportDialog& dialog, const QString& name) {
  const QString folder = qEnvironmentVariable("MODELDESK_IMPORT_SHOTS");
  QCoreApplication::processEvents(); // lay out what the last update changed
  if (!folder.isEmpty())
    dialog.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace

class ImportDialogTest : public QObject {
  Q_OBJECT

private:
  md::testing::UiTestSession session_;

  fs::path dir() const { return session_.dir(); }
  static bool runImport(ImportDialog& dialog) {
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    importButton(dialog)->click();
    return finished.wait(30000) && finished.first().first().toBool();
  }

private Q_SLOTS:
  void initTestCase() {
    // No store of this machine's own Ollama is a candidate: only what a test names.
    QVERIFY(session_.start(*this, {.ownHome = true, .language = QStringLiteral("en")}));
  }

  void cleanup() {
    session_.reset();
    qunsetenv("OLLAMA_MODELS");
  }

  void partsAndAProjectorBecomeAVisionModelJoinedIntoTheStore_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
  }

  void partsAndAProjectorBecomeAVisionModelJoinedIntoTheStore() {
    QFETCH(QString, language);
    session_.language()->setLanguage(language, false);
    const bool zh = language == QLatin1String("zh_CN");
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    useStore(fake.modelsDir());
    const fs::path folder = dir() / ("vision-" + language.toStdString());
    fs::create_directories(folder);
    const auto parts = md::testing::writeParts(md::testing::tinyLlama("Qwen2 VL 7B"), folder / "qwen.gguf",
                                               {".part1of2", ".part2of2"});
    md::testing::tinyProjector().write(folder / "mmproj.gguf");
    ImportDialog dialog({text(parts[1]), text(folder / "mmproj.gguf"), text(parts[0])},
                        QString::fromStdString(fake.url()));
    QVERIFY(openAndCheck(dialog));
    QCOMPARE(dialog.windowTitle(), zh ? QStringLiteral("导入到 Ollama") : QStringLiteral("Import into Ollama"));
    auto* table = child<QTreeWidget>(dialog, "importPlanTable");
    QCOMPARE(table->topLevelItemCount(), 2);
    QCOMPARE(table->topLevelItem(0)->text(0), zh ? QStringLiteral("模型") : QStringLiteral("model"));
    QCOMPARE(table->topLevelItem(0)->text(3),
             zh ? QStringLiteral("由 2 个分段拼接") : QStringLiteral("joined from 2 parts"));
    QCOMPARE(table->topLevelItem(1)->text(0), zh ? QStringLiteral("投影器") : QStringLiteral("projector"));
    QCOMPARE(child<QLineEdit>(dialog, "importNameEdit")->text(), QStringLiteral("qwen2-vl-7b"));
    QVERIFY2(preflightText(dialog).contains(zh ? QStringLiteral("探针") : QStringLiteral("proven by a probe")),
             qPrintable(preflightText(dialog)));
    QVERIFY(child<TemplatePlanView>(dialog, "importTemplatePlan")->headingText().contains(QStringLiteral("0.12.0")));
    QVERIFY(importButton(dialog)->isEnabled());
    const QString modelfile = child<QPlainTextEdit>(dialog, "importModelfile")->toPlainText();
    QVERIFY2(modelfile.contains(QStringLiteral("FROM ") + text(folder / "mmproj.gguf")), qPrintable(modelfile));
    QVERIFY(modelfile.contains(QStringLiteral("qwen.gguf.part1of2")));

    QVERIFY(runImport(dialog));
    const QString result = resultText(dialog);
    QVERIFY2(result.contains(zh ? QStringLiteral("视觉") : QStringLiteral("vision")), qPrintable(result));
    QVERIFY2(result.contains(zh ? QStringLiteral("直接拼接进 Ollama 的存储") : QStringLiteral("joined straight into")),
             qPrintable(result));
    QVERIFY(child<QPushButton>(dialog, "importShowInModels")->isVisible());
    QVERIFY(child<QPushButton>(dialog, "importTestPrompt")->isVisible());
    QVERIFY(modelExists(fake, "qwen2-vl-7b"));
    const std::string joined = md::testing::readFile(parts[0]) + md::testing::readFile(parts[1]);
    const auto blob = fake.modelsDir() / "blobs" / ("sha256-" + md::testing::sha256Hex(joined));
    QCOMPARE(md::testing::readFile(blob), joined);
    for (const auto& file : md::testing::storeFiles(fake.modelsDir()))
      QVERIFY2(file.find("partial") == std::string::npos, file.c_str());

    QSignalSpy shown(&dialog, &ImportDialog::showInModelsRequested);
    child<QPushButton>(dialog, "importShowInModels")->click();
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.first().first().toString(), QStringLiteral("qwen2-vl-7b"));
  }

  void shardsStayShardsOnANewServer() {
    md::testing::FakeOllama fake({.version = "0.30.0"});
    QVERIFY(fake.start());
    useStore(fake.modelsDir());
    const fs::path folder = dir() / "shards";
    fs::create_directories(folder);
    const auto shards = md::testing::writeShards(md::testing::tinyLlama(), folder, "tiny", 3);
    ImportDialog dialog({text(folder)}, QString::fromStdString(fake.url())); // a folder, as dropped
    QVERIFY(openAndCheck(dialog));
    auto* table = child<QTreeWidget>(dialog, "importPlanTable");
    QCOMPARE(table->topLevelItemCount(), 3);
    QCOMPARE(table->topLevelItem(2)->text(3), QStringLiteral("shard 3 of 3"));
    shoot(dialog, QStringLiteral("shards"));
    QVERIFY(runImport(dialog));
    QVERIFY2(resultText(dialog).contains(QStringLiteral("Bytes written by ModelDesk: 0 B")),
             qPrintable(resultText(dialog)));
    QVERIFY(modelExists(fake, "tiny-llama"));
  }

  void aSingleGgufIsLinkedAndTheResultSaysWhatThatMeans() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    useStore(fake.modelsDir());
    const fs::path file = dir() / "single" / "Llama-3.2-1B.gguf";
    fs::create_directories(file.parent_path());
    md::testing::tinyLlama("").write(file);
    ImportDialog dialog({text(file)}, QString::fromStdString(fake.url()));
    QVERIFY(openAndCheck(dialog));
    QCOMPARE(child<QLineEdit>(dialog, "importNameEdit")->text(), QStringLiteral("llama-3.2-1b"));
    QVERIFY(runImport(dialog));
    shoot(dialog, QStringLiteral("linked"));
    const QString result = resultText(dialog);
    const bool linked = result.contains(QStringLiteral("hard link"));
    QVERIFY2(linked || result.contains(QStringLiteral("copy-on-write")), qPrintable(result));
    if (linked)
      QVERIFY(result.contains(QStringLiteral("editing that file in place would change the model")));
    QVERIFY(result.contains(QStringLiteral("Bytes written by ModelDesk: 0 B")));
    const auto bytes = md::testing::readFile(file);
    QCOMPARE(md::testing::readFile(fake.modelsDir() / "blobs" / ("sha256-" + md::testing::sha256Hex(bytes))), bytes);
  }

  void aServerOnAnotherAddressGetsAnUpload() {
    md::testing::FakeOllama fake({.bindAddress = "127.0.0.2"});
    if (!fake.start())
      QSKIP("127.0.0.2 is not usable here");
    useStore(fake.modelsDir()); // even a store on this disk is not taken for a server elsewhere
    const fs::path file = dir() / "remote.gguf";
    md::testing::tinyLlama("remote").write(file);
    ImportDialog dialog({text(file)}, QString::fromStdString(fake.url()));
    QVERIFY(openAndCheck(dialog));
    QVERIFY2(preflightText(dialog).contains(QStringLiteral("is not on this machine")),
             qPrintable(preflightText(dialog)));
    QVERIFY(runImport(dialog));
    QVERIFY2(resultText(dialog).contains(QStringLiteral("uploaded over HTTP")), qPrintable(resultText(dialog)));
    QVERIFY(modelExists(fake, "remote"));
  }

  void aProbeTheServerDoesNotSeeFallsBackToUpload() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    const fs::path other = dir() / "other-store";
    fs::create_directories(other / "blobs");
    useStore(other); // a store on this disk, but not the one the server reads
    const fs::path file = dir() / "probed.gguf";
    md::testing::tinyLlama("probed").write(file);
    ImportDialog dialog({text(file)}, QString::fromStdString(fake.url()));
    QVERIFY(openAndCheck(dialog));
    shoot(dialog, QStringLiteral("probe-failed"));
    const QString preflight = preflightText(dialog);
    QVERIFY2(preflight.contains(QStringLiteral("is not the store of")), qPrintable(preflight));
    QVERIFY(preflight.contains(QStringLiteral("uploading over HTTP")));
    QVERIFY(runImport(dialog));
    QVERIFY(resultText(dialog).contains(QStringLiteral("uploaded over HTTP")));
    QVERIFY(md::testing::storeFiles(other).empty());
    QVERIFY(modelExists(fake, "probed"));
  }

  void anLfsPointerIsRefusedWithNothingPlaced() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    useStore(fake.modelsDir());
    const fs::path file = dir() / "lfs" / "model.gguf";
    fs::create_directories(file.parent_path());
    std::ofstream(file) << "version https://git-lfs.github.com/spec/v1\n"
                           "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\n"
                           "size 4368438944\n";
    const auto before = md::testing::storeFiles(fake.modelsDir());
    ImportDialog dialog({text(file)}, QString::fromStdString(fake.url()));
    QVERIFY(openAndCheck(dialog));
    shoot(dialog, QStringLiteral("lfs"));
    QVERIFY2(preflightText(dialog).contains(QStringLiteral("Git LFS pointer")), qPrintable(preflightText(dialog)));
    QVERIFY(!importButton(dialog)->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "importSaveModelfile")->isEnabled());
    QCOMPARE(md::testing::storeFiles(fake.modelsDir()), before);
  }

  void aTakenNameIsRefusedUntilReplaceIsTicked() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    useStore(fake.modelsDir());
    md::testing::seedModel(fake.modelsDir(), "taken:latest");
    const fs::path file = dir() / "taken.gguf";
    md::testing::tinyLlama("taken").write(file);
    const auto before = md::testing::storeFiles(fake.modelsDir());
    ImportDialog dialog({text(file)}, QString::fromStdString(fake.url()));
    QVERIFY(openAndCheck(dialog));
    shoot(dialog, QStringLiteral("taken"));
    QVERIFY2(preflightText(dialog).contains(QStringLiteral("A model named “taken” already exists")),
             qPrintable(preflightText(dialog)));
    QVERIFY(!importButton(dialog)->isEnabled());
    auto* replace = child<QCheckBox>(dialog, "importReplace");
    QVERIFY(replace->isVisible());
    QCOMPARE(md::testing::storeFiles(fake.modelsDir()), before);

    child<QLineEdit>(dialog, "importNameEdit")->setText(QStringLiteral("taken2"));
    QVERIFY(waitChecked(dialog));
    QVERIFY(preflightText(dialog).contains(QStringLiteral("The name “taken2” is free")));
    QVERIFY(!replace->isVisible());
    child<QLineEdit>(dialog, "importNameEdit")->setText(QStringLiteral("taken"));
    QVERIFY(waitChecked(dialog));
    replace->setChecked(true);
    QVERIFY(waitChecked(dialog));
    QVERIFY2(preflightText(dialog).contains(QStringLiteral("will be replaced")), qPrintable(preflightText(dialog)));
    QVERIFY(runImport(dialog));
  }

  void cancelLeavesNoBlobNoModelAndNoTempFile() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    useStore(fake.modelsDir());
    // 512 MiB in two byte-split parts, sparse on disk: long enough to cancel the join.
    const fs::path folder = dir() / "big";
    fs::create_directories(folder);
    auto builder = md::testing::tinyLlama("big");
    builder.tensor("big.weight", {std::int64_t(128) << 20});
    const auto layout = builder.layout();
    {
      std::ofstream first(folder / "big.gguf.part1of2", std::ios::binary);
      first.write(reinterpret_cast<const char*>(layout.bytes.data()), std::streamsize(layout.bytes.size()));
    }
    QCOMPARE(::truncate((folder / "big.gguf.part1of2").c_str(), off_t(layout.fileSize / 2)), 0);
    std::ofstream(folder / "big.gguf.part2of2").close();
    QCOMPARE(::truncate((folder / "big.gguf.part2of2").c_str(), off_t(layout.fileSize - layout.fileSize / 2)), 0);
    const auto before = md::testing::storeFiles(fake.modelsDir());
    ImportDialog dialog({text(folder)}, QString::fromStdString(fake.url()));
    QVERIFY(openAndCheck(dialog));
    QVERIFY2(importButton(dialog)->isEnabled(), qPrintable(preflightText(dialog)));
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    importButton(dialog)->click();
    auto* progress = md::testing::jobProgress(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(progress->statusText().contains(QStringLiteral("Joining")), 20000);
    progress->cancelButton()->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    shoot(dialog, QStringLiteral("cancelled"));
    QCOMPARE(md::testing::jobBanner(dialog)->kind(), Banner::Kind::Warning);
    QVERIFY2(md::testing::jobBanner(dialog)->text().contains(QStringLiteral("Nothing was left behind")),
             qPrintable(md::testing::jobBanner(dialog)->text()));
    QCOMPARE(md::testing::storeFiles(fake.modelsDir()), before);
    QVERIFY(!modelExists(fake, "big"));
    QVERIFY(child<QLineEdit>(dialog, "importNameEdit")->isEnabled()); // the user can try again
  }

  void ollamaDownIsSaidAndThePlanStillShows() {
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(md::testing::unusedLoopbackPort());
    const fs::path file = dir() / "down.gguf";
    md::testing::tinyLlama("down").write(file);
    ImportDialog dialog({text(file)}, url);
    QVERIFY(openAndCheck(dialog));
    shoot(dialog, QStringLiteral("down"));
    auto* banner = child<Banner>(dialog, "importBanner");
    QVERIFY2(banner->text().contains(QStringLiteral("Ollama is not running at ") + url), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("The plan below is for Ollama 0.33.0")));
    QCOMPARE(child<QTreeWidget>(dialog, "importPlanTable")->topLevelItemCount(), 1);
    QVERIFY(!importButton(dialog)->isEnabled());
    QVERIFY(child<QPushButton>(dialog, "importCheckAgain")->isEnabled());
  }

  void saveModelfileStartsBesideTheModel() {
    const fs::path file = dir() / "save" / "saved.gguf";
    fs::create_directories(file.parent_path());
    md::testing::tinyLlama("saved").write(file);
    ImportDialog dialog({text(file)}, QStringLiteral("http://127.0.0.1:%1").arg(md::testing::unusedLoopbackPort()));
    QSignalSpy planned(&dialog, &ImportDialog::planned);
    QVERIFY(planned.wait(20000));
    QString suggested;
    const QString target = text(dir() / "save" / "out.Modelfile");
    dialog.setSavePathPrompt([&](const QString& path) {
      suggested = path;
      return target;
    });
    child<QPushButton>(dialog, "importSaveModelfile")->click();
    QCOMPARE(QFileInfo(suggested).absolutePath(), text(file.parent_path()));
    QCOMPARE(QFileInfo(suggested).fileName(), QStringLiteral("saved.Modelfile"));
    const std::string saved = md::testing::readFile(md::pathFromUtf8(target.toStdString()));
    QVERIFY2(saved.find("FROM " + md::pathToUtf8(file)) != std::string::npos, saved.c_str());
  }

  void aDropOffersTheImportInTheStatusBar() {
    qputenv("OLLAMA_HOST", QByteArray("127.0.0.1:") + QByteArray::number(md::testing::unusedLoopbackPort()));
    const fs::path folder = dir() / "dropped";
    fs::create_directories(folder);
    const auto parts = md::testing::writeParts(md::testing::tinyLlama(), folder / "d.gguf", {".part1of2", ".part2of2"});
    MainWindow window(session_.language());
    auto* offer = window.findChild<ImportOffer*>();
    QVERIFY(offer);
    QVERIFY(offer->isHidden());
    QVERIFY(window.openUrls({QUrl::fromLocalFile(text(parts[0])), QUrl::fromLocalFile(text(parts[1]))}));
    QVERIFY(!offer->isHidden());
    QCOMPARE(offer->text(), QStringLiteral("Import these files into Ollama…"));
    offer->click();
    auto* dialog = window.findChild<ImportDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->paths(), QStringList({text(parts[0]), text(parts[1])}));
    QCOMPARE(dialog->hostUrl(), OllamaHosts::localUrl()); // the server chosen in the app
    QVERIFY(offer->isHidden());
    qunsetenv("OLLAMA_HOST");
  }

  // The inspector, the Local stores table (a model brings the projector beside it) and the merge result.
  void theInspectorTheStoresAndTheMergeResultAskForTheImport() {
    const fs::path folder = dir() / "entries";
    fs::create_directories(folder);
    md::testing::tinyLlama("entry").write(folder / "entry.gguf");
    md::testing::tinyProjector().write(folder / "mmproj-entry.gguf");
    ModelsPage page;
    QSignalSpy requested(&page, &ModelsPage::importRequested);
    page.inspect(text(folder / "entry.gguf"));
    auto* fromInspector = page.findChild<QPushButton*>(QStringLiteral("inspectorImportIntoOllama"));
    QVERIFY(fromInspector);
    QTRY_VERIFY_WITH_TIMEOUT(fromInspector->isEnabled(), 10000);
    fromInspector->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.takeFirst().first().toStringList(), QStringList{text(folder / "entry.gguf")});

    auto* stores = page.findChild<StoreBrowser*>(QStringLiteral("storeBrowser"));
    md::stores::ScanRequest request;
    request.folders = {folder};
    request.indexFolder = dir() / "index";
    stores->setRequest(request);
    QSignalSpy scanned(stores, &StoreBrowser::scanFinished);
    stores->rescan();
    QVERIFY(scanned.wait(20000));
    QVERIFY(stores->selectPath(text(folder / "entry.gguf")));
    auto* fromStores = stores->findChild<QPushButton*>(QStringLiteral("storeImportIntoOllama"));
    QVERIFY(fromStores->isEnabled());
    fromStores->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.takeFirst().first().toStringList(),
             QStringList({text(folder / "entry.gguf"), text(folder / "mmproj-entry.gguf")}));

    const auto parts = md::testing::writeParts(md::testing::tinyLlama(), folder / "m" / "joined.gguf", {".a", ".b"});
    MergePage merge;
    QSignalSpy mergeRequested(&merge, &MergePage::importRequested);
    merge.receiveDrop(DropDecision{DropTarget::Merge, {text(parts[0]), text(parts[1])}, {}});
    merge.checkFiles();
    QTRY_COMPARE_WITH_TIMEOUT(merge.step(), MergePage::Step::Plan, 10000);
    merge.chooseOutput();
    merge.startMerge();
    QTRY_COMPARE_WITH_TIMEOUT(merge.step(), MergePage::Step::Result, 20000);
    merge.findChild<QPushButton*>(QStringLiteral("mergeImportIntoOllama"))->click();
    QCOMPARE(mergeRequested.count(), 1);
    QCOMPARE(mergeRequested.first().first().toStringList(), QStringList{text(folder / "m" / "joined.gguf")});
  }
};

QTEST_MAIN(ImportDialogTest)
#include "tst_import_dialog.moc"
