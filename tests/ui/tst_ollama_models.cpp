// The Models page's Ollama tab against the fake server: rows and badges
// (vision from /api/show, loaded with VRAM from /api/ps), the details pane
// with the manifest layers of the local store, the two empty states,
// showOllamaModel selecting a row, and the event loop ticking while the
// server stalls.
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTreeWidget>
#include <QtTest>

#include "core/ollama/client.h"
#include "language_testing.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/ollama_fixtures.h"
#include "tests/ui/ollama_tab_testing.h"
#include "ui/models/models_page.h"
#include "ui/models/ollama_details.h"
#include "ui/models/ollama_hosts.h"
#include "ui/models/ollama_model_table.h"
#include "ui/models/ollama_tab.h"
#include "ui/shell/application.h"
#include "ui/shell/job.h"
#include "ui/shell/language.h"
#include "ui_test_setup.h"

using namespace md::ui;

class OllamaModelsTest : public QObject {
  Q_OBJECT
  QTemporaryDir settingsDir_;

  static QString badgesOf(OllamaTab& tab, const QString& name) {
    const int row = tab.findChild<md::ui::OllamaModelTable*>(QStringLiteral("ollamaModelTable"))->rowOf(name);
    return row < 0 ? QString()
                   : tab.findChild<md::ui::OllamaModelTable*>(QStringLiteral("ollamaModelTable"))
                         ->index(row, OllamaModelTable::Badges)
                         .data()
                         .toString();
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(settingsDir_.isValid());
    md::testing::setUpUiTestApplication(settingsDir_);
  }

  void init() { QSettings().clear(); }

  void tableShowsModelsWithBadges() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    md::testing::seedModel(fake.modelsDir(), "plain:7b");
    md::testing::seedModel(fake.modelsDir(), "seer:v1", {.projector = true});
    md::testing::useAsLocal(fake);
    // seer is loaded: a chat puts it in /api/ps
    QVERIFY(md::ollama::Client(fake.url()).chat({"seer:v1", {{"user", "hi", {}}}, nlohmann::json::object()}));

