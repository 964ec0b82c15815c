// The Ollama tab's actions against the fake server: Delete asks first and
// names the model, Copy… and Rename… (copy, then delete) with the name
// checked, Pull… with per-layer progress and Cancel, Edit Modelfile reaching
// the editor through the main window, and a model waited for that never
// appears. (Test prompt…: tst_ollama_prompt; servers: tst_ollama_hosts.)
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

#include "job_view_testing.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/fake_ollama_store.h"
#include "tests/support/ollama_fixtures.h"
#include "tests/ui/ollama_tab_testing.h"
#include "ui/modelfile/modelfile_page.h"
#include "ui/models/models_page.h"
#include "ui/models/ollama_details.h"
#include "ui/models/ollama_hosts.h"
#include "ui/models/ollama_model_table.h"
#include "ui/models/ollama_name_dialog.h"
#include "ui/models/ollama_prompt_dialog.h"
#include "ui/models/ollama_pull_dialog.h"
#include "ui/models/ollama_tab.h"
#include "ui/shell/application.h"
#include "ui/shell/banner.h"
#include "ui/shell/language.h"
#include "ui/shell/main_window.h"
#include "ui/shell/progress_panel.h"
#include "ui_test_setup.h"

using namespace md::ui;

class OllamaActionsTest : public QObject {
  Q_OBJECT
  md::testing::UiTestSession session_;

private Q_SLOTS:
  void initTestCase() { QVERIFY(session_.start(*this)); }

  void init() { QSettings().clear(); }

