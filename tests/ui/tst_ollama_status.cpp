// The status bar's Ollama check, against a real local HTTP endpoint and a
// closed port.
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

#include "tests/support/fake_ollama.h"
#include "ui/shell/application.h"
#include "ui/shell/language.h"
#include "ui/shell/main_window.h"
#include "ui/shell/ollama_status.h"
#include "ui_test_setup.h"

using namespace md::ui;

class OllamaStatusTest : public QObject {
  Q_OBJECT
  QTemporaryDir settingsDir_;

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(settingsDir_.isValid());
    md::testing::setUpUiTestApplication(settingsDir_);
  }

  void reachableServerShowsVersion() {
    md::testing::FakeOllama server({.version = "0.7.1"});
    QVERIFY(server.start());
    OllamaStatus status(QString::fromStdString(server.url()));
    QSignalSpy changed(&status, &OllamaStatus::changed);
    status.checkNow();
    QVERIFY(changed.wait(10000));
    QVERIFY(status.isReachable());
    QCOMPARE(status.version(), QStringLiteral("0.7.1"));
    QCOMPARE(status.text(), QStringLiteral("Ollama 0.7.1 at ") + QString::fromStdString(server.url()));
  }

  void closedPortSaysNotRunning() {
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(md::testing::unusedLoopbackPort());
    OllamaStatus status(url);
    QSignalSpy changed(&status, &OllamaStatus::changed);
    status.checkNow();
    QVERIFY(changed.wait(10000));
    QVERIFY(!status.isReachable());
    QCOMPARE(status.text(), QStringLiteral("Ollama is not running at ") + url);
  }

  void switchingAwayAndBackIgnoresTheCancelledCheck() {
    md::testing::FakeOllama first({.version = "0.9.0"}), second({.version = "0.9.1"});
    QVERIFY(first.start());
    QVERIFY(second.start());
    first.setFaults({.delay = std::chrono::milliseconds(800)}); // each check of A is still running at a switch
    const QString a = QString::fromStdString(first.url());
    OllamaStatus status(a);
    QStringList shown;
    connect(&status, &OllamaStatus::changed, this,
            [&] { shown << status.text() + QStringLiteral(" | ") + status.errorText(); });
    status.checkNow();
    status.setBaseUrl(QString::fromStdString(second.url())); // A → B: the check of A is cancelled
    status.setBaseUrl(a);                                    // → A again
    QTRY_COMPARE_WITH_TIMEOUT(status.text(), QStringLiteral("Ollama 0.9.0 at ") + a, 10000);
    QVERIFY(status.isReachable());
    const QString all = shown.join(QLatin1Char('\n'));
    QVERIFY2(!all.contains(QStringLiteral("not running")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("Cancelled")), qPrintable(all));
  }

  void theReasonIsTranslated() {
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(md::testing::unusedLoopbackPort());
    LanguageManager language;
    language.setLanguage(QStringLiteral("zh_CN"), false);
    OllamaStatus status(url);
    QSignalSpy changed(&status, &OllamaStatus::changed);
    status.checkNow();
    QVERIFY(changed.wait(10000));
    QVERIFY(!status.isReachable());
    const QString reason = status.errorText();
    const bool chinese = std::any_of(reason.begin(), reason.end(),
                                     [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
    QVERIFY2(chinese && reason.contains(url) && !reason.contains(QStringLiteral("Ollama is not running")),
             qPrintable(reason));
    language.setLanguage(QStringLiteral("en"), false);
  }

  void statusBarFollowsServerGoingDownAndUp() {
    md::testing::FakeOllama server({.version = "0.12.3"});
    QVERIFY(server.start());
    qputenv("OLLAMA_HOST", QByteArray::fromStdString(server.url()));
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"), false);
    MainWindow window(&language);
    window.findChild<md::ui::OllamaStatus*>(QStringLiteral("ollamaStatusCheck"))->setInterval(100);
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel*>(QStringLiteral("ollamaStatus"))
                                 ->text()
                                 .contains(QStringLiteral("Ollama 0.12.3 at http://127.0.0.1")),
                             10000);
    server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel*>(QStringLiteral("ollamaStatus"))
                                 ->text()
                                 .contains(QStringLiteral("Ollama is not running at")),
                             10000);
  }
};

QTEST_MAIN(OllamaStatusTest)
#include "tst_ollama_status.moc"
