// The Ollama desktop app's model location in the Environment page's store
// move: the move question's checkbox (shown only when the app names another
// folder; en and zh_CN), and the move that changes the app's setting in a
// real database (with its backup), or says why not while the app runs.

#include <QCheckBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "core/env/catalog.h"
#include "core/env/ollama_app_settings.h"
#include "core/util/paths.h"
#include "tests/support/model_store_fixture.h"
#include "tests/support/ollama_app_db.h"
#include "tests/support/temp_folder.h"
#include "tests/ui/env_page_testing.h"
#include "ui/env/environment_page.h"
#include "ui/env/move_models_dialog.h"
#include "ui/shell/application.h"
#include "ui/shell/banner.h"

using namespace md::ui;
namespace fs = std::filesystem;

namespace {

std::string appModels(const fs::path& database) {
  auto settings = md::env::readOllamaAppSettings(database);
  return settings && settings->has_value() ? (*settings)->models : "<none>";
}

} // namespace

class EnvironmentAppSettingTest : public QObject {
  Q_OBJECT

private:
  md::testing::EnvPageTestState state_;
  std::unique_ptr<md::testing::TempFolder>& temp_ = state_.temp;
  fs::path& home_ = state_.home;

  fs::path database() const { return home_ / ".ollama" / "db.sqlite"; }

  // Two models in ~/.ollama/models, the folder the app's setting names.
  fs::path storeTheAppNames() {
    const fs::path store = home_ / ".ollama" / "models";
    md::testing::writeSampleStore(store);
    md::testing::OllamaAppDatabase app(database());
    [&] { QCOMPARE(app.setModels(md::pathToUtf8(store)), std::string()); }();
    return store;
  }

  // A page whose first load has finished, whose move question answers `answer`.
  std::unique_ptr<EnvironmentPage> makePage(EnvironmentPage::MoveAnswer answer) {
    auto page = std::make_unique<EnvironmentPage>();
    QSignalSpy loaded(page.get(), &EnvironmentPage::reloaded);
    if (loaded.isEmpty())
      loaded.wait(5000);
    page->setMovePrompt([answer](const QString&, const QString&) { return answer; });
    page->setDeletePrompt([](const QString&) { return false; });
    return page;
  }

private Q_SLOTS:
  void initTestCase() { state_.startApplication(); }

  void init() {
    state_.freshHome("env-app-setting");
    fs::create_directories(temp_->path() / "proc"); // no process at all: the app is not running
    qputenv("MODELDESK_PROC_DIR", QByteArray::fromStdString(md::pathToUtf8(temp_->path() / "proc")));
  }

  void cleanup() { qunsetenv("MODELDESK_PROC_DIR"); }

  void theQuestionOffersTheAppSettingOnlyWhenTheAppHasOne() {
    MoveModelsDialog plain(QStringLiteral("/a"), QStringLiteral("/b"), QString());
    QVERIFY(plain.findChild<QCheckBox*>(QStringLiteral("moveAppSetting")) == nullptr);

    MoveModelsDialog offer(QStringLiteral("/old"), QStringLiteral("/新 模型"), QStringLiteral("/old"));
    auto* box = offer.findChild<QCheckBox*>(QStringLiteral("moveAppSetting"));
    QVERIFY(box != nullptr);
    QVERIFY(box->isChecked());
    QVERIFY2(box->text().contains(QStringLiteral("“Model location”")), qPrintable(box->text()));
    QVERIFY(box->text().contains(QStringLiteral("/新 模型")));
    offer.findChild<QPushButton*>(QStringLiteral("moveModelsButton"))->click();
    QCOMPARE(offer.answer().choice, EnvironmentPage::MoveChoice::Move);
    QVERIFY(offer.answer().updateAppSetting);

    MoveModelsDialog unchecked(QStringLiteral("/old"), QStringLiteral("/new"), QStringLiteral("/old"));
    unchecked.findChild<QCheckBox*>(QStringLiteral("moveAppSetting"))->setChecked(false);
    unchecked.findChild<QPushButton*>(QStringLiteral("moveSetOnlyButton"))->click();
    QCOMPARE(unchecked.answer().choice, EnvironmentPage::MoveChoice::SetOnly);
    QVERIFY(!unchecked.answer().updateAppSetting);
  }

