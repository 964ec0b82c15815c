// "Split…" from the inspector: a real model under a CJK path is split into
// llama.cpp shards on the job pool; the shards classify as a complete shard
// set and merge back to the original tensor bytes; existing shards are only
// replaced after a confirmation; a bad size disables Split.
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

#include "core/merge/merge_plan.h"
#include "core/util/paths.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/temp_folder.h"
#include "ui/merge/split_dialog.h"
#include "ui/models/gguf_inspector.h"
#include "ui/models/models_page.h"
#include "ui/shell/application.h"
#include "ui/shell/banner.h"

using namespace md::ui;
namespace fs = std::filesystem;

class SplitDialogTest : public QObject {
  Q_OBJECT

private:
  md::testing::TempFolder temp_;

  QString writeModel(const char* folderName) {
    const fs::path folder = temp_.path() / md::pathFromUtf8(folderName);
    fs::create_directories(folder);
    const fs::path file = folder / md::pathFromUtf8("小 模型.gguf");
    md::testing::tinyLlama("Split Me").write(file);
    return QString::fromStdString(md::pathToUtf8(file));
  }

  static bool runSplit(SplitDialog& dialog) {
    QSignalSpy finished(&dialog, &SplitDialog::finished);
    dialog.findChild<QPushButton*>(QStringLiteral("splitButton"))->click();
    return finished.wait(30000) && finished.first().at(0).toBool();
  }

private Q_SLOTS:
  void initTestCase() { setUpApplication(*qApp); }

  void splitsAModelIntoShardsThatClassifyAsASet() {
    const QString input = writeModel("拆分 一");
    const auto before = md::testing::readAll(md::pathFromUtf8(input.toStdString()));
    SplitDialog dialog(input);
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("splitPrefix"))->text(), QStringLiteral("小 模型"));
    dialog.findChild<QRadioButton*>(QStringLiteral("splitByTensors"))->setChecked(true);
    dialog.findChild<QSpinBox*>(QStringLiteral("maxTensors"))->setValue(6);
    QVERIFY(runSplit(dialog));

    const QStringList shards = dialog.shards();
    QVERIFY2(shards.size() >= 2, qPrintable(shards.join(QLatin1Char(','))));
    QVERIFY(shards.first().endsWith(QStringLiteral("小 模型-00001-of-0000%1.gguf").arg(shards.size())));
    std::vector<fs::path> paths;
    for (const QString& shard : shards)
      paths.push_back(md::pathFromUtf8(shard.toStdString()));
    const auto plan = md::merge::classify(paths);
    QVERIFY(plan.ok());
    QCOMPARE(plan.mode, md::merge::MergeMode::MergeShards);
    QCOMPARE(md::testing::readAll(md::pathFromUtf8(input.toStdString())), before); // input untouched
    QCOMPARE(dialog.findChild<md::ui::Banner*>(QStringLiteral("splitBanner"))->kind(), Banner::Kind::Success);
    if (const QString shots = qEnvironmentVariable("MODELDESK_TEST_SHOTS"); !shots.isEmpty()) // for a look
      QVERIFY(dialog.grab().save(shots + QStringLiteral("/split-dialog.png")));
  }

  void existingShardsNeedAConfirmation() {
    const QString input = writeModel("拆分 二");
    SplitDialog first(input);
    first.findChild<QRadioButton*>(QStringLiteral("splitBySize"))->setChecked(true);
    first.findChild<QLineEdit*>(QStringLiteral("maxSize"))->setText(QStringLiteral("40K"));
    QVERIFY(runSplit(first));
    const QString firstShard = first.shards().first();
    const auto modified = fs::last_write_time(md::pathFromUtf8(firstShard.toStdString()));

    SplitDialog refused(input);
    refused.findChild<QLineEdit*>(QStringLiteral("maxSize"))->setText(QStringLiteral("40K"));
    QStringList asked;
    refused.setConfirmation([&](const QString& question) {
      asked << question;
      return false;
    });
    QSignalSpy finished(&refused, &SplitDialog::finished);
    refused.findChild<QPushButton*>(QStringLiteral("splitButton"))->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(refused.findChild<md::ui::Banner*>(QStringLiteral("splitBanner"))->kind(), Banner::Kind::Error);
    QCOMPARE(fs::last_write_time(md::pathFromUtf8(firstShard.toStdString())), modified);

    SplitDialog replaced(input);
    replaced.findChild<QLineEdit*>(QStringLiteral("maxSize"))->setText(QStringLiteral("40K"));
    replaced.setConfirmation([](const QString&) { return true; });
    QVERIFY(runSplit(replaced));
    QCOMPARE(replaced.shards(), first.shards());
  }

  void aBadSizeDisablesSplit() {
    SplitDialog dialog(writeModel("拆分 三"));
    dialog.findChild<QLineEdit*>(QStringLiteral("maxSize"))->setText(QStringLiteral("big"));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("splitButton"))->isEnabled());
    dialog.findChild<QLineEdit*>(QStringLiteral("maxSize"))->setText(QStringLiteral("2G"));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("splitButton"))->isEnabled());
    dialog.findChild<QRadioButton*>(QStringLiteral("splitByTensors"))->setChecked(true);
    dialog.findChild<QLineEdit*>(QStringLiteral("maxSize"))
        ->setText(QStringLiteral("big")); // ignored when splitting by tensors
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("splitButton"))->isEnabled());
  }

  void inspectorOffersSplitForModelsOnly() {
    ModelsPage page;
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("splitModel"))->isEnabled());
    QSignalSpy loaded(page.findChild<md::ui::GgufInspector*>(QStringLiteral("ggufInspector")), &GgufInspector::loaded);
    page.inspect(writeModel("拆分 四"));
    QVERIFY(loaded.wait(30000));
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("splitModel"))->isEnabled());
    SplitDialog* dialog = page.openSplitDialog();
    QVERIFY(dialog->isVisible());
    QSignalSpy merge(&page, &ModelsPage::mergeRequested);
    dialog->findChild<QRadioButton*>(QStringLiteral("splitByTensors"))->setChecked(true);
    dialog->findChild<QSpinBox*>(QStringLiteral("maxTensors"))->setValue(6);
    QVERIFY(runSplit(*dialog));
    const QStringList shards = dialog->shards();
    Q_EMIT dialog->mergeRequested(shards);
    QCOMPARE(merge.size(), 1);
    QCOMPARE(merge.first().at(0).toStringList(), shards);

    const fs::path projector = temp_.path() / "mmproj.gguf";
    md::testing::tinyProjector().write(projector);
    page.inspect(QString::fromStdString(md::pathToUtf8(projector)));
    QVERIFY(loaded.wait(30000));
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("splitModel"))->isEnabled());
  }
};

QTEST_MAIN(SplitDialogTest)
#include "tst_split_dialog.moc"
