// ui_no_english_in_zh_CN: the app in Simplified Chinese, offscreen, page by
// page, dialog by dialog and state by state (the Ollama server absent, alive
// with models, then stopped; scans, merges, diagnostics, a create and an
// import against the fake server), with every visible text checked for
// English words (tests/ui/text_audit.h says what is allowed). To cover a new
// dialog: build it in a slot like these, drive it to its states and call
// audit(widget, "where").
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <filesystem>
#include <fstream>

#include "core/util/paths.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/merge_fixtures.h"
#include "tests/support/ollama_fixtures.h"
#include "tests/support/reclaim_fixture.h"
#include "tests/support/temp_folder.h"
#include "tests/support/tiny_gguf.h"
#include "text_audit.h"
#include "ui/env/environment_page.h"
#include "ui/import/import_dialog.h"
#include "ui/merge/merge_page.h"
#include "ui/merge/split_dialog.h"
#include "ui/modelfile/create_in_ollama_dialog.h"
#include "ui/modelfile/live_validator.h"
#include "ui/modelfile/modelfile_editor.h"
#include "ui/modelfile/modelfile_page.h"
#include "ui/models/export_dialog.h"
#include "ui/models/gguf_inspector.h"
#include "ui/models/models_page.h"
#include "ui/models/ollama_tab.h"
#include "ui/models/reclaim_dialog.h"
#include "ui/models/store_browser.h"
#include "ui/shell/about_dialog.h"
#include "ui/shell/application.h"
#include "ui/shell/drop_router.h"
#include "ui/shell/language.h"
#include "ui/shell/main_window.h"
#include "ui_test_setup.h"

using namespace md::ui;
namespace fs = std::filesystem;

namespace {

QString text(const fs::path& path) {
  return QString::fromStdString(md::pathToUtf8(path));
}

QString closedPortUrl() {
  return QStringLiteral("http://127.0.0.1:%1").arg(md::testing::unusedLoopbackPort());
}

} // namespace

class NoEnglishInZhCnTest : public QObject {
  Q_OBJECT

private:
  QTemporaryDir files_;
  LanguageManager* language_ = nullptr;
  md::testing::TextAudit audit_;

  fs::path dir() const { return md::pathFromUtf8(files_.path().toStdString()); }

  void audit(QWidget* widget, const QString& where) {
    QCoreApplication::processEvents();
    audit_.audit(widget, where);
  }

  // Writes a model in two byte-split parts and its projector into `folder`.
  std::vector<fs::path> writeVisionParts(const fs::path& folder) {
    fs::create_directories(folder);
    auto parts = md::testing::writeParts(md::testing::tinyLlama("Qwen2 VL 7B"), folder / "qwen.gguf",
                                         {".part1of2", ".part2of2"});
    md::testing::tinyProjector().write(folder / "mmproj.gguf");
    parts.push_back(folder / "mmproj.gguf");
    return parts;
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(files_.isValid());
    qunsetenv("OLLAMA_MODELS");
    language_ = md::testing::setUpUiTest(*this, files_,
                                         {.ownHome = true, .ollamaDown = true, .language = QStringLiteral("zh_CN")});
    QDir().mkpath(files_.filePath(QStringLiteral("home/Downloads")));
    QCOMPARE(QCoreApplication::translate("md::ui::MainWindow", "&Help"), QStringLiteral("帮助(&H)"));
  }

  void init() { audit_ = {}; }

  void cleanup() {
    const QStringList offences = audit_.offences();
    QVERIFY2(audit_.checkedCount() > 0, "nothing was checked");
    for (const QString& offence : offences)
      qInfo().noquote() << "English:" << offence;
    QVERIFY2(offences.isEmpty(),
             qPrintable(QStringLiteral("%1 texts with English (listed above)").arg(offences.size())));
  }