    OllamaTab tab;
    QSignalSpy refreshed(&tab, &OllamaTab::refreshed);
    tab.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.first().first().toBool(), true);
    QCOMPARE(tab.state(), OllamaTab::State::Models);
    QCOMPARE(tab.findChild<md::ui::OllamaModelTable*>(QStringLiteral("ollamaModelTable"))->rowCount(), 2);
    const int plain =
        tab.findChild<md::ui::OllamaModelTable*>(QStringLiteral("ollamaModelTable"))->rowOf(QStringLiteral("plain:7b"));
    QVERIFY(plain >= 0);
    const auto* row = tab.findChild<md::ui::OllamaModelTable*>(QStringLiteral("ollamaModelTable"))->rowAt(plain);
    QCOMPARE(row->family, QStringLiteral("llama"));
    QCOMPARE(row->parameters, QStringLiteral("1M"));
    QCOMPARE(row->quantization, QStringLiteral("F32"));
    QVERIFY(row->contextLength.has_value());
    QVERIFY(row->size > 0);
    QVERIFY(row->modified.isValid());
    QVERIFY(!tab.findChild<md::ui::OllamaModelTable*>(QStringLiteral("ollamaModelTable"))
                 ->index(plain, OllamaModelTable::Context)
                 .data()
                 .toString()
                 .isEmpty());
    QCOMPARE(badgesOf(tab, QStringLiteral("plain:7b")), QString());
    const QString seer = badgesOf(tab, QStringLiteral("seer:v1"));
    QVERIFY2(seer.contains(QStringLiteral("vision")), qPrintable(seer));
    QVERIFY2(seer.contains(QStringLiteral("loaded")) && seer.contains(QStringLiteral("VRAM")), qPrintable(seer));
    QCOMPARE(tab.findChild<md::ui::OllamaModelTable*>(QStringLiteral("ollamaModelTable"))
                 ->index(tab.findChild<md::ui::OllamaModelTable*>(QStringLiteral("ollamaModelTable"))
                             ->rowOf(QStringLiteral("seer:v1")),
                         OllamaModelTable::Badges)
                 .data(OllamaModelTable::BadgeKindsRole)
                 .toStringList(),
             (QStringList{QStringLiteral("vision"), QStringLiteral("loaded")}));

    // a model created meanwhile appears on the next refresh
    md::testing::seedModel(fake.modelsDir(), "later:1");
    tab.findChild<QPushButton*>(QStringLiteral("ollamaRefresh"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(tab.findChild<md::ui::OllamaModelTable*>(QStringLiteral("ollamaModelTable"))->rowCount(),
                              3, 10000);
  }

  void detailsListModelInfoAndLayers() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    md::testing::seedModel(fake.modelsDir(), "seer:v1",
                           {.projector = true, .templateText = "{{ .System }} {{ .Prompt }}"});
    md::testing::useAsLocal(fake);
    OllamaTab tab;
    QSignalSpy loaded(tab.findChild<md::ui::OllamaDetails*>(QStringLiteral("ollamaDetails")), &OllamaDetails::loaded);
    tab.selectModel(QStringLiteral("seer:v1"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().toBool(), true);
    QCOMPARE(tab.selectedModel(), QStringLiteral("seer:v1"));
    QCOMPARE(tab.findChild<md::ui::OllamaDetails*>(QStringLiteral("ollamaDetails"))
                 ->findChild<QPlainTextEdit*>(QStringLiteral("ollamaTemplate"))
                 ->toPlainText(),
             QStringLiteral("{{ .System }} {{ .Prompt }}"));
    QVERIFY(tab.findChild<md::ui::OllamaDetails*>(QStringLiteral("ollamaDetails"))
                ->findChild<QLabel*>(QStringLiteral("ollamaOverview"))
                ->text()
                .contains(QStringLiteral("vision")));
    QCOMPARE(tab.findChild<md::ui::OllamaDetails*>(QStringLiteral("ollamaDetails"))
                 ->findChild<QTreeWidget*>(QStringLiteral("ollamaInfo"))
                 ->topLevelItemCount(),
             2); // model and projector
    // config, model, projector, template, params (shown as "parameters")
    QTreeWidget* layers = tab.findChild<md::ui::OllamaDetails*>(QStringLiteral("ollamaDetails"))
                              ->findChild<QTreeWidget*>(QStringLiteral("ollamaLayers"));
    QCOMPARE(layers->topLevelItemCount(), 5);
    QStringList kinds;
    for (int i = 0; i < layers->topLevelItemCount(); ++i)
      kinds << layers->topLevelItem(i)->text(0);
    QCOMPARE(kinds, (QStringList{QStringLiteral("config"), QStringLiteral("model"), QStringLiteral("projector"),
                                 QStringLiteral("template"), QStringLiteral("parameters")}));
    QVERIFY(layers->topLevelItem(1)->text(2).startsWith(QStringLiteral("sha256:")));
  }

  void layersComeFromTheStoreCandidateHoldingTheModel() {
    // OLLAMA_MODELS names an empty folder; the server's store is the next
    // candidate, ~/.ollama/models (as the Linux service's is the last one).
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    md::testing::seedModel(fake.modelsDir(), "elsewhere:1");
    md::testing::useAsLocal(fake);
    QTemporaryDir empty, home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".ollama")));
    QVERIFY(QFile::link(QString::fromStdString(fake.modelsDir().string()),
                        home.filePath(QStringLiteral(".ollama/models"))));
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("OLLAMA_MODELS", empty.path().toLocal8Bit());
    qputenv("HOME", home.path().toLocal8Bit());
    OllamaTab tab;
    QCOMPARE(tab.localStores().value(0), empty.path());
    QSignalSpy loaded(tab.findChild<md::ui::OllamaDetails*>(QStringLiteral("ollamaDetails")), &OllamaDetails::loaded);
    tab.selectModel(QStringLiteral("elsewhere:1"));
    const bool ok = loaded.wait(10000);
    qputenv("HOME", oldHome);
    md::testing::useAsLocal(fake);
    QVERIFY(ok);
    QVERIFY(tab.findChild<md::ui::OllamaDetails*>(QStringLiteral("ollamaDetails"))
                ->findChild<QTreeWidget*>(QStringLiteral("ollamaLayers"))
                ->topLevelItemCount() >= 2); // config, model, …
    QCOMPARE(tab.findChild<md::ui::OllamaDetails*>(QStringLiteral("ollamaDetails"))
                 ->findChild<QTreeWidget*>(QStringLiteral("ollamaLayers"))
                 ->topLevelItem(1)
                 ->text(0),
             QStringLiteral("model"));
    QVERIFY2(tab.findChild<md::ui::OllamaDetails*>(QStringLiteral("ollamaDetails"))
                 ->findChild<QLabel*>(QStringLiteral("ollamaLayersNote"))
                 ->text()
                 .contains(home.filePath(QStringLiteral(".ollama/models"))),
             qPrintable(tab.findChild<md::ui::OllamaDetails*>(QStringLiteral("ollamaDetails"))
                            ->findChild<QLabel*>(QStringLiteral("ollamaLayersNote"))
                            ->text()));
  }

  void remoteHostsListNoLayers() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    md::testing::seedModel(fake.modelsDir(), "far:1");
    qputenv("OLLAMA_HOST", "127.0.0.1:1"); // the local default is elsewhere
    OllamaTab tab;
    QVERIFY(tab.hosts()->add(QString::fromStdString(fake.url())));
    QCOMPARE(tab.hostUrl(), QString::fromStdString(fake.url()));
    QVERIFY(tab.localStores().isEmpty());
    QSignalSpy loaded(tab.findChild<md::ui::OllamaDetails*>(QStringLiteral("ollamaDetails")), &OllamaDetails::loaded);
    tab.selectModel(QStringLiteral("far:1"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(tab.findChild<md::ui::OllamaDetails*>(QStringLiteral("ollamaDetails"))
                 ->findChild<QTreeWidget*>(QStringLiteral("ollamaLayers"))
                 ->topLevelItemCount(),
             0);
    QVERIFY(tab.findChild<md::ui::OllamaDetails*>(QStringLiteral("ollamaDetails"))
                ->findChild<QLabel*>(QStringLiteral("ollamaLayersNote"))
                ->text()
                .contains(QStringLiteral("local server only")));
  }

  void notRunningShowsRetry() {
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(md::testing::unusedLoopbackPort());
    qputenv("OLLAMA_HOST", url.toUtf8());
    OllamaTab tab;
    QSignalSpy refreshed(&tab, &OllamaTab::refreshed);
    tab.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(tab.state(), OllamaTab::State::Unreachable);
    QCOMPARE(tab.emptyStateText(), QStringLiteral("Ollama is not running at ") + url);
    QVERIFY(tab.findChild<QPushButton*>(QStringLiteral("ollamaRetry"))->isVisibleTo(&tab));
    tab.findChild<QPushButton*>(QStringLiteral("ollamaRetry"))->click();
    QVERIFY(tab.isRefreshing());
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(tab.state(), OllamaTab::State::Unreachable);
  }

  // The server dies while its models are listed: the next refresh clears the
  // rows, the selection and the details, and says Ollama is not running
  // (issue 22, item 6), in the reader's language.
  void modelsOfAStoppedServerAreCleared_data() { md::testing::addLanguageRows(); }

  void modelsOfAStoppedServerAreCleared() {
    QFETCH(QString, language);
    LanguageManager languages;
    languages.setLanguage(language, false);
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    md::testing::seedModel(fake.modelsDir(), "plain:7b");
    md::testing::useAsLocal(fake);
    OllamaTab tab;
    tab.show();
    QVERIFY(md::testing::selectIn(tab, QStringLiteral("plain:7b")));
    QCOMPARE(tab.state(), OllamaTab::State::Models);
    auto* table = tab.findChild<md::ui::OllamaModelTable*>(QStringLiteral("ollamaModelTable"));
    auto* view = tab.findChild<QTableView*>(QStringLiteral("ollamaModels"));
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(view->isVisible());

    fake.stop();
    tab.refresh(); // a refresh already running when the server stopped is followed by this one
    QTRY_COMPARE_WITH_TIMEOUT(tab.state(), OllamaTab::State::Unreachable, 15000);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!view->isVisible());
    QVERIFY(tab.selectedModel().isEmpty());
    QVERIFY(!tab.findChild<QPushButton*>(QStringLiteral("ollamaPull"))->isEnabled());
    const QString url = QString::fromStdString(fake.url());
    const QString said = tab.emptyStateText();
    QVERIFY2(said.contains(url), qPrintable(said));
    const bool chinese =
        std::any_of(said.begin(), said.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
    QCOMPARE(chinese, language == QLatin1String("zh_CN"));
  }

  void serverErrorIsNotCalledNotRunning() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    md::testing::useAsLocal(fake);
    fake.setFaults({.failStatus = 500});
    OllamaTab tab;
    QSignalSpy refreshed(&tab, &OllamaTab::refreshed);
    tab.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(tab.state(), OllamaTab::State::Unreachable);
    QCOMPARE(tab.emptyStateText(),
             QStringLiteral("Ollama at %1 answered with an error").arg(QString::fromStdString(fake.url())));
    fake.setFaults({}); // Retry finds it well again
    tab.findChild<QPushButton*>(QStringLiteral("ollamaRetry"))->click();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(tab.state(), OllamaTab::State::Empty);
  }

  void noModelsShowsPull() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    md::testing::useAsLocal(fake);
    OllamaTab tab;
    QSignalSpy refreshed(&tab, &OllamaTab::refreshed);
    tab.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(tab.state(), OllamaTab::State::Empty);
    QCOMPARE(tab.emptyStateText(), QStringLiteral("No models yet"));
  }

  void overlappingRefreshesDoNotStack() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    md::testing::useAsLocal(fake);
    fake.setFaults({.delay = std::chrono::milliseconds(300)});
    OllamaTab tab;
    QSignalSpy refreshed(&tab, &OllamaTab::refreshed);
    tab.refresh();
    tab.refresh();
    tab.refresh();
    QVERIFY(refreshed.wait(10000));
    QVERIFY(refreshed.wait(10000)); // the one queued behind the first
    QVERIFY(!refreshed.wait(1000)); // and no third
    QCOMPARE(refreshed.count(), 2);
  }

  void switchingHostsDropsTheOldAnswer() {
    md::testing::FakeOllama slow, quick;
    QVERIFY(slow.start());
    QVERIFY(quick.start());
    md::testing::seedModel(slow.modelsDir(), "slow:1");
    md::testing::seedModel(quick.modelsDir(), "quick:1");
    slow.setFaults({.delay = std::chrono::milliseconds(1500)});
    md::testing::useAsLocal(slow);
    OllamaTab tab;
    tab.refresh();
    QVERIFY(tab.isRefreshing());
    QVERIFY(tab.hosts()->add(QString::fromStdString(quick.url()))); // switches at once
    QTRY_VERIFY_WITH_TIMEOUT(tab.findChild<md::ui::OllamaModelTable*>(QStringLiteral("ollamaModelTable"))
                                     ->rowOf(QStringLiteral("quick:1")) >= 0,
                             10000);
    QTRY_COMPARE_WITH_TIMEOUT(md::ui::jobPool()->activeThreadCount(), 0, 10000); // the slow answer is in
    QCoreApplication::processEvents();
    QCOMPARE(tab.findChild<md::ui::OllamaModelTable*>(QStringLiteral("ollamaModelTable"))->rowCount(), 1);
    QVERIFY(tab.findChild<md::ui::OllamaModelTable*>(QStringLiteral("ollamaModelTable"))
                ->rowOf(QStringLiteral("quick:1")) >= 0);
    QVERIFY(!tab.isRefreshing());
  }

  void showOllamaModelSelectsTheRow() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    md::testing::seedModel(fake.modelsDir(), "alpha:1");
    md::testing::seedModel(fake.modelsDir(), "beta:1");
    md::testing::useAsLocal(fake);
    ModelsPage page;
    QSignalSpy refreshed(page.ollamaTab(), &OllamaTab::refreshed);
    page.showOllamaModel(QStringLiteral("beta:1"));
    QCOMPARE(page.currentTab(), ModelsPage::Tab::Ollama);
    QTRY_COMPARE_WITH_TIMEOUT(page.ollamaTab()->selectedModel(), QStringLiteral("beta:1"), 10000);
    // a name created after the last refresh: selected once it is listed
    md::testing::seedModel(fake.modelsDir(), "gamma");
    page.showOllamaModel(QStringLiteral("gamma"));
    QTRY_COMPARE_WITH_TIMEOUT(page.ollamaTab()->selectedModel(), QStringLiteral("gamma:latest"), 10000);
  }

  void eventLoopTicksWhileTheServerStalls() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    md::testing::seedModel(fake.modelsDir(), "slow:1");
    md::testing::useAsLocal(fake);
    fake.setFaults({.delay = std::chrono::milliseconds(3000)});
    OllamaTab tab;
    tab.show();
    QVERIFY(tab.isRefreshing()); // shown: it asked at once
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(20);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();
    QSignalSpy refreshed(&tab, &OllamaTab::refreshed);
    QTRY_VERIFY_WITH_TIMEOUT(ticks >= 50, 2500); // 1 s of ticks while the request is outstanding
    QVERIFY(tab.isRefreshing());
    QCOMPARE(tab.state(), OllamaTab::State::Loading);
    QVERIFY(refreshed.wait(15000));
    QCOMPARE(tab.state(), OllamaTab::State::Models);
  }
};

QTEST_MAIN(OllamaModelsTest)
#include "tst_ollama_models.moc"
