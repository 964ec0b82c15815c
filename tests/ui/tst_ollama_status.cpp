// The status bar's Ollama check, against a real local HTTP endpoint and a
// closed port.
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/support/fake_ollama.h"
#include "ui/shell/application.h"
#include "ui/shell/language.h"
#include "ui/shell/main_window.h"
#include "ui/shell/ollama_status.h"

using namespace md::ui;

class OllamaStatusTest : public QObject {
  Q_OBJECT
  QTemporaryDir settingsDir_;

private Q_SLOTS:
  void initTestCase() {
    md::ui::setUpApplication(*qApp);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir_.path());
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

  void statusBarFollowsServerGoingDownAndUp() {
    md::testing::FakeOllama server({.version = "0.12.3"});
    QVERIFY(server.start());
    qputenv("OLLAMA_HOST", QByteArray::fromStdString(server.url()));
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"), false);
    MainWindow window(&language);
    window.ollamaStatus()->setInterval(100);
    QTRY_VERIFY_WITH_TIMEOUT(window.ollamaLabel()->text().contains(QStringLiteral("Ollama 0.12.3 at http://127.0.0.1")),
                             10000);
    server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(window.ollamaLabel()->text().contains(QStringLiteral("Ollama is not running at")), 10000);
  }
};

QTEST_MAIN(OllamaStatusTest)
#include "tst_ollama_status.moc"
