// "Split…" from the inspector: a real model under a CJK path is split into
// llama.cpp shards on the job pool; the shards classify as a complete shard
// set and merge back to the original tensor bytes; existing shards are only
// replaced after a confirmation; a bad size disables Split; a refusal is
// said in the reader's language (en and zh_CN).
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

#include "core/merge/merge_plan.h"
#include "core/util/paths.h"
#include "language_testing.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/temp_folder.h"
#include "ui/merge/split_dialog.h"
#include "ui/models/gguf_inspector.h"
#include "ui/models/models_page.h"
#include "ui/shell/application.h"
#include "ui/shell/banner.h"
#include "ui/shell/language.h"

using namespace md::ui;
namespace fs = std::filesystem;

class SplitDialogTest : public QObject {
  Q_OBJECT

private:
  md::testing::TempFolder temp_;
  LanguageManager* language_ = nullptr;

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
  void initTestCase() {
    setUpApplication(*qApp);
    language_ = new LanguageManager(this);
    language_->setLanguage(QStringLiteral("en"), false);
  }

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

  // A refusal from core (the input is a shard already) is a message code:
  // the banner says it in the reader's language, and again after a switch.
  void aRefusalIsSaidInTheReadersLanguage_data() { md::testing::addLanguageRows(); }
  void aRefusalIsSaidInTheReadersLanguage() {
    QFETCH(QString, language);
    language_->setLanguage(QStringLiteral("en"), false);
    SplitDialog first(writeModel(qPrintable(QStringLiteral("拆分 拒绝 %1").arg(language))));
    first.findChild<QRadioButton*>(QStringLiteral("splitByTensors"))->setChecked(true);
    first.findChild<QSpinBox*>(QStringLiteral("maxTensors"))->setValue(6);
    QVERIFY(runSplit(first));
    const QString shard = first.shards().first();
    const QString shardName = QFileInfo(shard).fileName();

    language_->setLanguage(language, false);
    SplitDialog again(shard);
    again.findChild<QRadioButton*>(QStringLiteral("splitByTensors"))->setChecked(true);
    again.findChild<QSpinBox*>(QStringLiteral("maxTensors"))->setValue(2);
    QVERIFY(!runSplit(again));
    auto* banner = again.findChild<md::ui::Banner*>(QStringLiteral("splitBanner"));
    QCOMPARE(banner->kind(), Banner::Kind::Error);
    const QString english = shardName + QStringLiteral(" is already a shard");
    const QString other = language == QLatin1String("en") ? QStringLiteral("zh_CN") : QStringLiteral("en");
    for (const QString& shown : {language, other}) {
      language_->setLanguage(shown, false); // shown again when the switch arrives
      if (shown == QLatin1String("en")) {
        QTRY_COMPARE(banner->text(), english);
      } else {
        // (the file name is Chinese too: wait for the English words to go)
        QTRY_VERIFY2(!banner->text().contains(QStringLiteral("already")), qPrintable(banner->text()));
        QVERIFY2(md::testing::hasChinese(banner->text().remove(shardName)), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(shardName), qPrintable(banner->text()));
      }
    }
    language_->setLanguage(QStringLiteral("en"), false);
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