  // The audit itself finds English and lets code-like tokens through.
  void theAuditFindsEnglish() {
    QVERIFY(!md::testing::englishWords(QStringLiteral("no FROM line")).isEmpty());
    QVERIFY(!md::testing::englishWords(QStringLiteral("补全, vision")).isEmpty());
    QVERIFY(!md::testing::englishWords(QStringLiteral("tiny.gguf · model")).isEmpty());
    QVERIFY(md::testing::englishWords(QStringLiteral("第 4 行：未知参数“temprature”")).isEmpty());
    QVERIFY(md::testing::englishWords(QStringLiteral("正在解析 GGUF（parsing GGUF）")).isEmpty());
    QVERIFY(md::testing::englishWords(QStringLiteral("OLLAMA_HOST 已设为 /home/张三/x.gguf，3.2 GiB")).isEmpty());
    audit_.check(QStringLiteral("中文"), QStringLiteral("self-check"));
  }

  // Every page of the main window, its menus and the status bar with Ollama
  // not running.
  void mainWindowPagesMenusAndStatusBar() {
    MainWindow window(language_);
    window.resize(1280, 800);
    window.show();
    auto* status = window.findChild<QLabel*>(QStringLiteral("ollamaStatus"));
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty() && status->text().contains(QStringLiteral("127.0.0.1")), 15000);
    for (PageId page : {PageId::Environment, PageId::Models, PageId::Merge, PageId::Modelfile}) {
      window.showPage(page);
      // The Modelfile page settles once it has planned something; an empty one may not.
      (void)QTest::qWaitFor([&] { return window.page(page)->isSettled(); }, 10000);
      audit(&window, QStringLiteral("page %1").arg(int(page)));
    }
    auto* models = static_cast<ModelsPage*>(window.page(PageId::Models));
    window.showPage(PageId::Models);
    auto* tabs = models->findChild<QTabWidget*>();
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
      tabs->setCurrentIndex(i);
      if (i == 0)
        QTRY_VERIFY_WITH_TIMEOUT(models->ollamaTab()->state() == OllamaTab::State::Unreachable, 15000);
      QTRY_VERIFY_WITH_TIMEOUT(models->isSettled(), 15000);
      audit(&window, QStringLiteral("Models tab %1").arg(i));
    }
  }

  void aboutDialog() {
    AboutDialog about;
    about.show();
    audit(&about, QStringLiteral("About"));
  }

  // The Ollama tab with models, their details, then the server gone.
  void ollamaTabAliveThenStopped() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    md::testing::seedModel(fake.modelsDir(), "tiny:latest");
    md::testing::seedModel(fake.modelsDir(), "seer:v1", {.projector = true});
    qputenv("OLLAMA_HOST", QByteArray::fromStdString(fake.url()));
    qputenv("OLLAMA_MODELS", QByteArray::fromStdString(fake.modelsDir().string()));
    {
      OllamaTab tab;
      tab.resize(1100, 700);
      tab.show();
      QTRY_VERIFY_WITH_TIMEOUT(tab.state() == OllamaTab::State::Models, 15000);
      tab.selectModel(QStringLiteral("seer:v1"));
      QTRY_VERIFY_WITH_TIMEOUT(tab.selectedModel() == QStringLiteral("seer:v1"), 10000);
      QTest::qWait(0);
      QTRY_VERIFY_WITH_TIMEOUT(tab.findChild<QWidget*>(QStringLiteral("ollamaDetails"))->isVisible(), 10000);
      QSignalSpy refreshed(&tab, &OllamaTab::refreshed);
      tab.refresh();
      QVERIFY(refreshed.wait(10000));
      audit(&tab, QStringLiteral("Ollama tab with models"));
      fake.stop();
      tab.refresh();
      QTRY_VERIFY_WITH_TIMEOUT(tab.state() == OllamaTab::State::Unreachable, 15000);
      audit(&tab, QStringLiteral("Ollama tab, server stopped"));
    }
    qputenv("OLLAMA_HOST", closedPortUrl().toUtf8());
    qunsetenv("OLLAMA_MODELS");
  }

  // Local stores: a folder with a model and a projector, and an Ollama store.
  void localStoresAndInspector() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    md::testing::seedModel(fake.modelsDir(), "seer:v1", {.projector = true});
    const fs::path folder = dir() / "stores" / "模型";
    writeVisionParts(folder);
    md::testing::tinyModel().write(folder / "whole.gguf");
    StoreBrowser browser;
    md::stores::ScanRequest request;
    request.ollama = fake.modelsDir();
    request.folders = {folder};
    request.indexFolder = dir() / "index";
    browser.setRequest(request);
    browser.resize(1100, 700);
    QSignalSpy scanned(&browser, &StoreBrowser::scanFinished);
    browser.show();
    QVERIFY(scanned.wait(20000));
    audit(&browser, QStringLiteral("Local stores"));

    GgufInspector inspector;
    QSignalSpy loaded(&inspector, &GgufInspector::loaded);
    inspector.resize(1100, 700);
    inspector.show();
    inspector.open(text(folder / "whole.gguf"));
    QVERIFY(loaded.wait(20000));
    audit(&inspector, QStringLiteral("Inspector"));
    GgufInspector projector;
    QSignalSpy projectorLoaded(&projector, &GgufInspector::loaded);
    projector.show();
    projector.open(text(folder / "mmproj.gguf"));
    QVERIFY(projectorLoaded.wait(20000));
    audit(&projector, QStringLiteral("Inspector, projector"));
  }

  void mergeWizardStates() {
    const auto parts = md::testing::writeParts(md::testing::tinyLlama(), dir() / "merge" / "tiny.gguf", {".a", ".b"});
    MergePage page;
    page.resize(1100, 700);
    page.show();
    audit(&page, QStringLiteral("Merge, empty"));
    page.receiveDrop(DropDecision{DropTarget::Merge, {text(parts[0]), text(parts[1])}, {}});
    audit(&page, QStringLiteral("Merge, files"));
    page.checkFiles();
    QTRY_COMPARE_WITH_TIMEOUT(page.step(), MergePage::Step::Plan, 15000);
    audit(&page, QStringLiteral("Merge, plan"));
    page.chooseOutput();
    QTRY_VERIFY_WITH_TIMEOUT(page.isSettled(), 15000);
    audit(&page, QStringLiteral("Merge, output"));
    page.startMerge();
    QTRY_COMPARE_WITH_TIMEOUT(page.step(), MergePage::Step::Result, 20000);
    audit(&page, QStringLiteral("Merge, result"));

    MergePage refused;
    refused.show();
    refused.receiveDrop(DropDecision{DropTarget::Merge, {text(parts[0])}, {}});
    refused.checkFiles();
    QTRY_COMPARE_WITH_TIMEOUT(refused.step(), MergePage::Step::Plan, 15000);
    audit(&refused, QStringLiteral("Merge, refused plan"));
  }

  void splitDialog() {
    const fs::path model = dir() / "split" / "小 模型.gguf";
    fs::create_directories(model.parent_path());
    md::testing::tinyLlama("Split Me").write(model);
    SplitDialog dialog(text(model));
    dialog.show();
    audit(&dialog, QStringLiteral("Split"));
    QSignalSpy finished(&dialog, &SplitDialog::finished);
    dialog.findChild<QPushButton*>(QStringLiteral("splitButton"))->click();
    QVERIFY(finished.wait(30000));
    audit(&dialog, QStringLiteral("Split, done"));
  }

  // The editor with many problems, Fill from GGUF, a projector dropped in
  // (the generated comment).
  void modelfileDiagnosticsFillAndComment() {
    const fs::path folder = dir() / "modelfile";
    writeVisionParts(folder);
    auto model = md::testing::tinyLlama();
    model.setString("tokenizer.chat_template", "{{ messages | tojson }}");
    model.write(folder / "odd.gguf");
    ModelfilePage page;
    page.resize(1200, 800);
    page.show();
    auto* validator = page.findChild<LiveValidator*>(QStringLiteral("liveValidator"));
    QVERIFY(validator);
    validator->setDebounceMilliseconds(0);
    audit(&page, QStringLiteral("Modelfile, empty"));
    QSignalSpy ready(validator, &LiveValidator::diagnosticsReady);
    page.findChild<ModelfileEditor*>(QStringLiteral("modelfileEditor"))
        ->setPlainText(QStringLiteral("SYSTEM hi\nMESSAGE bot hello\nPARAMETER temprature 0.5\nPARAMETER x 1\n"
                                      "TEMPLATE {{ .Prompt }\nSYSTEM \"\"\"open\n"));
    QVERIFY(ready.wait(10000));
    audit(&page, QStringLiteral("Modelfile, diagnostics"));

    QSignalSpy assisted(&page, &ModelfilePage::ggufAssistFinished);
    const QString modelfile = files_.filePath(QStringLiteral("modelfile/Modelfile"));
    QFile file(modelfile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("FROM ./odd.gguf\n");
    file.close();
    QVERIFY(page.openFile(modelfile));
    page.fillFromGguf();
    QVERIFY(assisted.wait(10000));
    audit(&page, QStringLiteral("Modelfile, Fill from GGUF"));
    page.addGgufFiles({text(folder / "mmproj.gguf")});
    QVERIFY(assisted.wait(10000));
    audit(&page, QStringLiteral("Modelfile, projector added"));
    const QString written = page.findChild<ModelfileEditor*>(QStringLiteral("modelfileEditor"))->toPlainText();
    for (const QString& line : written.split(QLatin1Char('\n')))
      if (line.startsWith(QLatin1Char('#')))
        audit_.check(line, QStringLiteral("Modelfile, generated comment"));
  }

  // Create in Ollama: the plan, the run's log (ModelDesk's lines, Ollama's
  // status lines glossed, the warnings) and the outcome.
  void createInOllama() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    const fs::path folder = dir() / "create";
    fs::create_directories(folder);
    md::testing::tinyModel().write(folder / "model.gguf");
    md::testing::tinyClipProjector().write(folder / "mmproj.gguf");
    const QString modelfile = text(folder / "Modelfile");
    {
      std::ofstream out(folder / "Modelfile");
      out << "FROM ./model.gguf\nFROM ./mmproj.gguf\nPARAMETER temperature 0.2\nPARAMETER penalize_newline true\n";
    }
    CreateInOllamaDialog dialog(modelfile, QString::fromStdString(fake.url()));
    dialog.resize(900, 700);
    dialog.show();
    QTest::qWait(0);
    audit(&dialog, QStringLiteral("Create, before"));
    dialog.findChild<QLineEdit*>(QStringLiteral("modelNameEdit"))->setText(QStringLiteral("my model"));
    audit(&dialog, QStringLiteral("Create, bad name"));
    dialog.findChild<QLineEdit*>(QStringLiteral("modelNameEdit"))->setText(QStringLiteral("seer:v1"));
    QSignalSpy finished(&dialog, &CreateInOllamaDialog::createFinished);
    dialog.findChild<QPushButton*>(QStringLiteral("createButton"))->click();
    QVERIFY(finished.wait(30000));
    audit(&dialog, QStringLiteral("Create, done"));
    // The log was checked: Ollama's lines with their gloss, the warning with its line.
    const QString log = dialog.findChild<QPlainTextEdit*>(QStringLiteral("jobLog"))->toPlainText();
    QVERIFY2(log.contains(QStringLiteral("正在解析 GGUF（parsing GGUF）")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("警告：第 4 行：")), qPrintable(log));

    CreateInOllamaDialog refused(modelfile, closedPortUrl());
    refused.show();
    refused.findChild<QLineEdit*>(QStringLiteral("modelNameEdit"))->setText(QStringLiteral("other:v1"));
    QSignalSpy refusedFinished(&refused, &CreateInOllamaDialog::createFinished);
    refused.findChild<QPushButton*>(QStringLiteral("createButton"))->click();
    QVERIFY(refusedFinished.wait(30000));
    audit(&refused, QStringLiteral("Create, Ollama not running"));
  }

  void importDialog() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    qputenv("OLLAMA_MODELS", QByteArray::fromStdString(fake.modelsDir().string()));
    const auto files = writeVisionParts(dir() / "import");
    ImportDialog dialog({text(files[0]), text(files[1]), text(files[2])}, QString::fromStdString(fake.url()));
    dialog.resize(1000, 760);
    QSignalSpy checked(&dialog, &ImportDialog::checked);
    dialog.show();
    QVERIFY(checked.wait(20000));
    audit(&dialog, QStringLiteral("Import, plan"));
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->click();
    QVERIFY(finished.wait(30000));
    audit(&dialog, QStringLiteral("Import, result"));
    qunsetenv("OLLAMA_MODELS");

    ImportDialog down({text(files[0]), text(files[1]), text(files[2])}, closedPortUrl());
    QSignalSpy downChecked(&down, &ImportDialog::checked);
    down.show();
    QVERIFY(downChecked.wait(20000));
    audit(&down, QStringLiteral("Import, Ollama not running"));
  }

  // The Environment page and its History after a change (in a fake home).
  void environmentPageAndHistory() {
    const QString home = files_.filePath(QStringLiteral("env-home"));
    QDir().mkpath(home);
    qputenv("HOME", home.toUtf8());
    for (const char* name : {"XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"})
      qunsetenv(name);
    EnvironmentPage page;
    page.resize(1200, 800);
    QSignalSpy loaded(&page, &EnvironmentPage::reloaded);
    page.show();
    QVERIFY(loaded.wait(10000) || !loaded.isEmpty());
    audit(&page, QStringLiteral("Environment"));
    QSignalSpy done(&page, &EnvironmentPage::changeFinished);
    page.applyValue(QStringLiteral("OLLAMA_KEEP_ALIVE"), QStringLiteral("1h"));
    QVERIFY(done.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QListWidget*>(QStringLiteral("envHistory"))->count() > 0, 10000);
    auto* tabs = page.findChild<QTabWidget*>();
    for (int i = 0; tabs && i < tabs->count(); ++i) {
      tabs->setCurrentIndex(i);
      audit(&page, QStringLiteral("Environment tab %1").arg(i));
    }
    auto* history = page.findChild<QListWidget*>(QStringLiteral("envHistory"));
    for (int i = 0; i < history->count(); ++i)
      audit_.check(history->item(i)->text(), QStringLiteral("Environment, History"));
    qputenv("HOME", files_.filePath(QStringLiteral("home")).toUtf8());
  }

  // Export… before and after writing a model and its projector.
  void exportDialog() {
    const QString store = files_.filePath(QStringLiteral("export-store"));
    md::testing::seedModel(md::pathFromUtf8(store.toStdString()), "seer:v1", {.projector = true});
    ExportDialog dialog(QStringLiteral("seer:v1"), {store});
    dialog.findChild<QLineEdit*>(QStringLiteral("exportFolder"))->setText(files_.filePath(QStringLiteral("exported")));
    dialog.show();
    audit(&dialog, QStringLiteral("Export, before"));
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.findChild<QPushButton*>(QStringLiteral("exportStart"))->click();
    QVERIFY(finished.wait(20000) && finished.first().first().toBool());
    audit(&dialog, QStringLiteral("Export, the tree written"));
  }

  // Reclaim space…: the dry run with every kind, then the run's results.
  void reclaimDialog() {
    md::testing::TempFolder folder;
    const md::testing::ReclaimFixture f = md::testing::makeReclaimFixture(folder.path());
    md::stores::ScanRequest request;
    request.ollama = f.ollama;
    request.huggingFace = f.hub;
    request.folders = {f.folder};
    ReclaimDialog dialog(request);
    dialog.setServerUrl(closedPortUrl());
    dialog.setConfirmation([](const QString&) { return true; });
    QSignalSpy planned(&dialog, &ReclaimDialog::planned);
    dialog.show();
    QVERIFY(planned.wait(30000) && planned.first().first().toBool());
    audit(&dialog, QStringLiteral("Reclaim, dry run"));
    QSignalSpy reclaimed(&dialog, &ReclaimDialog::reclaimed);
    dialog.findChild<QPushButton*>(QStringLiteral("reclaimRun"))->click();
    QVERIFY(reclaimed.wait(30000));
    audit(&dialog, QStringLiteral("Reclaim, done"));
  }
};

QTEST_MAIN(NoEnglishInZhCnTest)
#include "no_english_in_zh_CN.moc"