  void deleteAsksNamingTheModel() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    md::testing::seedModel(fake.modelsDir(), "doomed:1");
    md::testing::useAsLocal(fake);
    OllamaTab tab;
    QVERIFY(md::testing::selectIn(tab, QStringLiteral("doomed:1")));
    QStringList questions;
    bool answer = false;
    tab.setConfirm([&](const QString& question) {
      questions << question;
      return answer;
    });
    tab.deleteSelected(); // declined: nothing happens
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.first().contains(QStringLiteral("“doomed:1”")), qPrintable(questions.first()));
    QVERIFY(!tab.isBusy());
    QVERIFY(md::testing::hasModel(fake, "doomed:1"));

    answer = true;
    QSignalSpy finished(&tab, &OllamaTab::actionFinished);
    tab.findChild<QPushButton*>(QStringLiteral("ollamaDelete"))->click();
    QCOMPARE(questions.size(), 2);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!md::testing::hasModel(fake, "doomed:1"));
    QCOMPARE(tab.findChild<md::ui::Banner*>(QStringLiteral("ollamaBanner"))->kind(), Banner::Kind::Success);
    QTRY_COMPARE_WITH_TIMEOUT(tab.state(), OllamaTab::State::Empty, 10000);
  }

  void copyAndRename() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    md::testing::seedModel(fake.modelsDir(), "orig:1");
    md::testing::seedModel(fake.modelsDir(), "taken:1");
    md::testing::useAsLocal(fake);
    OllamaTab tab;
    QVERIFY(md::testing::selectIn(tab, QStringLiteral("orig:1")));

    OllamaNameDialog* copy = tab.copySelected(false);
    QVERIFY(copy);
    QTRY_VERIFY(copy->isVisible());
    copy->findChild<QLineEdit*>(QStringLiteral("ollamaNewName"))->setText(QStringLiteral("bad name"));
    QVERIFY(!copy->findChild<QPushButton*>(QStringLiteral("ollamaNewNameOk"))->isEnabled());
    copy->findChild<QLineEdit*>(QStringLiteral("ollamaNewName"))->setText(QStringLiteral("taken:1"));
    QVERIFY(!copy->findChild<QPushButton*>(QStringLiteral("ollamaNewNameOk"))->isEnabled());
    QVERIFY(copy->findChild<QLabel*>(QStringLiteral("ollamaNewNameProblem"))
                ->text()
                .contains(QStringLiteral("already exists")));
    copy->findChild<QLineEdit*>(QStringLiteral("ollamaNewName"))->setText(QStringLiteral("twin:1"));
    QVERIFY(copy->findChild<QPushButton*>(QStringLiteral("ollamaNewNameOk"))->isEnabled());
    QSignalSpy finished(&tab, &OllamaTab::actionFinished);
    copy->findChild<QPushButton*>(QStringLiteral("ollamaNewNameOk"))->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(md::testing::hasModel(fake, "twin:1"));
    QVERIFY(md::testing::hasModel(fake, "orig:1"));
    QTRY_COMPARE_WITH_TIMEOUT(tab.selectedModel(), QStringLiteral("twin:1"), 10000);

    QVERIFY(md::testing::selectIn(tab, QStringLiteral("orig:1")));
    OllamaNameDialog* rename = tab.copySelected(true);
    QVERIFY(rename);
    QTRY_VERIFY(rename->isVisible());
    QVERIFY(!rename->findChild<QPushButton*>(QStringLiteral("ollamaNewNameOk"))->isEnabled()); // the same name
    rename->findChild<QLineEdit*>(QStringLiteral("ollamaNewName"))->setText(QStringLiteral("renamed:2"));
    finished.clear();
    rename->findChild<QPushButton*>(QStringLiteral("ollamaNewNameOk"))->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(md::testing::hasModel(fake, "renamed:2"));
    QVERIFY(!md::testing::hasModel(fake, "orig:1"));
    QVERIFY(md::testing::hasModel(fake, "twin:1")); // shares the blobs; they are still there
    QTRY_COMPARE_WITH_TIMEOUT(tab.selectedModel(), QStringLiteral("renamed:2"), 10000);
    QCOMPARE(
        tab.findChild<md::ui::OllamaModelTable*>(QStringLiteral("ollamaModelTable"))->rowOf(QStringLiteral("orig:1")),
        -1);
  }

  void pullShowsLayersAndRefreshes() {
    QTemporaryDir registry;
    md::testing::seedModel(registry.path().toStdString(), "big:latest", {.projector = true, .modelFloats = 1 << 20});
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    fake.setRegistryDir(registry.path().toStdString());
    md::testing::useAsLocal(fake);
    OllamaTab tab;
    OllamaPullDialog* dialog = tab.openPullDialog();
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("pullButton"))->isEnabled());
    dialog->findChild<QLineEdit*>(QStringLiteral("pullName"))->setText(QStringLiteral("big"));
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("pullButton"))->isEnabled());
    QStringList statuses;
    QSignalSpy finished(dialog, &OllamaPullDialog::pullFinished);
    QTimer watch; // what the panel showed while it ran
    connect(&watch, &QTimer::timeout, this, [&] { statuses << md::testing::jobProgress(*dialog)->statusText(); });
    watch.start(5);
    dialog->findChild<QPushButton*>(QStringLiteral("pullButton"))->click();
    QVERIFY(dialog->isRunning());
    QVERIFY(finished.wait(20000));
    watch.stop();
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY2(statuses.join(QLatin1Char('\n')).contains(QStringLiteral("Pulling")),
             qPrintable(statuses.join(QLatin1Char('\n'))));
    QCOMPARE(dialog->findChild<QTreeWidget*>(QStringLiteral("pullLayers"))->topLevelItemCount(),
             5); // config, model, projector, template, params
    for (int i = 0; i < 5; ++i)
      QCOMPARE(
          dialog->findChild<QTreeWidget*>(QStringLiteral("pullLayers"))->topLevelItem(i)->data(2, Qt::UserRole).toInt(),
          100);
    QCOMPARE(md::testing::jobBanner(*dialog)->kind(), Banner::Kind::Success);
    QVERIFY(md::testing::hasModel(fake, "big:latest"));
    QTRY_COMPARE_WITH_TIMEOUT(tab.selectedModel(), QStringLiteral("big:latest"), 10000);
  }

  void pullCancels() {
    QTemporaryDir registry;
    md::testing::seedModel(registry.path().toStdString(), "stuck:latest", {.modelFloats = 1 << 20});
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    fake.setRegistryDir(registry.path().toStdString());
    fake.setFaults({.stallStreamAfter = 3});
    OllamaPullDialog dialog(QString::fromStdString(fake.url()));
    dialog.show();
    dialog.findChild<QLineEdit*>(QStringLiteral("pullName"))->setText(QStringLiteral("stuck"));
    QSignalSpy finished(&dialog, &OllamaPullDialog::pullFinished);
    dialog.startPull();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QTreeWidget*>(QStringLiteral("pullLayers"))->topLevelItemCount() >= 1,
                             10000);
    QVERIFY(dialog.isRunning());
    md::testing::jobProgress(dialog)->cancelButton()->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(md::testing::jobBanner(dialog)->kind(), Banner::Kind::Warning);
    QVERIFY(!md::testing::hasModel(fake, "stuck:latest"));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("pullButton"))->isEnabled());
  }

  void editModelfileReachesTheEditor() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    md::testing::seedModel(fake.modelsDir(), "chat:1", {.templateText = "<|user|>{{ .Prompt }}"});
    md::testing::useAsLocal(fake);
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"), false);
    MainWindow window(&language);
    auto* models = static_cast<ModelsPage*>(window.page(PageId::Models));
    auto* modelfile = static_cast<ModelfilePage*>(window.page(PageId::Modelfile));
    OllamaTab* tab = models->ollamaTab();
    QVERIFY(md::testing::selectIn(*tab, QStringLiteral("chat:1")));
    tab->findChild<QPushButton*>(QStringLiteral("ollamaEditModelfile"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(window.currentPage(), PageId::Modelfile, 10000);
    const QString text =
        modelfile->findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("TEMPLATE \"\"\"<|user|>{{ .Prompt }}\"\"\"")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("FROM ")));
    QVERIFY(modelfile->isModified()); // not saved anywhere yet
    QVERIFY(modelfile->filePath().isEmpty());
  }

  // Once the details pane has the model's /api/show, Edit Modelfile uses it
  // at once instead of asking the server again.
  void editModelfileUsesTheLoadedDetails() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    md::testing::seedModel(fake.modelsDir(), "chat:1", {.templateText = "<|user|>{{ .Prompt }}"});
    md::testing::useAsLocal(fake);
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"), false);
    MainWindow window(&language);
    auto* models = static_cast<ModelsPage*>(window.page(PageId::Models));
    auto* modelfile = static_cast<ModelfilePage*>(window.page(PageId::Modelfile));
    OllamaTab* tab = models->ollamaTab();
    QVERIFY(md::testing::selectIn(*tab, QStringLiteral("chat:1")));
    QTRY_VERIFY_WITH_TIMEOUT(
        tab->findChild<md::ui::OllamaDetails*>(QStringLiteral("ollamaDetails"))->data().has_value() &&
            !tab->findChild<md::ui::OllamaDetails*>(QStringLiteral("ollamaDetails"))->isLoading(),
        10000);
    tab->findChild<QPushButton*>(QStringLiteral("ollamaEditModelfile"))->click();
    QCOMPARE(window.currentPage(), PageId::Modelfile); // no round trip to wait for
    QVERIFY(modelfile->findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))
                ->toPlainText()
                .contains(QStringLiteral("<|user|>{{ .Prompt }}")));
  }

  void modelfilePageShowInModelsSelectsTheModel() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    md::testing::seedModel(fake.modelsDir(), "made:1");
    md::testing::useAsLocal(fake);
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"), false);
    MainWindow window(&language);
    auto* models = static_cast<ModelsPage*>(window.page(PageId::Models));
    window.showPage(PageId::Modelfile);
    Q_EMIT static_cast<ModelfilePage*>(window.page(PageId::Modelfile))
        ->showOllamaModelRequested(QStringLiteral("made:1"));
    QCOMPARE(window.currentPage(), PageId::Models);
    QCOMPARE(models->currentTab(), ModelsPage::Tab::Ollama);
    QTRY_COMPARE_WITH_TIMEOUT(models->ollamaTab()->selectedModel(), QStringLiteral("made:1"), 10000);
  }

  void aWantedModelThatNeverAppearsIsGivenUp() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    md::testing::seedModel(fake.modelsDir(), "here:1");
    md::testing::useAsLocal(fake);
    OllamaTab tab;
    QVERIFY(md::testing::selectIn(tab, QStringLiteral("here:1")));
    QVERIFY(!tab.isRefreshing());
    QSignalSpy refreshed(&tab, &OllamaTab::refreshed);
    tab.selectModel(QStringLiteral("late:1")); // not there: one refresh looks for it
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(tab.selectedModel(), QStringLiteral("here:1"));
    md::testing::seedModel(fake.modelsDir(), "late:1"); // appears much later, by other means
    refreshed.clear();
    tab.refresh();
    QVERIFY(refreshed.wait(10000));
    QVERIFY(
        tab.findChild<md::ui::OllamaModelTable*>(QStringLiteral("ollamaModelTable"))->rowOf(QStringLiteral("late:1")) >=
        0);
    QCOMPARE(tab.selectedModel(), QStringLiteral("here:1")); // not jumped to it
  }
};

QTEST_MAIN(OllamaActionsTest)
#include "tst_ollama_actions.moc"
