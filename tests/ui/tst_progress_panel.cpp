// The progress panel shows a job's phase, amount, rate and ETA, and its
// Cancel button stops the job; the inline banner shows errors with location.
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <atomic>

#include "ui/shell/banner.h"
#include "ui/shell/progress_panel.h"

using namespace md::ui;

class ProgressPanelTest : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void showsProgressAndCancels() {
    ProgressPanel panel;
    panel.setPhaseNames({{QStringLiteral("copying"), QStringLiteral("Copying")}});
    std::atomic<bool> halfway{false};
    JobHandle* job = runJob(&panel, [&](md::ProgressReporter& reporter) -> md::Status {
      const std::uint64_t total = std::uint64_t(8) << 30;
      reporter.beginPhase("copying", total, "x.gguf");
      std::uint64_t done = 0;
      while (reporter.update(done)) {
        if (done < total / 2)
          done += 1 << 20;
        else
          halfway = true; // stay here until cancelled
        QThread::yieldCurrentThread();
      }
      return md::ProgressReporter::cancelledError();
    });
    panel.track(job);
    QSignalSpy finished(&panel, &ProgressPanel::finished);
    QVERIFY(panel.isVisibleTo(nullptr) || !panel.isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(halfway.load(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(panel.statusText().contains(QStringLiteral("Copying: x.gguf")), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(panel.statusText().contains(QStringLiteral("of 8.00 GiB")), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(panel.findChild<QProgressBar*>(QStringLiteral("progressBar"))->value() == 500, 5000);
    QVERIFY(panel.isRunning());
    panel.cancelButton()->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).value<md::Error>().code, md::ErrorCode::Cancelled);
    QVERIFY(!panel.isRunning());
    QVERIFY(panel.isHidden());
  }

  void bannerShowsErrorWithLocation() {
    Banner banner;
    QVERIFY(banner.isHidden());
    banner.showError(md::makeError(md::ErrorCode::Malformed, "unknown value type 99", md::Location{{}, 4242, {}, {}}));
    QVERIFY(!banner.isHidden());
    QCOMPARE(banner.kind(), Banner::Kind::Error);
    QCOMPARE(banner.text(), QStringLiteral("unknown value type 99 (at byte 4242)"));
    banner.clear();
    QVERIFY(banner.isHidden());
  }
};

QTEST_MAIN(ProgressPanelTest)
#include "tst_progress_panel.moc"
