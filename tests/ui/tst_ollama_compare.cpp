// Compare… and Copy to host… from the Ollama tab, against fake servers: a
// pulled model against the same weights imported bare reads as sentences
// ("has no projector…") with the layers side by side, and a model copied to
// a second server arrives there (blobs uploaded once), can be cancelled, and
// is refused from a remote source.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

#include "core/ollama/client.h"
#include "job_view_testing.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/fake_ollama_store.h"
#include "tests/support/ollama_fixtures.h"
#include "tests/support/tiny_gguf.h"
#include "tests/ui/ollama_tab_testing.h"
#include "ui/models/ollama_compare_dialog.h"
#include "ui/models/ollama_copy_host_dialog.h"
#include "ui/models/ollama_details.h"
#include "ui/models/ollama_hosts.h"
#include "ui/models/ollama_tab.h"
#include "ui/shell/application.h"
#include "ui/shell/banner.h"
#include "ui/shell/progress_panel.h"
#include "ui_test_setup.h"

using namespace md::ui;

class OllamaCompareTest : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

  // The same weights as a pulled model would have, imported with no template,
  // projector or parameters (what `FROM ./model.gguf` alone gives).
  bool importBare(const md::testing::FakeOllama& fake, const std::string& name) {
    const auto path = std::filesystem::path(dir_.path().toStdString()) / "model.gguf";
    md::testing::tinyModel().write(path);
    md::ollama::CreateRequest request;
    request.model = name;
    request.files = {{path, "model.gguf", {}}};
    md::ProgressReporter quiet;
    return md::ollama::Client(fake.url()).create(request, quiet).ok();
  }

  // A dialog to copy "slow:1" from `local` to `remote`, which answers only
  // after 5 s (so a copy is still running when the test acts).
  static std::unique_ptr<OllamaCopyHostDialog> slowCopyDialog(md::testing::FakeOllama& local,
                                                              md::testing::FakeOllama& remote) {
    if (!local.start() || !remote.start())
      return nullptr;
    md::testing::seedModel(local.modelsDir(), "slow:1");
    remote.setFaults({.delay = std::chrono::milliseconds(5000)});
    return std::make_unique<OllamaCopyHostDialog>(
        QString::fromStdString(local.url()), QStringList{QString::fromStdString(local.modelsDir().string())},
        QStringLiteral("slow:1"), QStringList{QString::fromStdString(remote.url())});
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    md::testing::setUpUiTestApplication(dir_);
  }

  void init() { QSettings().clear(); }

  void pulledAgainstImportedReadsAsSentences() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    md::testing::seedModel(fake.modelsDir(), "llava:7b", {.projector = true});
    QVERIFY(importBare(fake, "imported:latest"));
    md::testing::useAsLocal(fake);
    OllamaTab tab;
    QVERIFY(md::testing::selectIn(tab, QStringLiteral("llava:7b")));
    OllamaCompareDialog* dialog = tab.openCompareDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("compareWith"))->count(), 1); // not itself
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("compareWith"))->currentText(),
             QStringLiteral("imported:latest"));
    QSignalSpy compared(dialog, &OllamaCompareDialog::compared);
    dialog->findChild<QPushButton*>(QStringLiteral("compareButton"))->click();
    QVERIFY(compared.wait(10000));
    QCOMPARE(compared.first().first().toBool(), true);
    QStringList findings;
    for (int i = 0; i < dialog->findChild<QListWidget*>(QStringLiteral("compareFindings"))->count(); ++i)
      findings << dialog->findChild<QListWidget*>(QStringLiteral("compareFindings"))->item(i)->text();
    const QString all = findings.join(QLatin1Char('\n'));
    QVERIFY2(findings.contains(QStringLiteral("“imported:latest” has no projector, so it cannot see images.")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("“imported:latest” has no template")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("“imported:latest” has no stop parameters")), qPrintable(all));
    QVERIFY(!all.contains(QStringLiteral("“llava:7b”")));
    QCOMPARE(dialog->findChild<QTreeWidget*>(QStringLiteral("compareLeftLayers"))->topLevelItemCount(),
             4); // model, projector, template, params
    QCOMPARE(dialog->findChild<QTreeWidget*>(QStringLiteral("compareRightLayers"))->topLevelItemCount(), 1);
    QCOMPARE(dialog->findChild<QTreeWidget*>(QStringLiteral("compareRightLayers"))->topLevelItem(0)->text(0),
             QStringLiteral("model"));
  }

  void aFailedCompareShowsNothingOfThePreviousOne() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    md::testing::seedModel(fake.modelsDir(), "llava:7b", {.projector = true});
    QVERIFY(importBare(fake, "imported:latest"));
    OllamaCompareDialog dialog(QString::fromStdString(fake.url()), {QString::fromStdString(fake.modelsDir().string())},
                               QStringLiteral("llava:7b"),
                               {QStringLiteral("imported:latest"), QStringLiteral("gone:1")});
    QSignalSpy compared(&dialog, &OllamaCompareDialog::compared);
    dialog.findChild<QComboBox*>(QStringLiteral("compareWith"))->setCurrentText(QStringLiteral("imported:latest"));
    dialog.compare();
    QVERIFY(compared.wait(10000));
    QCOMPARE(compared.first().first().toBool(), true);
    QCOMPARE(dialog.findChild<QTreeWidget*>(QStringLiteral("compareRightLayers"))->topLevelItemCount(), 1);
    QVERIFY(dialog.findChild<QTreeWidget*>(QStringLiteral("compareLeftLayers"))->topLevelItemCount() > 0);
    QVERIFY(dialog.findChild<QListWidget*>(QStringLiteral("compareFindings"))->count() > 0);

    dialog.findChild<QComboBox*>(QStringLiteral("compareWith"))
        ->setCurrentText(QStringLiteral("gone:1")); // not on the server
    compared.clear();
    dialog.compare();
    QVERIFY(compared.wait(10000));
    QCOMPARE(compared.first().first().toBool(), false);
    QCOMPARE(dialog.findChild<md::ui::Banner*>(QStringLiteral("compareBanner"))->kind(), Banner::Kind::Error);
    QCOMPARE(dialog.findChild<QTreeWidget*>(QStringLiteral("compareRightLayers"))->topLevelItemCount(), 0);
    QCOMPARE(dialog.findChild<QTreeWidget*>(QStringLiteral("compareLeftLayers"))->topLevelItemCount(), 0);
    QCOMPARE(dialog.findChild<QListWidget*>(QStringLiteral("compareFindings"))->count(), 0);
  }

  void closingWhileCopyingAsksFirst() {
    md::testing::FakeOllama local, remote;
    const auto owned = slowCopyDialog(local, remote);
    QVERIFY(owned);
    OllamaCopyHostDialog& dialog = *owned;
    QStringList questions;
    bool answer = false;
    dialog.setConfirm([&](const QString& question) {
      questions << question;
      return answer;
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(&dialog, &OllamaCopyHostDialog::copyFinished);
    dialog.startCopy();
    QVERIFY(dialog.isRunning());
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close)->click(); // Close
    QTest::keyClick(&dialog, Qt::Key_Escape);                                        // Esc
    QVERIFY(!dialog.close());                                                        // the window's X
    QCOMPARE(questions.size(), 3);
    for (const QString& question : questions)
      QVERIFY2(question.contains(QStringLiteral("Stop copying")) && question.contains(QStringLiteral("“slow:1”")),
               qPrintable(question));
    QVERIFY(dialog.isVisible()); // declined: it goes on
    QVERIFY(dialog.isRunning());
    QCOMPARE(finished.count(), 0);

    answer = true;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(dialog.close());
    QCOMPARE(questions.size(), 4);
    QVERIFY(!dialog.isVisible());
    QVERIFY(finished.wait(10000));
    QVERIFY(clock.elapsed() < 4000); // cancelled, not after the server's delay
    QCOMPARE(finished.first().first().toBool(), false);
    remote.setFaults({});
    QVERIFY(!md::testing::hasModel(remote, "slow:1"));

    dialog.show(); // idle: closes without a question
    QVERIFY(dialog.close());
    QCOMPARE(questions.size(), 4);
  }

  void copiesToAnotherServer() {
    md::testing::FakeOllama local, remote;
    QVERIFY(local.start());
    QVERIFY(remote.start());
    md::testing::seedModel(local.modelsDir(), "llava:7b", {.projector = true});
    md::testing::useAsLocal(local);
    OllamaTab tab;
    QVERIFY(tab.hosts()->add(QString::fromStdString(remote.url())));
    tab.hosts()->setActive(OllamaHosts::localUrl());
    QVERIFY(md::testing::selectIn(tab, QStringLiteral("llava:7b")));
    OllamaCopyHostDialog* dialog = tab.openCopyToHostDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("copyTarget"))->currentText(),
             QString::fromStdString(remote.url())); // the other known host
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("copyToHostButton"))->isEnabled());
    QSignalSpy finished(dialog, &OllamaCopyHostDialog::copyFinished);
    dialog->findChild<QPushButton*>(QStringLiteral("copyToHostButton"))->click();
    QVERIFY(dialog->isRunning());
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(md::testing::jobBanner(*dialog)->text()));
    QCOMPARE(md::testing::jobBanner(*dialog)->kind(), Banner::Kind::Success);
    QVERIFY2(md::testing::jobBanner(*dialog)->text().contains(QStringLiteral("2 file(s) uploaded")),
             qPrintable(md::testing::jobBanner(*dialog)->text()));
    QVERIFY(md::testing::hasModel(remote, "llava:7b"));
    const auto shown = md::ollama::Client(remote.url()).show("llava:7b");
    QVERIFY(shown.ok());
    QVERIFY(shown->hasCapability("vision"));

    // again, under another name: the blobs are there already
    dialog->findChild<QLineEdit*>(QStringLiteral("copyTargetName"))->setText(QStringLiteral("llava:again"));
    finished.clear();
    dialog->startCopy();
    QVERIFY(finished.wait(20000));
    QVERIFY2(md::testing::jobBanner(*dialog)->text().contains(QStringLiteral("0 file(s) uploaded")),
             qPrintable(md::testing::jobBanner(*dialog)->text()));
    QVERIFY(md::testing::jobBanner(*dialog)->text().contains(QStringLiteral("2 already there")));
    QVERIFY(md::testing::hasModel(remote, "llava:again"));
  }

  void copyCancels() {
    md::testing::FakeOllama local, remote;
    const auto owned = slowCopyDialog(local, remote);
    QVERIFY(owned);
    OllamaCopyHostDialog& dialog = *owned;
    dialog.show();
    QSignalSpy finished(&dialog, &OllamaCopyHostDialog::copyFinished);
    dialog.startCopy();
    QVERIFY(dialog.isRunning());
    QVERIFY(md::testing::jobProgress(dialog)->cancelButton()->isEnabled());
    QElapsedTimer clock;
    clock.start();
    md::testing::jobProgress(dialog)->cancelButton()->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(clock.elapsed() < 4000); // not after the server's delay
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(md::testing::jobBanner(dialog)->kind(), Banner::Kind::Warning);
    remote.setFaults({});
    QVERIFY(!md::testing::hasModel(remote, "slow:1"));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("copyToHostButton"))->isEnabled());
  }

  void anExistingModelIsReplacedOnlyAfterAsking() {
    md::testing::FakeOllama local, remote;
    QVERIFY(local.start());
    QVERIFY(remote.start());
    md::testing::seedModel(local.modelsDir(), "llava:7b", {.projector = true});
    md::testing::seedModel(remote.modelsDir(), "llava:7b"); // another model of that name, without a projector
    const auto hasVision = [&] {
      const auto shown = md::ollama::Client(remote.url()).show("llava:7b");
      return shown.ok() && shown->hasCapability("vision");
    };
    QVERIFY(!hasVision());
    OllamaCopyHostDialog dialog(QString::fromStdString(local.url()),
                                {QString::fromStdString(local.modelsDir().string())}, QStringLiteral("llava:7b"),
                                {QString::fromStdString(remote.url())});
    QStringList questions;
    bool answer = false;
    dialog.setConfirm([&](const QString& question) {
      questions << question;
      return answer;
    });
    QSignalSpy finished(&dialog, &OllamaCopyHostDialog::copyFinished);
    dialog.startCopy(); // declined: nothing changes
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.first().contains(QStringLiteral("“llava:7b” already exists on ") +
                                        QString::fromStdString(remote.url())) &&
                 questions.first().contains(QStringLiteral("Replace it?")),
             qPrintable(questions.first()));
    QCOMPARE(md::testing::jobBanner(dialog)->kind(), Banner::Kind::Warning);
    QVERIFY2(md::testing::jobBanner(dialog)->text().contains(QStringLiteral("nothing was copied")),
             qPrintable(md::testing::jobBanner(dialog)->text()));
    QVERIFY(!hasVision());
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("copyToHostButton"))->isEnabled());

    answer = true; // replaced
    finished.clear();
    dialog.findChild<QPushButton*>(QStringLiteral("copyToHostButton"))->click();
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(md::testing::jobBanner(dialog)->text()));
    QCOMPARE(finished.count(), 1); // the asking run says nothing of its own
    QCOMPARE(questions.size(), 2);
    QCOMPARE(md::testing::jobBanner(dialog)->kind(), Banner::Kind::Success);
    QVERIFY(hasVision());
  }

  void aStoreFolderElsewhereIsPickedAndRemembered() {
    md::testing::FakeOllama local, remote;
    QVERIFY(local.start());
    QVERIFY(remote.start());
    md::testing::seedModel(local.modelsDir(), "kept:1");
    md::testing::useAsLocal(local);
    QTemporaryDir empty; // the server's store is not where OLLAMA_MODELS says
    qputenv("OLLAMA_MODELS", empty.path().toLocal8Bit());
    const QString store = QString::fromStdString(local.modelsDir().string());
    {
      OllamaCopyHostDialog dialog(QString::fromStdString(local.url()), localOllamaStores(), QStringLiteral("kept:1"),
                                  {QString::fromStdString(remote.url())});
      QVERIFY(dialog.storeCandidates().contains(empty.path()));
      QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("copyStoreFolder"))->isEnabled());
      QSignalSpy finished(&dialog, &OllamaCopyHostDialog::copyFinished);
      dialog.startCopy();
      QVERIFY(finished.wait(20000));
      QCOMPARE(finished.first().first().toBool(), false);
      QCOMPARE(md::testing::jobBanner(dialog)->kind(), Banner::Kind::Error);
      QVERIFY2(md::testing::jobBanner(dialog)->text().contains(empty.path()) &&
                   md::testing::jobBanner(dialog)->text().contains(QStringLiteral("“Store folder…”")),
               qPrintable(md::testing::jobBanner(dialog)->text()));

      dialog.setStoreFolder(store);
      QCOMPARE(dialog.storeCandidates().first(), store);
      finished.clear();
      dialog.startCopy();
      QVERIFY(finished.wait(20000));
      QVERIFY2(finished.first().first().toBool(), qPrintable(md::testing::jobBanner(dialog)->text()));
      QCOMPARE(dialog.usedStore(), store);
      QVERIFY(md::testing::hasModel(remote, "kept:1"));
    }
    OllamaCopyHostDialog again(QString::fromStdString(local.url()), localOllamaStores(), QStringLiteral("kept:1"),
                               {QString::fromStdString(remote.url())});
    QCOMPARE(again.storeFolder(), store); // remembered
    QCOMPARE(again.storeCandidates().first(), store);
    md::testing::useAsLocal(local);
  }

  void aRemoteSourceCannotBeCopiedFrom() {
    md::testing::FakeOllama far;
    QVERIFY(far.start());
    md::testing::seedModel(far.modelsDir(), "far:1");
    qputenv("OLLAMA_HOST", "127.0.0.1:1");
    OllamaTab tab;
    QVERIFY(tab.hosts()->add(QString::fromStdString(far.url())));
    QVERIFY(md::testing::selectIn(tab, QStringLiteral("far:1")));
    QVERIFY(!tab.findChild<QPushButton*>(QStringLiteral("ollamaCopyToHost"))->isEnabled());
    OllamaCopyHostDialog dialog(QString::fromStdString(far.url()), QStringList(), QStringLiteral("far:1"),
                                {QStringLiteral("http://127.0.0.1:1")});
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("copyToHostButton"))->isEnabled());
  }
};

QTEST_MAIN(OllamaCompareTest)
#include "tst_ollama_compare.moc"