  void theQuestionIsInChinese() {
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/modeldesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    MoveModelsDialog offer(QStringLiteral("/old"), QStringLiteral("/new"), QStringLiteral("/old"));
    const QString box = offer.findChild<QCheckBox*>(QStringLiteral("moveAppSetting"))->text();
    const QString button = offer.findChild<QPushButton*>(QStringLiteral("moveModelsButton"))->text();
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(box.contains(QStringLiteral("模型位置")), qPrintable(box));
    QVERIFY(box.contains(QStringLiteral("/new")));
    QCOMPARE(button, QStringLiteral("迁移模型"));
  }

  void theMoveChangesTheAppsModelLocationAfterABackup() {
    const fs::path oldStore = storeTheAppNames();
    const fs::path target = temp_->path() / "新 盘" / "models";
    auto page = makePage({EnvironmentPage::MoveChoice::Move, true});
    QSignalSpy moved(page.get(), &EnvironmentPage::moveFinished);
    QSignalSpy app(page.get(), &EnvironmentPage::appSettingUpdated);
    page->applyValue(QStringLiteral("OLLAMA_MODELS"), md::testing::pathText(target));
    QVERIFY(moved.wait(30000));
    QCOMPARE(moved.first().first().toBool(), true);
    QCOMPARE(app.count(), 1);
    QCOMPARE(app.first().first().toBool(), true);
    QCOMPARE(appModels(database()), md::pathToUtf8(target));
    bool backedUp = false;
    for (const auto& entry : fs::directory_iterator(database().parent_path()))
      if (md::pathToUtf8(entry.path().filename()).starts_with("db.sqlite.modeldesk-backup-"))
        backedUp = appModels(entry.path()) == md::pathToUtf8(oldStore);
    QVERIFY(backedUp);
    const QString banner = page->findChild<Banner*>(QStringLiteral("envBanner"))->text();
    QVERIFY2(banner.contains(QStringLiteral("Moved 2 models")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("The Ollama app's model location is now ") + md::testing::pathText(target)),
             qPrintable(banner));
  }

  // The History tab's Undo and Redo of the move say what became of the app's
  // setting: in English, then in Chinese.
  void undoAndRedoOfTheMoveSayWhatHappenedToTheAppSetting() {
    const fs::path oldStore = storeTheAppNames();
    const fs::path target = temp_->path() / "新 盘" / "models";
    auto page = makePage({EnvironmentPage::MoveChoice::Move, true});
    QSignalSpy moved(page.get(), &EnvironmentPage::moveFinished);
    page->applyValue(QStringLiteral("OLLAMA_MODELS"), md::testing::pathText(target));
    QVERIFY(moved.wait(30000));
    QCOMPARE(appModels(database()), md::pathToUtf8(target));

    QSignalSpy changed(page.get(), &EnvironmentPage::changeFinished);
    page->undoLast();
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.last().first().toBool(), true);
    QCOMPARE(appModels(database()), md::pathToUtf8(oldStore));
    auto* banner = page->findChild<Banner*>(QStringLiteral("envBanner"));
    QVERIFY2(banner->text().contains(QStringLiteral("The Ollama app's model location is %1 again (it was %2")
                                         .arg(md::testing::pathText(oldStore), md::testing::pathText(target))),
             qPrintable(banner->text()));

    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/modeldesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    page->redoChange(std::nullopt);
    const bool redone = changed.wait(10000);
    const QString chinese = banner->text();
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(redone);
    QCOMPARE(appModels(database()), md::pathToUtf8(target));
    QVERIFY2(chinese.contains(QStringLiteral("Ollama 应用的模型位置已恢复为 %1").arg(md::testing::pathText(target))),
             qPrintable(chinese));
  }

  void whileTheAppRunsTheMoveSaysWhichSettingToChange() {
    const fs::path oldStore = storeTheAppNames();
    md::testing::writeText(temp_->path() / "proc" / "4242" / "comm", "ollama app\n");
    const fs::path target = temp_->path() / "new" / "models";
    auto page = makePage({EnvironmentPage::MoveChoice::SetOnly, true});
    QSignalSpy app(page.get(), &EnvironmentPage::appSettingUpdated);
    page->applyValue(QStringLiteral("OLLAMA_MODELS"), md::testing::pathText(target));
    QVERIFY(app.wait(10000));
    QCOMPARE(app.first().first().toBool(), false);
    QCOMPARE(appModels(database()), md::pathToUtf8(oldStore));
    const QString banner = page->findChild<Banner*>(QStringLiteral("envBanner"))->text();
    QVERIFY2(banner.contains(QStringLiteral("The Ollama app is running (ollama app)")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("\"Model location\" to ") + md::testing::pathText(target)),
             qPrintable(banner));
  }
};

QTEST_MAIN(EnvironmentAppSettingTest)
#include "tst_environment_app_setting.moc"
