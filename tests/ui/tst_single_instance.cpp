// One instance: the real `modeldesk FILE`, started while a window runs, hands
// FILE to that window (which opens it like a drop) and exits; a socket left
// by a crash is taken over; a second listener is refused. Runs offscreen
// (ui_tst_single_instance) and under Xvfb (ui_xvfb_single_instance).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "ui/modelfile/modelfile_page.h"
#include "ui/shell/application.h"
#include "ui/shell/language.h"
#include "ui/shell/main_window.h"
#include "ui/shell/single_instance.h"
#include "ui_test_setup.h"

using namespace md::ui;

class SingleInstanceTest : public QObject {
  Q_OBJECT

private:
  QTemporaryDir dir_;
  LanguageManager* language_ = nullptr;

  static QString uniqueName(const char* what) {
    return QStringLiteral("modeldesk-test-%1-%2").arg(QCoreApplication::applicationPid()).arg(QLatin1String(what));
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    language_ = md::testing::setUpUiTest(*this, dir_, {.ollamaDown = true, .language = QStringLiteral("en")});
  }

  void aSecondModeldeskHandsItsFileToTheRunningWindowAndExits() {
    const QString name = uniqueName("hand");
    const QString path = dir_.filePath(QStringLiteral("第二 实例/Modelfile"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("FROM x\n");
    file.close();

    MainWindow window(language_);
    window.show();
    window.showPage(PageId::Environment);
    SingleInstance running(name);
    QVERIFY(running.listen());
    openReceivedFiles(running, window);
    QSignalSpy received(&running, &SingleInstance::filesReceived);

    QProcess second;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MODELDESK_INSTANCE"), name);
    env.insert(QStringLiteral("HOME"), dir_.filePath(QStringLiteral("home"))); // no settings of the user's
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    second.setProcessEnvironment(env);
    second.setWorkingDirectory(QFileInfo(path).absolutePath());
    QSignalSpy finished(&second, &QProcess::finished);
    second.start(QStringLiteral(MODELDESK_GUI), {QStringLiteral("Modelfile")}); // relative to its own folder
    QVERIFY2(second.waitForStarted(10000), qPrintable(second.errorString()));
    QVERIFY(finished.wait(20000)); // it exits by itself, without a window of its own
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().value<QList<QUrl>>(), QList<QUrl>{QUrl::fromLocalFile(path)});
    QCOMPARE(window.currentPage(), PageId::Modelfile);
    QCOMPARE(static_cast<ModelfilePage*>(window.page(PageId::Modelfile))->filePath(), path);
  }

  void aSocketLeftByACrashIsTakenOverAndASecondListenerIsRefused() {
    const QString name = uniqueName("stale");
    QFile stale(QDir::temp().filePath(name)); // where QLocalServer puts the socket on Unix
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    SingleInstance first(name);
    QVERIFY(first.listen());
    QVERIFY(first.isListening());
    SingleInstance second(name);
    QVERIFY(!second.listen());
    QVERIFY(first.isListening());
  }

  // Two launches at the same moment: one runs, the other hands its file
  // over and exits (listening comes before the window is built).
  void twoLaunchesAtOnceMakeOneWindow() {
    const QString name = uniqueName("together");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MODELDESK_INSTANCE"), name);
    env.insert(QStringLiteral("HOME"), dir_.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess first;
    QProcess second;
    for (QProcess* process : {&first, &second}) {
      process->setProcessEnvironment(env);
      process->setWorkingDirectory(dir_.path());
    }
    const auto stopBoth = qScopeGuard([&] {
      for (QProcess* process : {&first, &second}) {
        process->kill();
        process->waitForFinished(5000);
      }
    });
    first.start(QStringLiteral(MODELDESK_GUI), {});
    second.start(QStringLiteral(MODELDESK_GUI), {});
    QVERIFY(first.waitForStarted(10000) && second.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(first.state() == QProcess::NotRunning || second.state() == QProcess::NotRunning, 30000);
    QProcess& exited = first.state() == QProcess::NotRunning ? first : second;
    QProcess& running = &exited == &first ? second : first;
    QCOMPARE(exited.exitStatus(), QProcess::NormalExit);
    QCOMPARE(exited.exitCode(), 0);
    QVERIFY2(!exited.readAllStandardError().contains("cannot listen"), "the second launch opened its own window");
    QCOMPARE(running.state(), QProcess::Running);
    SingleInstance asking(name);
    QVERIFY(asking.handToRunning({})); // the one left is the running instance
  }

  void nothingRunningMeansNothingTakesTheFiles() {
    SingleInstance nobody(uniqueName("nobody"));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!nobody.handToRunning({QUrl::fromLocalFile(dir_.filePath(QStringLiteral("x.gguf")))}));
    QVERIFY(timer.elapsed() < 2000); // the first instance starts without waiting
  }
};

QTEST_MAIN(SingleInstanceTest)
#include "tst_single_instance.moc"
