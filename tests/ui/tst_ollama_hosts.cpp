// The Ollama tab's servers against fake servers: Add asks for one, addresses
// are validated, the choice is switched and remembered in QSettings, and a
// switch forgets what the old server was about to show and is left alone by
// an action that ends on the old one.

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

class OllamaHostsTest : public QObject {
  Q_OBJECT
  md::testing::UiTestSession session_;

private Q_SLOTS:
  void initTestCase() { QVERIFY(session_.start(*this)); }

  void init() { QSettings().clear(); }

  void aWantedModelIsForgottenOnAHostSwitch() {
    md::testing::FakeOllama local, remote;
    QVERIFY(local.start());
    QVERIFY(remote.start());
    md::testing::seedModel(local.modelsDir(), "here:1");
    md::testing::seedModel(remote.modelsDir(), "there:1");
    md::testing::seedModel(remote.modelsDir(), "wanted:1");
    md::testing::useAsLocal(local);
    OllamaTab tab;
    QVERIFY(md::testing::selectIn(tab, QStringLiteral("here:1")));
    tab.selectModel(QStringLiteral("wanted:1")); // wanted on the local server
    QVERIFY(tab.hosts()->add(QString::fromStdString(remote.url())));
    QTRY_COMPARE_WITH_TIMEOUT(tab.findChild<md::ui::OllamaModelTable*>(QStringLiteral("ollamaModelTable"))->rowCount(),
                              2, 10000);
    QCOMPARE(tab.selectedModel(), QString()); // the other server's model of that name is not selected
  }

