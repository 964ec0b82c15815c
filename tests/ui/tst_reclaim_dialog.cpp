// "Reclaim space…": the dry run lists each kind with sizes and a bar per
// store, changes nothing; the run of the checked items (duplicates left
// unchecked) deletes orphans, partials and leftovers, shows each result and
// the freed total; the dialog in Chinese; and it opens from the Local stores
// tab.
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

#include "core/util/paths.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/reclaim_fixture.h"
#include "tests/support/temp_folder.h"
#include "ui/models/models_page.h"
#include "ui/models/reclaim_bars.h"
#include "ui/models/reclaim_dialog.h"
#include "ui/shell/application.h"
#include "ui/shell/language.h"
#include "ui/shell/main_window.h"
#include "ui/shell/page.h"
#include "ui/shell/widgets.h"
#include "ui_test_setup.h"

using namespace md::ui;
namespace fs = std::filesystem;

namespace {

md::stores::ScanRequest requestFor(const md::testing::ReclaimFixture& f) {
  md::stores::ScanRequest request;
  request.ollama = f.ollama;
  request.huggingFace = f.hub;
  request.folders = {f.folder};
  return request;
}

QTreeWidgetItem* group(QTreeWidget* tree, int index) {
  return index < tree->topLevelItemCount() ? tree->topLevelItem(index) : nullptr;
}

bool hasCjk(const QString& text) {
  for (const QChar c : text)
    if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
      return true;
  return false;
}

// Fresh stores and the dialog on them (no server), shown, after its dry run.
struct Session {
  md::testing::TempFolder dir;
  md::testing::ReclaimFixture f = md::testing::makeReclaimFixture(dir.path());
  std::unique_ptr<ReclaimDialog> dialog;
  QTreeWidget* tree = nullptr;

  bool plan() {
    dialog = std::make_unique<ReclaimDialog>(requestFor(f));
    dialog->setServerUrl(QStringLiteral("http://127.0.0.1:%1").arg(md::testing::unusedLoopbackPort()));
    tree = dialog->findChild<QTreeWidget*>(QStringLiteral("reclaimItems"));
    QSignalSpy spy(dialog.get(), &ReclaimDialog::planned);
    dialog->show();
    return tree && spy.wait(30000) && spy.first().first().toBool();
  }
};

} // namespace

class ReclaimDialogTest : public QObject {
  Q_OBJECT

  md::testing::UiTestSession session_;

private Q_SLOTS:
  void initTestCase() { QVERIFY(session_.start(*this, {.testPaths = true, .language = QStringLiteral("en")})); }
  void cleanup() { session_.reset(); }

  void dryRunListsKindsSizesAndBars() {
    Session session;
    QVERIFY(session.plan());
    const auto& f = session.f;
    ReclaimDialog& dialog = *session.dialog;
    QTreeWidget* tree = session.tree;
    QCOMPARE(tree->topLevelItemCount(), 5); // four kinds and "Not offered now"
    QCOMPARE(group(tree, 0)->text(0), QStringLiteral("Orphan blobs (no manifest uses them)"));
    QCOMPARE(group(tree, 0)->childCount(), 1);
    QCOMPARE(group(tree, 0)->child(0)->text(1), sizeText(fs::file_size(f.orphan)));
    QCOMPARE(group(tree, 1)->childCount(), 3); // -partial, -partial-0, .part
    QCOMPARE(group(tree, 2)->childCount(), 1);
    QCOMPARE(group(tree, 3)->childCount(), 2);
    QCOMPARE(group(tree, 3)->child(0)->text(2), QStringLiteral("Link to Ollama"));
    QCOMPARE(group(tree, 3)->child(0)->toolTip(2), QString::fromStdString(md::pathToUtf8(f.modelBlob)));
    QVERIFY(group(tree, 4)->child(0)->text(3).contains(QStringLiteral("changed less than 60 minutes ago")));
    const quint64 total = dialog.checkedBytes();
    const QString summary = dialog.findChild<QLabel*>(QStringLiteral("reclaimSummary"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("Dry run: ")) && summary.contains(sizeText(total)), qPrintable(summary));
    auto* bars = dialog.findChild<ReclaimBars*>(QStringLiteral("reclaimBars"));
    QCOMPARE(bars->bars().size(), 3);
    quint64 reclaimable = 0;
    for (const auto& bar : bars->bars()) {
      QVERIFY(bar.usedBytes >= bar.reclaimableBytes);
      reclaimable += bar.reclaimableBytes;
    }
    QCOMPARE(reclaimable, total);
    QVERIFY(bars->bars().first().label.startsWith(QStringLiteral("Ollama · ")));
    QVERIFY(fs::exists(f.orphan) && fs::exists(f.partial) && fs::exists(f.leftover));
    bars->grab().save(
        QString::fromStdString(md::pathToUtf8(session.dir.path() / "bars.png"))); // paints without trouble
  }

