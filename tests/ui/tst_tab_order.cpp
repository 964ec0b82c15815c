// Tab moves through the Models page's tabs in the order of their layout: the
// tab bar, then top to bottom, left to right within a row (issue 22, item 2).
// The expected order is the objectNames a user meets. In English and zh_CN.
// The Environment page: its Variables/History bar, then the rows.
#include <QAbstractButton>
#include <QListWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QtTest>

#include "language_testing.h"
#include "ui/models/models_page.h"
#include "ui/shell/application.h"
#include "ui/shell/language.h"
#include "ui/shell/main_window.h"
#include "ui_test_setup.h"

using namespace md::ui;

namespace {

// The widgets Tab stops at under `page`, in focus-chain order, by objectName
// (or class name when there is none).
QStringList tabStops(QWidget* page) {
  QStringList stops;
  QWidget* start = page;
  QWidget* widget = page->nextInFocusChain();
  for (int guard = 0; widget != start && guard < 2000; ++guard, widget = widget->nextInFocusChain()) {
    if (!page->isAncestorOf(widget) || !(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisible() ||
        !widget->isEnabled() || widget->focusProxy() != nullptr)
      continue;
    stops << (widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                             : widget->objectName());
  }
  return stops;
}

} // namespace

class TabOrderTest : public QObject {
  Q_OBJECT

private:
  md::testing::UiTestSession session_;

private Q_SLOTS:
  void initTestCase() { QVERIFY(session_.start(*this, {.ownHome = true, .ollamaDown = true})); }

  // The Models page's tabs and the Merge page, with Ollama not running and
  // nothing scanned: the tab bar, then each tab's bar left to right, then
  // its content.
  void tabFollowsTheLayout_data() { md::testing::addLanguageRows(); }
  void tabFollowsTheLayout() {
    QFETCH(QString, language);
    session_.language()->setLanguage(language, false);
    MainWindow window(session_.language());
    window.resize(1280, 800);
    window.show();
    window.showPage(PageId::Models);
    auto* tabs = window.page(PageId::Models)->findChild<QTabWidget*>();
    QVERIFY(tabs != nullptr);
    tabs->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(window.page(PageId::Models)->isSettled(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(tabStops(tabs->currentWidget()).contains(QStringLiteral("ollamaRetry")), 15000);
    QCOMPARE(
        tabStops(window.page(PageId::Models)),
        (QStringList{QStringLiteral("qt_tabwidget_tabbar"), QStringLiteral("ollamaHost"),
                     QStringLiteral("ollamaAddHost"), QStringLiteral("ollamaRefresh"), QStringLiteral("ollamaRetry")}));
    tabs->setCurrentIndex(1);
    const QStringList stores = tabStops(tabs->currentWidget());
    QCOMPARE(stores.mid(0, 4), (QStringList{QStringLiteral("storeSearch"), QStringLiteral("storeSource"),
                                            QStringLiteral("storeModelFilesOnly"), QStringLiteral("storeRescan")}));
    window.showPage(PageId::Merge);
    QVERIFY(!tabStops(window.page(PageId::Merge)).isEmpty());
  }

  // The Environment page: the Variables/History bar first, then the rows
  // top to bottom (the "Advanced" toggle after the first rows).
  void environmentTabBarComesBeforeTheRows_data() { md::testing::addLanguageRows(); }
  void environmentTabBarComesBeforeTheRows() {
    QFETCH(QString, language);
    session_.language()->setLanguage(language, false);
    MainWindow window(session_.language());
    window.resize(1280, 800);
    window.show();
    window.showPage(PageId::Environment);
    QTRY_VERIFY_WITH_TIMEOUT(window.page(PageId::Environment)->isSettled(), 15000);
    const QStringList stops = tabStops(window.page(PageId::Environment));
    QVERIFY2(!stops.isEmpty(), "no tab stops");
    QCOMPARE(stops.first(), QStringLiteral("qt_tabwidget_tabbar"));
    const qsizetype toggle = stops.indexOf(QStringLiteral("envAdvancedToggle"));
    QVERIFY2(toggle > 1 && stops.at(toggle - 1) != QLatin1String("qt_tabwidget_tabbar") &&
                 stops.at(1) == QLatin1String("value"),
             qPrintable(stops.join(QLatin1Char(' '))));
    // Expanded, the advanced rows follow the toggle.
    window.page(PageId::Environment)->findChild<QToolButton*>(QStringLiteral("envAdvancedToggle"))->setChecked(true);
    const QStringList expanded = tabStops(window.page(PageId::Environment));
    const qsizetype at = expanded.indexOf(QStringLiteral("envAdvancedToggle"));
    QVERIFY2(at > 1 && at + 1 < expanded.size() && expanded.at(at + 1) != QLatin1String("QScrollArea"),
             qPrintable(expanded.join(QLatin1Char(' '))));
    QCOMPARE(expanded.mid(0, at + 1), stops.mid(0, at + 1));
  }
};

QTEST_MAIN(TabOrderTest)
#include "tst_tab_order.moc"
