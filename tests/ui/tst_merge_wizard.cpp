// The merge wizard as a user drives it: drop parts, see the plan, choose the
// output, merge with progress, get the SHA-256; refusals, the projector
// advice, overwrite confirmation, cancel and leftover temp files.

#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

#include "core/util/paths.h"
#include "job_view_testing.h"
#include "tests/support/digest.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/merge_fixtures.h"
#include "tests/support/temp_folder.h"
#include "ui/merge/merge_output_step.h"
#include "ui/merge/merge_page.h"
#include "ui/merge/merge_plan_view.h"
#include "ui/shell/application.h"
#include "ui/shell/banner.h"
#include "ui/shell/progress_panel.h"

using namespace md::ui;
namespace fs = std::filesystem;

namespace {

QString q(const fs::path& path) {
  return QString::fromStdString(md::pathToUtf8(path));
}

QStringList qs(const std::vector<fs::path>& paths) {
  QStringList out;
  for (const auto& path : paths)
    out << q(path);
  return out;
}

void drop(MergePage& page, const QStringList& paths) {
  page.receiveDrop(DropDecision{DropTarget::Merge, paths, {}});
}

// Receives what the page asks the desktop to open, instead of a file manager.
class UrlCatcher : public QObject {
  Q_OBJECT
public:
  QList<QUrl> urls;
  Q_INVOKABLE void open(const QUrl& url) { urls << url; }
};

} // namespace

