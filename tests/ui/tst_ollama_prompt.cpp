// Test prompt… on the Ollama tab against the fake server: the answer streams
// with tokens/s, an image for a vision model is read when it is sent (not
// before), and Stop ends an answer that stalls.

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

class OllamaPromptTest : public QObject {
  Q_OBJECT
  md::testing::UiTestSession session_;
  QTemporaryDir images_; // pictures to attach

private Q_SLOTS:
  void initTestCase() { QVERIFY(session_.start(*this)); }

  void init() { QSettings().clear(); }

  void testPromptStreamsWithTokensPerSecond() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    md::testing::seedModel(fake.modelsDir(), "talker:1");
    md::testing::seedModel(fake.modelsDir(), "seer:1", {.projector = true});
    md::testing::useAsLocal(fake);
    OllamaTab tab;
    QVERIFY(md::testing::selectIn(tab, QStringLiteral("talker:1")));
    OllamaPromptDialog* dialog = tab.openPromptDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("attachImage"))->isEnabled()); // no vision
    QSignalSpy finished(dialog, &OllamaPromptDialog::answerFinished);
    dialog->findChild<QPushButton*>(QStringLiteral("promptSend"))->click();
    QVERIFY(dialog->isRunning());
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("promptStop"))->isEnabled());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(dialog->findChild<QPlainTextEdit*>(QStringLiteral("promptAnswer"))->toPlainText(),
             QStringLiteral("Hello from talker:1. I received 0 images."));
    // the fake reports eval_count = 7 words in eval_duration = 1 ms
    QCOMPARE(dialog->tokensPerSecond(), 7000.0);
    QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("promptStats"))->text().contains(QStringLiteral("tokens/s")),
             qPrintable(dialog->findChild<QLabel*>(QStringLiteral("promptStats"))->text()));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("promptStats"))->text().contains(QStringLiteral("7,000.0")) ||
            dialog->findChild<QLabel*>(QStringLiteral("promptStats"))->text().contains(QStringLiteral("7000.0")));
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("promptStop"))->isEnabled());
    dialog->close();
    // the chat loaded it: the table says so after the refresh
    QTRY_VERIFY_WITH_TIMEOUT(tab.findChild<md::ui::OllamaModelTable*>(QStringLiteral("ollamaModelTable"))
                                 ->rowAt(tab.findChild<md::ui::OllamaModelTable*>(QStringLiteral("ollamaModelTable"))
                                             ->rowOf(QStringLiteral("talker:1")))
                                 ->loaded,
                             10000);

    QVERIFY(md::testing::selectIn(tab, QStringLiteral("seer:1")));
    dialog = tab.openPromptDialog();
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("attachImage"))->isEnabled());
    const QString image = images_.filePath(QStringLiteral("cat.png"));
    QFile file(image);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\x89PNG\r\n\x1a\nnot really a cat");
    file.close();
    QVERIFY(dialog->attachImage(image));
    QSignalSpy seen(dialog, &OllamaPromptDialog::answerFinished);
    dialog->send();
    QVERIFY(seen.wait(10000));
    QCOMPARE(dialog->findChild<QPlainTextEdit*>(QStringLiteral("promptAnswer"))->toPlainText(),
             QStringLiteral("Hello from seer:1. I received 1 image."));
  }

  void anImageIsReadWhenSentNotBefore() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    OllamaPromptDialog dialog(QString::fromStdString(fake.url()), QStringLiteral("seer:1"), true);
    const QString image = images_.filePath(QStringLiteral("gone.png"));
    QFile file(image);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\x89PNG\r\n\x1a\nsoon gone");
    file.close();
    QVERIFY(dialog.attachImage(image));
    QVERIFY(QFile::remove(image));
    QSignalSpy finished(&dialog, &OllamaPromptDialog::answerFinished);
    dialog.send(); // the job reads it, and says it could not
    QVERIFY(dialog.isRunning());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(md::testing::jobBanner(dialog)->kind(), Banner::Kind::Error);
    QVERIFY2(md::testing::jobBanner(dialog)->text().contains(QStringLiteral("Could not read")) &&
                 md::testing::jobBanner(dialog)->text().contains(QStringLiteral("gone.png")),
             qPrintable(md::testing::jobBanner(dialog)->text()));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("promptSend"))->isEnabled());
  }

  void stopEndsAStalledAnswer() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    md::testing::seedModel(fake.modelsDir(), "slow:1");
    fake.setFaults({.stallStreamAfter = 2});
    OllamaPromptDialog dialog(QString::fromStdString(fake.url()), QStringLiteral("slow:1"), false);
    QSignalSpy finished(&dialog, &OllamaPromptDialog::answerFinished);
    dialog.send();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QPlainTextEdit*>(QStringLiteral("promptAnswer"))
                                 ->toPlainText()
                                 .startsWith(QStringLiteral("Hello from")),
                             10000);
    QVERIFY(dialog.isRunning());
    dialog.findChild<QPushButton*>(QStringLiteral("promptStop"))->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("promptStats"))->text(), QStringLiteral("Stopped."));
  }
};

QTEST_MAIN(OllamaPromptTest)
#include "tst_ollama_prompt.moc"
