// The job log follows its newest line, also when the outcome banner makes it
// shorter (the last lines of an import stayed below the fold), and stays
// where the user scrolled to read.
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QtTest>

#include "tests/ui/job_view_testing.h"
#include "tests/ui/ui_test_setup.h"
#include "ui/shell/job_view.h"

using md::ui::Banner;
using md::ui::JobView;

class JobViewTest : public QObject {
  Q_OBJECT

private:
  md::testing::UiTestSession session_;

  // Shows `view` with a log longer than it can show; returns the log's scroll bar.
  static QScrollBar* showFullLog(JobView& view) {
    view.setLogVisible(true);
    view.resize(500, 300);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
      return nullptr;
    for (int i = 0; i < 60; ++i)
      view.appendLog(QStringLiteral("line %1").arg(i));
    return md::testing::jobLog(view)->verticalScrollBar();
  }

private Q_SLOTS:
  void initTestCase() { QVERIFY(session_.start(*this)); }

  void theLogKeepsItsNewestLineInViewWhenTheBannerAppears() {
    JobView view;
    QScrollBar* scroll = showFullLog(view);
    QVERIFY(scroll != nullptr);
    QTRY_VERIFY(scroll->maximum() > 0);
    QTRY_COMPARE(scroll->value(), scroll->maximum());
    const int before = scroll->maximum();
    view.showMessage(Banner::Kind::Success, [] { return QStringLiteral("Done.\nA second line.\nAnd a third."); });
    QTRY_VERIFY(scroll->maximum() > before); // the banner took room from the log
    QTRY_COMPARE(scroll->value(), scroll->maximum());
  }

  void aUserWhoScrolledUpIsLeftThere() {
    JobView view;
    QScrollBar* scroll = showFullLog(view);
    QVERIFY(scroll != nullptr);
    QTRY_VERIFY(scroll->maximum() > 0);
    scroll->setValue(3);
    view.showMessage(Banner::Kind::Info, [] { return QStringLiteral("Something to say.\nOn two lines."); });
    view.appendLog(QStringLiteral("one more"));
    QTRY_VERIFY(md::testing::jobBanner(view)->isVisible());
    QCOMPARE(scroll->value(), 3);
  }
};

QTEST_MAIN(JobViewTest)
#include "tst_job_view.moc"
