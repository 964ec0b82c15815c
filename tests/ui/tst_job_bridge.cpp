// The job bridge: work runs off the GUI thread, progress arrives on it
// throttled, results are delivered, and Cancel stops the job.
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <thread>

#include "ui/shell/background_priority.h"
#include "ui/shell/job.h"

using namespace md::ui;

class JobBridgeTest : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void progressIsThrottledAndArrivesOnGuiThread() {
    QObject owner;
    std::atomic<bool> ranOffGuiThread{false};
    QThread* gui = QThread::currentThread();
    const quint64 steps = 2'000'000;
    JobHandle* handle = runJob(&owner, [&](md::ProgressReporter& reporter) -> md::Status {
      ranOffGuiThread = QThread::currentThread() != gui;
      reporter.beginPhase("counting", steps);
      for (quint64 i = 1; i <= steps; ++i)
        if (!reporter.update(i))
          return md::ProgressReporter::cancelledError();
      reporter.finishPhase();
      return {};
    });
    QList<JobProgress> received;
    bool allOnGui = true;
    connect(handle, &JobHandle::progress, &owner, [&](const JobProgress& p) {
      allOnGui = allOnGui && QThread::currentThread() == gui;
      received << p;
    });
    QSignalSpy finished(handle, &JobHandle::finished);
    QVERIFY(finished.wait(20000));
    QVERIFY(ranOffGuiThread);
    QVERIFY(allOnGui);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!received.isEmpty());
    // Two million updates must not become two million signals.
    QVERIFY2(received.size() < 500, qPrintable(QString::number(received.size())));
    QVERIFY(received.last().final);
    QCOMPARE(received.last().done, steps);
    QCOMPARE(received.last().phase, QStringLiteral("counting"));
  }

  void cancelStopsTheJob() {
    QObject owner;
    std::atomic<bool> started{false};
    JobHandle* handle = runJob(&owner, [&](md::ProgressReporter& reporter) -> md::Status {
      started = true;
      reporter.beginPhase("waiting", 0);
      while (reporter.update(reporter.done() + 1))
        QThread::yieldCurrentThread();
      return md::ProgressReporter::cancelledError();
    });
    QSignalSpy finished(handle, &JobHandle::finished);
    QTRY_VERIFY(started.load());
    handle->cancel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).value<md::Error>().code, md::ErrorCode::Cancelled);
  }

  void resultIsDeliveredToTheOwner() {
    QObject owner;
    std::optional<md::Result<int>> got;
    auto work = [](md::ProgressReporter&) -> md::Result<int> { return 42; };
    JobHandle* handle = runJob(&owner, work, [&](md::Result<int> result) { got.emplace(std::move(result)); });
    QSignalSpy finished(handle, &JobHandle::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(got.has_value());
    QVERIFY(got->ok());
    QCOMPARE(got->value(), 42);
  }

  void errorIsDelivered() {
    QObject owner;
    std::optional<md::Result<int>> got;
    auto work = [](md::ProgressReporter&) -> md::Result<int> {
      return md::makeError(md::ErrorCode::Malformed, "bad header", md::Location{{}, 24, {}, {}});
    };
    JobHandle* handle = runJob(&owner, work, [&](md::Result<int> result) { got.emplace(std::move(result)); });
    QSignalSpy finished(handle, &JobHandle::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(got.has_value() && !got->ok());
    QCOMPARE(QString::fromStdString(got->error().describe()), QStringLiteral("bad header (at byte 24)"));
  }

#if defined(__linux__)
  // The job thread, and a thread it starts (core's hasher and flush helper
  // are such threads), run below the GUI thread: never above it, never raised.
  void jobsRunBelowTheGuiThread() {
    QObject owner;
    const int gui = md::ui::currentThreadPriority();
    std::atomic<int> job{-100};
    std::atomic<int> helper{-100};
    JobHandle* handle = runJob(&owner, [&](md::ProgressReporter&) -> md::Status {
      job = md::ui::currentThreadPriority();
      std::thread([&] { helper = md::ui::currentThreadPriority(); }).join();
      return {};
    });
    QSignalSpy finished(handle, &JobHandle::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(job.load(), std::max(gui, md::ui::kBackgroundNice));
    QCOMPARE(helper.load(), job.load());
    QCOMPARE(md::ui::currentThreadPriority(), gui); // the GUI thread is left as it was
  }
#endif

  void destroyingTheOwnerCancels() {
    auto* owner = new QObject;
    std::atomic<bool> sawCancel{false};
    std::atomic<bool> started{false};
    JobHandle* handle = runJob(owner, [&](md::ProgressReporter& reporter) -> md::Status {
      started = true;
      while (!reporter.cancelled())
        QThread::yieldCurrentThread();
      sawCancel = true;
      return md::ProgressReporter::cancelledError();
    });
    QSignalSpy finished(handle, &JobHandle::finished);
    QTRY_VERIFY(started.load());
    delete owner;
    QVERIFY(finished.wait(10000));
    QVERIFY(sawCancel.load());
  }

  void formatsRateAndEta() {
    QCOMPARE(formatRate(2.5 * 1024 * 1024), QStringLiteral("2.50 MiB/s"));
    QCOMPARE(formatEta(75), QStringLiteral("1 min 15 s left"));
    QCOMPARE(formatEta(-1), QString());
  }
};

QTEST_MAIN(JobBridgeTest)
#include "tst_job_bridge.moc"