  void anActionEndingAfterAHostSwitchLeavesTheNewHostAlone() {
    md::testing::FakeOllama local, remote;
    QVERIFY(local.start());
    QVERIFY(remote.start());
    md::testing::seedModel(local.modelsDir(), "doomed:1");
    md::testing::seedModel(remote.modelsDir(), "there:1");
    md::testing::useAsLocal(local);
    OllamaTab tab;
    tab.setConfirm([](const QString&) { return true; });
    QVERIFY(md::testing::selectIn(tab, QStringLiteral("doomed:1")));
    local.setFaults({.delay = std::chrono::milliseconds(1500)});
    QSignalSpy finished(&tab, &OllamaTab::actionFinished);
    tab.deleteSelected();
    QVERIFY(tab.isBusy());
    QVERIFY(tab.hosts()->add(QString::fromStdString(remote.url()))); // switched while it runs
    QTRY_COMPARE_WITH_TIMEOUT(tab.findChild<md::ui::OllamaModelTable*>(QStringLiteral("ollamaModelTable"))->rowCount(),
                              1, 10000);
    QVERIFY(md::testing::selectIn(tab, QStringLiteral("there:1")));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!tab.isBusy());
    QVERIFY2(tab.findChild<md::ui::Banner*>(QStringLiteral("ollamaBanner"))->text().isEmpty(),
             qPrintable(tab.findChild<md::ui::Banner*>(QStringLiteral("ollamaBanner"))->text()));
    QVERIFY(tab.findChild<md::ui::Banner*>(QStringLiteral("ollamaBanner"))->isHidden());
    QCOMPARE(tab.selectedModel(), QStringLiteral("there:1"));
    QCOMPARE(tab.findChild<md::ui::OllamaDetails*>(QStringLiteral("ollamaDetails"))->modelName(),
             QStringLiteral("there:1")); // not cleared by the old host's delete
    local.setFaults({});
    QVERIFY(!md::testing::hasModel(local, "doomed:1")); // the delete itself went through
  }

  // "Add…" as a user uses it: a bad URL is refused in the banner, a good one
  // becomes the active server, and cancelling the box changes nothing.
  void addButtonAsksForAServer() {
    md::testing::FakeOllama local, remote;
    QVERIFY(local.start());
    QVERIFY(remote.start());
    md::testing::useAsLocal(local);
    OllamaTab tab;
    std::optional<QString> typed;
    int asked = 0;
    tab.setHostPrompt([&] {
      ++asked;
      return typed;
    });
    typed = QStringLiteral("nas:99999");
    tab.findChild<QToolButton*>(QStringLiteral("ollamaAddHost"))->click();
    QCOMPARE(asked, 1);
    QVERIFY2(tab.findChild<md::ui::Banner*>(QStringLiteral("ollamaBanner"))->text().contains(QStringLiteral("port")),
             qPrintable(tab.findChild<md::ui::Banner*>(QStringLiteral("ollamaBanner"))->text()));
    QCOMPARE(tab.findChild<QComboBox*>(QStringLiteral("ollamaHost"))->count(), 1);

    typed = std::nullopt; // the box was cancelled
    tab.findChild<QToolButton*>(QStringLiteral("ollamaAddHost"))->click();
    QCOMPARE(asked, 2);
    QCOMPARE(tab.findChild<QComboBox*>(QStringLiteral("ollamaHost"))->count(), 1);

    typed = QStringLiteral("127.0.0.1:%1").arg(remote.port());
    tab.findChild<QToolButton*>(QStringLiteral("ollamaAddHost"))->click();
    QCOMPARE(tab.findChild<QComboBox*>(QStringLiteral("ollamaHost"))->count(), 2);
    QCOMPARE(tab.hostUrl(), QString::fromStdString(remote.url()));
    QCOMPARE(tab.findChild<QComboBox*>(QStringLiteral("ollamaHost"))->currentData().toString(),
             QString::fromStdString(remote.url()));
  }

  void hostsAreValidatedSwitchedAndRemembered() {
    md::testing::FakeOllama local, remote;
    QVERIFY(local.start());
    QVERIFY(remote.start());
    md::testing::seedModel(local.modelsDir(), "here:1");
    md::testing::seedModel(remote.modelsDir(), "there:1");
    md::testing::seedModel(remote.modelsDir(), "there:2");
    md::testing::useAsLocal(local);
    {
      OllamaTab tab;
      QSignalSpy refreshed(&tab, &OllamaTab::refreshed);
      tab.refresh();
      QVERIFY(refreshed.wait(10000));
      QCOMPARE(tab.findChild<md::ui::OllamaModelTable*>(QStringLiteral("ollamaModelTable"))->rowCount(), 1);
      QString problem;
      QVERIFY(!tab.hosts()->add(QStringLiteral("ftp://nas"), &problem));
      QVERIFY(!problem.isEmpty());
      QVERIFY(!tab.hosts()->add(QStringLiteral("  "), &problem));
      QVERIFY(!tab.hosts()->add(QStringLiteral("nas:99999"), &problem));
      QVERIFY2(problem.contains(QStringLiteral("invalid port")), qPrintable(problem));
      const QString bare = QStringLiteral("127.0.0.1:%1").arg(remote.port()); // no scheme: http
      QVERIFY(tab.hosts()->add(bare, &problem));
      QCOMPARE(tab.hostUrl(), QString::fromStdString(remote.url()));
      QCOMPARE(tab.findChild<QComboBox*>(QStringLiteral("ollamaHost"))->count(), 2);
      QTRY_COMPARE_WITH_TIMEOUT(
          tab.findChild<md::ui::OllamaModelTable*>(QStringLiteral("ollamaModelTable"))->rowCount(), 2, 10000);
      QVERIFY(tab.findChild<md::ui::OllamaModelTable*>(QStringLiteral("ollamaModelTable"))
                  ->rowOf(QStringLiteral("there:1")) >= 0);
      // switch back with the combo
      tab.findChild<QComboBox*>(QStringLiteral("ollamaHost"))->setCurrentIndex(0);
      Q_EMIT tab.findChild<QComboBox*>(QStringLiteral("ollamaHost"))->activated(0);
      QCOMPARE(tab.hostUrl(), QString::fromStdString(local.url()));
      QTRY_COMPARE_WITH_TIMEOUT(
          tab.findChild<md::ui::OllamaModelTable*>(QStringLiteral("ollamaModelTable"))->rowCount(), 1, 10000);
      tab.findChild<QComboBox*>(QStringLiteral("ollamaHost"))->setCurrentIndex(1);
      Q_EMIT tab.findChild<QComboBox*>(QStringLiteral("ollamaHost"))->activated(1);
    }
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("ollama/hosts")).toStringList(),
             QStringList{QString::fromStdString(remote.url())});
    QCOMPARE(settings.value(QStringLiteral("ollama/activeHost")).toString(), QString::fromStdString(remote.url()));
    OllamaTab again; // remembered
    QCOMPARE(again.hostUrl(), QString::fromStdString(remote.url()));
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("ollamaHost"))->currentData().toString(),
             QString::fromStdString(remote.url()));
    QVERIFY(again.hosts()->remove(again.hostUrl()));
    QCOMPARE(again.hostUrl(), QString::fromStdString(local.url()));
    QVERIFY(!again.hosts()->remove(again.hostUrl())); // the local default stays
    QCOMPARE(QSettings().value(QStringLiteral("ollama/hosts")).toStringList(), QStringList());
    // Another spelling of the local server is the local server, not a new host.
    const QString spelled = QStringLiteral("http://LOCALHOST:%1/").arg(local.port());
    QVERIFY(again.hosts()->isLocal(spelled));
    QVERIFY(again.hosts()->add(spelled));
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("ollamaHost"))->count(), 1);
    QCOMPARE(again.hostUrl(), QString::fromStdString(local.url()));
    QCOMPARE(QSettings().value(QStringLiteral("ollama/hosts")).toStringList(), QStringList());
  }
};

QTEST_MAIN(OllamaHostsTest)
#include "tst_ollama_hosts.moc"