  void runDoesTheCheckedItemsOnly() {
    Session session;
    QVERIFY(session.plan());
    const auto& f = session.f;
    ReclaimDialog& dialog = *session.dialog;
    QTreeWidget* tree = session.tree;
    group(tree, 3)->setCheckState(0, Qt::Unchecked); // the duplicates stay as they are
    const quint64 expected = dialog.checkedBytes();
    auto* run = dialog.findChild<QPushButton*>(QStringLiteral("reclaimRun"));
    QVERIFY(run->isEnabled());
    QCOMPARE(run->text(), QStringLiteral("Reclaim ") + sizeText(expected));
    QString asked;
    dialog.setConfirmation([&](const QString& question) {
      asked = question;
      return true;
    });
    QSignalSpy reclaimed(&dialog, &ReclaimDialog::reclaimed);
    run->click();
    QVERIFY(asked.contains(QStringLiteral("Files to delete: 5. Duplicates to replace by a link: 0.")));
    QVERIFY(reclaimed.wait(30000));
    QVERIFY(reclaimed.first().first().toBool());
    for (const fs::path& gone : {f.orphan, f.partial, f.partialMeta, f.folderPart, f.leftover})
      QVERIFY2(!fs::exists(gone), gone.c_str());
    QVERIFY(fs::exists(f.folderCopy) && !fs::equivalent(f.folderCopy, f.modelBlob));
    QCOMPARE(group(tree, 0)->child(0)->text(3), QStringLiteral("Done: deleted"));
    QVERIFY(group(tree, 3)->child(0)->text(3).isEmpty());
    const QString summary = dialog.findChild<QLabel*>(QStringLiteral("reclaimSummary"))->text();
    QCOMPARE(summary, QStringLiteral("Freed %1: 5 done, 0 kept.").arg(sizeText(expected)));
    QVERIFY(!run->isEnabled());
  }

  void speaksChinese() {
    session_.language()->setLanguage(QStringLiteral("zh_CN"), false);
    Session session;
    QVERIFY(session.plan());
    ReclaimDialog& dialog = *session.dialog;
    QTreeWidget* tree = session.tree;
    const QStringList texts{dialog.windowTitle(),
                            dialog.findChild<QLabel*>(QStringLiteral("reclaimSummary"))->text(),
                            dialog.findChild<QPushButton*>(QStringLiteral("reclaimRun"))->text(),
                            dialog.findChild<QPushButton*>(QStringLiteral("reclaimRescan"))->text(),
                            group(tree, 0)->text(0),
                            group(tree, 3)->child(0)->text(2),
                            group(tree, 4)->child(0)->text(3),
                            tree->headerItem()->text(0)};
    for (const QString& text : texts)
      QVERIFY2(hasCjk(text) && !text.contains(QStringLiteral("Dry run")), qPrintable(text));
  }

  void opensFromTheLocalStoresTab() {
    md::testing::TempFolder dir;
    const auto f = md::testing::makeReclaimFixture(dir.path());
    qputenv("OLLAMA_MODELS", QByteArray::fromStdString(md::pathToUtf8(f.ollama)));
    qputenv("HF_HUB_CACHE", QByteArray::fromStdString(md::pathToUtf8(f.hub)));
    qputenv("MODELSCOPE_CACHE", QByteArray::fromStdString(md::pathToUtf8(dir.path() / "none")));
    ModelsPage page;
    auto* button = page.findChild<QPushButton*>(QStringLiteral("reclaimSpaceButton"));
    QVERIFY(button);
    page.show();
    QVERIFY(button->isHidden()); // the Ollama tab shows first
    page.findChild<QTabWidget*>()->setCurrentIndex(int(ModelsPage::Tab::Stores));
    QVERIFY(!button->isHidden());
    QCOMPARE(button->text(), QStringLiteral("Reclaim space…"));
    button->click();
    auto* dialog = page.findChild<ReclaimDialog*>(QStringLiteral("reclaimDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
    QVERIFY(dialog->checkedBytes() >= fs::file_size(f.orphan)); // it planned the environment's stores
    dialog->close();
  }

  void opensFromTheFileMenu() {
    MainWindow window(session_.language());
    auto* action = window.findChild<QAction*>(QStringLiteral("reclaimSpaceAction"));
    QVERIFY(action && window.menuBar()->actions().first()->menu()->actions().contains(action));
    QCOMPARE(action->text(), QStringLiteral("Re&claim space…"));
    action->trigger();
    QCOMPARE(window.currentPage(), PageId::Models);
    auto* dialog = window.findChild<ReclaimDialog*>(QStringLiteral("reclaimDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
    dialog->close();
  }
};

QTEST_MAIN(ReclaimDialogTest)
#include "tst_reclaim_dialog.moc"