class MergeWizardTest : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void initTestCase() { md::ui::setUpApplication(*qApp); }

  void joinsPartsFromDropToResult() {
    md::testing::TempFolder dir;
    const auto folder = dir.path() / "张三" / "模型 文件";
    auto parts = md::testing::writeParts(md::testing::tinyLlama(), folder / "tiny.gguf", {".b", ".a", ".c"});
    MergePage page;
    drop(page, qs(parts));
    QCOMPARE(page.step(), MergePage::Step::Files);
    page.checkFiles();
    QTRY_COMPARE(page.step(), MergePage::Step::Plan);
    QCOMPARE(page.findChild<md::ui::MergePlanView*>(QStringLiteral("mergePlanView"))
                 ->findChild<QTableWidget*>(QStringLiteral("mergePlanTable"))
                 ->rowCount(),
             3);
    QCOMPARE(page.findChild<md::ui::MergePlanView*>(QStringLiteral("mergePlanView"))
                 ->findChild<QTableWidget*>(QStringLiteral("mergePlanTable"))
                 ->item(0, 1)
                 ->text(),
             QStringLiteral("tiny.gguf.a"));
    QVERIFY(page.findChild<md::ui::MergePlanView*>(QStringLiteral("mergePlanView"))->canRun());
    QVERIFY(page.findChild<md::ui::MergePlanView*>(QStringLiteral("mergePlanView"))->problemsText().isEmpty());
    page.chooseOutput();
    QCOMPARE(page.step(), MergePage::Step::Output);
    QCOMPARE(page.findChild<md::ui::MergeOutputStep*>(QStringLiteral("mergeOutputStep"))
                 ->findChild<QLineEdit*>(QStringLiteral("outputName"))
                 ->text(),
             QStringLiteral("tiny.gguf"));
    QCOMPARE(page.findChild<md::ui::MergeOutputStep*>(QStringLiteral("mergeOutputStep"))->outputPath(),
             q(folder / "tiny.gguf"));
    QTRY_VERIFY(page.findChild<md::ui::MergeOutputStep*>(QStringLiteral("mergeOutputStep"))
                    ->spaceText()
                    .contains(QStringLiteral("free")));
    page.startMerge();
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("mergeRunningTitle"))->text(),
             QStringLiteral("Merging into ") + QDir::toNativeSeparators(q(folder / "tiny.gguf")));
    QTRY_COMPARE(page.step(), MergePage::Step::Result);
    QCOMPARE(md::testing::readAll(folder / "tiny.gguf"), md::testing::tinyLlama().bytes());
    QCOMPARE(QString::fromStdString(page.result().sha256),
             QString::fromStdString(md::testing::sha256OfFile(folder / "tiny.gguf")));
    QSignalSpy inspect(&page, &MergePage::inspectRequested);
    page.findChild<QPushButton*>(QStringLiteral("openInInspector"))->click();
    QVERIFY2(page.findChild<QLabel*>(QStringLiteral("mergeResult"))
                 ->text()
                 .contains(MergePage::methodText(page.result().method).toHtmlEscaped()),
             qPrintable(page.findChild<QLabel*>(QStringLiteral("mergeResult"))->text()));
    QCOMPARE(MergePage::methodText("clone+buffered"),
             QStringLiteral("shared blocks (a clone: no data copied, no extra disk space), then a buffered copy"));
    QCOMPARE(inspect.count(), 1);
    QCOMPARE(inspect.first().first().toString(), QDir::toNativeSeparators(q(folder / "tiny.gguf")));

    page.findChild<QPushButton*>(QStringLiteral("copySha256"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromStdString(page.result().sha256));
    UrlCatcher opened;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &opened, "open");
    page.findChild<QPushButton*>(QStringLiteral("showInFolder"))->click();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(opened.urls, QList<QUrl>{QUrl::fromLocalFile(q(folder))});
  }

  void removesAWrongFileBeforeChecking() {
    md::testing::TempFolder dir;
    auto parts = md::testing::writeParts(md::testing::tinyLlama(), dir.path() / "x.gguf", {".a", ".b"});
    md::testing::writeText(dir.path() / "other.gguf", "not a model");
    MergePage page;
    drop(page, {q(parts[0]), q(dir.path() / "other.gguf"), q(parts[1])});
    auto* list = page.findChild<QListWidget*>(QStringLiteral("mergeInputs"));
    auto* remove = page.findChild<QPushButton*>(QStringLiteral("removeInputs"));
    QVERIFY(!remove->isEnabled());
    list->item(1)->setSelected(true);
    QVERIFY(remove->isEnabled());
    remove->click();
    QCOMPARE(page.inputPaths(),
             (QStringList{QDir::toNativeSeparators(q(parts[0])), QDir::toNativeSeparators(q(parts[1]))}));
    page.checkFiles();
    QTRY_COMPARE(page.step(), MergePage::Step::Plan);
    QVERIFY(page.findChild<md::ui::MergePlanView*>(QStringLiteral("mergePlanView"))->canRun());
    page.findChild<QPushButton*>(QStringLiteral("mergeBack"))->click();
    QCOMPARE(page.step(), MergePage::Step::Files);
    list->selectAll();
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(page.step(), MergePage::Step::Empty);
  }

  void offersToCreateAnOutputFolderThatDoesNotExist() {
    md::testing::TempFolder dir;
    auto parts = md::testing::writeParts(md::testing::tinyLlama(), dir.path() / "x.gguf", {".a", ".b"});
    MergePage page;
    drop(page, qs(parts));
    page.checkFiles();
    QTRY_COMPARE(page.step(), MergePage::Step::Plan);
    page.chooseOutput();
    auto* create = page.findChild<md::ui::MergeOutputStep*>(QStringLiteral("mergeOutputStep"))
                       ->findChild<QPushButton*>(QStringLiteral("createFolder"));
    QTRY_VERIFY(page.findChild<md::ui::MergeOutputStep*>(QStringLiteral("mergeOutputStep"))
                    ->spaceText()
                    .contains(QStringLiteral("free")));
    QVERIFY(create->isHidden());
    const auto missing = dir.path() / "新 文件夹" / "输出";
    page.findChild<md::ui::MergeOutputStep*>(QStringLiteral("mergeOutputStep"))
        ->findChild<QLineEdit*>(QStringLiteral("outputFolder"))
        ->setText(q(missing));
    Q_EMIT page.findChild<md::ui::MergeOutputStep*>(QStringLiteral("mergeOutputStep"))
        ->findChild<QLineEdit*>(QStringLiteral("outputFolder"))
        ->editingFinished();
    QTRY_VERIFY2(page.findChild<md::ui::MergeOutputStep*>(QStringLiteral("mergeOutputStep"))
                     ->spaceText()
                     .startsWith(QStringLiteral("This folder does not exist yet.")),
                 qPrintable(page.findChild<md::ui::MergeOutputStep*>(QStringLiteral("mergeOutputStep"))->spaceText()));
    QVERIFY(!create->isHidden());
    create->click();
    QTRY_VERIFY(page.findChild<md::ui::MergeOutputStep*>(QStringLiteral("mergeOutputStep"))
                    ->spaceText()
                    .contains(QStringLiteral("free")));
    QVERIFY(fs::is_directory(missing));
    QVERIFY(create->isHidden());
  }

  void showsRefusalsAndBlocksTheRun() {
    md::testing::TempFolder dir;
    auto parts = md::testing::writeParts(md::testing::tinyLlama(), dir.path() / "x.gguf", {".a", ".b", ".c"});
    MergePage page;
    drop(page, {q(parts[0]), q(parts[2])});
    page.checkFiles();
    QTRY_COMPARE(page.step(), MergePage::Step::Plan);
    QVERIFY(!page.findChild<md::ui::MergePlanView*>(QStringLiteral("mergePlanView"))->canRun());
    QVERIFY2(page.findChild<md::ui::MergePlanView*>(QStringLiteral("mergePlanView"))
                 ->problemsText()
                 .contains(QStringLiteral("Missing x.gguf.b (2 of 3 parts present)")),
             qPrintable(page.findChild<md::ui::MergePlanView*>(QStringLiteral("mergePlanView"))->problemsText()));
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("mergeNext"))->isEnabled());
    QCOMPARE(page.findChild<md::ui::MergePlanView*>(QStringLiteral("mergePlanView"))->summaryText(),
             QStringLiteral("These files cannot be merged: 2 files")); // no output size
  }

  void leavesOutChecksumFilesAndSaysSo() {
    md::testing::TempFolder dir;
    auto parts = md::testing::writeParts(md::testing::tinyLlama(), dir.path() / "x.gguf", {".a", ".b"});
    md::testing::writeText(dir.path() / "x.gguf.sha256", std::string(64, 'a') + "  x.gguf\n");
    MergePage page;
    drop(page, {q(parts[0]), q(dir.path() / "x.gguf.sha256"), q(parts[1])});
    page.checkFiles();
    QTRY_COMPARE(page.step(), MergePage::Step::Plan);
    QVERIFY2(page.findChild<md::ui::MergePlanView*>(QStringLiteral("mergePlanView"))->canRun(),
             qPrintable(page.findChild<md::ui::MergePlanView*>(QStringLiteral("mergePlanView"))->problemsText()));
    QCOMPARE(page.findChild<md::ui::MergePlanView*>(QStringLiteral("mergePlanView"))
                 ->findChild<QTableWidget*>(QStringLiteral("mergePlanTable"))
                 ->rowCount(),
             2);
    QVERIFY2(page.findChild<md::ui::MergePlanView*>(QStringLiteral("mergePlanView"))
                 ->summaryText()
                 .endsWith(QStringLiteral("\nLeft out, as checksum files: x.gguf.sha256")),
             qPrintable(page.findChild<md::ui::MergePlanView*>(QStringLiteral("mergePlanView"))->summaryText()));
  }

  void offersTwoFromLinesForAModelWithAProjector() {
    md::testing::TempFolder dir;
    md::testing::tinyLlama().write(dir.path() / "model.gguf");
    md::testing::tinyProjector().write(dir.path() / "mmproj.gguf");
    MergePage page;
    page.setOllamaVersion(QStringLiteral("0.12.3"));
    drop(page, {q(dir.path() / "mmproj.gguf"), q(dir.path() / "model.gguf")});
    page.checkFiles();
    QTRY_COMPARE(page.step(), MergePage::Step::Plan);
    QVERIFY(!page.findChild<md::ui::MergePlanView*>(QStringLiteral("mergePlanView"))
                 ->canRun()); // no merge is needed for 0.7.1+
    QSignalSpy requested(&page, &MergePage::modelfileRequested);
    page.findChild<md::ui::MergePlanView*>(QStringLiteral("mergePlanView"))
        ->findChild<QPushButton*>(QStringLiteral("createWithProjector"))
        ->click();
    QCOMPARE(requested.count(), 1);
    const auto paths = requested.first().first().toStringList();
    QCOMPARE(paths.size(), 2);
    QVERIFY(paths[0].endsWith(QStringLiteral("model.gguf")));
    QVERIFY(paths[1].endsWith(QStringLiteral("mmproj.gguf")));
    page.findChild<md::ui::MergePlanView*>(QStringLiteral("mergePlanView"))
        ->findChild<QCheckBox*>(QStringLiteral("legacyConcat"))
        ->setChecked(true);
    QVERIFY(page.findChild<md::ui::MergePlanView*>(QStringLiteral("mergePlanView"))->canRun());
    // Concatenated anyway: the result says what newer Ollama does with it.
    page.chooseOutput();
    page.startMerge();
    QTRY_COMPARE(page.step(), MergePage::Step::Result);
    const QString result = page.findChild<QLabel*>(QStringLiteral("mergeResult"))->text();
    QVERIFY2(result.contains(QStringLiteral("newer Ollama drops it, and the model loses vision")), qPrintable(result));
  }

  void asksBeforeOverwritingAndKeepsTheFileWhenDeclined() {
    md::testing::TempFolder dir;
    auto parts = md::testing::writeParts(md::testing::tinyLlama(), dir.path() / "x.gguf", {".a", ".b"});
    md::testing::writeAll(dir.path() / "x.gguf", {std::byte{'k'}});
    MergePage page;
    int asked = 0;
    page.setOverwritePrompt([&](const QString&) {
      ++asked;
      return false;
    });
    drop(page, qs(parts));
    page.checkFiles();
    QTRY_COMPARE(page.step(), MergePage::Step::Plan);
    page.chooseOutput();
    page.startMerge();
    QCOMPARE(asked, 1);
    QCOMPARE(page.step(), MergePage::Step::Output);
    QCOMPARE(md::testing::readAll(dir.path() / "x.gguf"), std::vector<std::byte>{std::byte{'k'}});
    page.setOverwritePrompt([](const QString&) { return true; });
    page.startMerge();
    QTRY_COMPARE(page.step(), MergePage::Step::Result);
    QCOMPARE(md::testing::readAll(dir.path() / "x.gguf"), md::testing::tinyLlama().bytes());
  }

  void cancelLeavesNothingAndSaysSo() {
    md::testing::TempFolder dir;
    md::testing::GgufBuilder b;
    b.setString("general.architecture", "llama");
    b.tensor("big", {1 << 18, 1 << 10}, 0); // 1 GiB, sparse on disk
    auto header = b.layout();
    md::testing::writeAll(dir.path() / "big.gguf.a", header.bytes);
    fs::resize_file(dir.path() / "big.gguf.a", header.fileSize / 2);
    md::testing::writeAll(dir.path() / "big.gguf.b", {std::byte{1}});
    fs::resize_file(dir.path() / "big.gguf.b", header.fileSize - header.fileSize / 2);
    MergePage page;
    drop(page, {q(dir.path() / "big.gguf.a"), q(dir.path() / "big.gguf.b")});
    page.checkFiles();
    QTRY_COMPARE(page.step(), MergePage::Step::Plan);
    page.chooseOutput();
    page.startMerge();
    QCOMPARE(page.step(), MergePage::Step::Running);
    md::testing::jobProgress(page)->cancelButton()->click();
    QTRY_COMPARE(page.step(), MergePage::Step::Output);
    QVERIFY2(
        page.findChild<md::ui::Banner*>(QStringLiteral("mergeBanner"))->text().contains(QStringLiteral("Cancelled")),
        qPrintable(page.findChild<md::ui::Banner*>(QStringLiteral("mergeBanner"))->text()));
    QVERIFY(!fs::exists(dir.path() / "big.gguf"));
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path()))
      ++entries;
    QCOMPARE(entries, std::size_t{2});
  }

  void offersToDeleteLeftoverTempFiles() {
    md::testing::TempFolder dir;
    md::testing::writeAll(dir.path() / ".x.gguf.modeldesk-partial-999999999", {std::byte{1}});
    MergeOutputStep step;
    step.setDefaults(q(dir.path()), QStringLiteral("x.gguf"), 1000);
    QTRY_COMPARE(step.leftovers().size(), 1);
    auto* button = step.findChild<QPushButton*>(QStringLiteral("deleteLeftovers"));
    QVERIFY(!button->isHidden());
    button->click();
    QTRY_VERIFY(step.leftovers().isEmpty());
    QVERIFY(!fs::exists(dir.path() / ".x.gguf.modeldesk-partial-999999999"));
  }
};

QTEST_MAIN(MergeWizardTest)
#include "tst_merge_wizard.moc"
