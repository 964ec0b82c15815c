// The main window as a user meets it, with the keyboard and on a small
// screen: Ctrl+S / Ctrl+Shift+S in the Modelfile editor, the File menu,
// Ctrl+1…Ctrl+4, shortcuts in tooltips, the tab order, the first window
// fitting the available screen, its minimum size and restored geometry.
// Runs offscreen (ui_tst_window_keys) and with a real X window under Xvfb at
// 1366×768 (ui_xvfb_window_keys).
#include <QFileDialog>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

#include "ui/modelfile/modelfile_page.h"
#include "ui/shell/application.h"
#include "ui/shell/language.h"
#include "ui/shell/main_window.h"
#include "ui/shell/window_geometry.h"
#include "ui_test_setup.h"

using namespace md::ui;

class WindowKeysTest : public QObject {
  Q_OBJECT

private:
  QTemporaryDir dir_;
  LanguageManager* language_ = nullptr;

  static void showAndActivate(QWidget& window) {
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
  }

  static QAction* actionWithShortcut(QMenu* menu, const QKeySequence& keys) {
    for (QAction* action : menu->actions())
      if (action->shortcut() == keys)
        return action;
    return nullptr;
  }

  static QRect available(const QWidget& window) { return window.screen()->availableGeometry(); }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    language_ = md::testing::setUpUiTest(*this, dir_, {.ollamaDown = true});
  }

  void init() { QSettings().clear(); }

  void languages_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
  }

  void ctrlSSavesInTheEditorAndCtrlNumbersSwitchPages_data() { languages_data(); }
  void ctrlSSavesInTheEditorAndCtrlNumbersSwitchPages() {
    QFETCH(QString, language);
    language_->setLanguage(language, false);
    const QString path = dir_.filePath(QStringLiteral("键盘 %1.mf").arg(language));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("FROM x\n");
    file.close();

    MainWindow window(language_);
    showAndActivate(window);
    for (int i = 0; i < 4; ++i) {
      QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
      QCOMPARE(int(window.currentPage()), i);
    }
    auto* page = static_cast<ModelfilePage*>(window.page(PageId::Modelfile));
    QVERIFY(page->openFile(path));
    auto* editor = page->findChild<QPlainTextEdit*>(QStringLiteral("modelfileEditor"));
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("SYSTEM hi"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(page->isModified());
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier); // with the focus in the editor
    QVERIFY(!page->isModified());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), QStringLiteral("FROM x\nSYSTEM hi\n"));
    file.close();

    // Ctrl+Shift+S asks where to save (the dialog is closed again).
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&sawDialog] {
      QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
      sawDialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget()) != nullptr;
      QApplication::activeModalWidget()->close();
    });
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(sawDialog);

    // Ctrl+S elsewhere does not save the hidden editor.
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    editor->appendPlainText(QStringLiteral("PARAMETER seed 1"));
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(page->isModified());
    page->setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
  }

  void fileMenuListsItsActionsWithShortcutsAndTooltipsShowThem_data() { languages_data(); }
  void fileMenuListsItsActionsWithShortcutsAndTooltipsShowThem() {
    QFETCH(QString, language);
    language_->setLanguage(language, false);
    MainWindow window(language_);
    QMenu* file = window.menuBar()->actions().first()->menu();
    QVERIFY(file);
    for (const QKeySequence& keys :
         {QKeySequence(QKeySequence::New), QKeySequence(QKeySequence::Open), QKeySequence(QKeySequence::Save),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}) {
      QAction* action = actionWithShortcut(file, keys);
      QVERIFY2(action && !action->text().isEmpty(), qPrintable(keys.toString()));
    }
    QMenu* recent = file->findChild<QMenu*>(QStringLiteral("recentFilesMenu"));
    QVERIFY(recent && file->actions().contains(recent->menuAction()));
    Q_EMIT recent->aboutToShow();
    QCOMPARE(recent->actions().size(), 1); // "No recent Modelfiles", disabled
    QVERIFY(!recent->actions().first()->isEnabled());

    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    for (int i = 0; i < sidebar->count(); ++i)
      QVERIFY2(sidebar->item(i)->toolTip().contains(
                   QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)).toString(QKeySequence::NativeText)),
               qPrintable(sidebar->item(i)->toolTip()));
    auto* save = window.findChild<QToolButton*>(QStringLiteral("saveModelfileButton"));
    QVERIFY(save->toolTip().contains(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    auto* saveAs = window.findChild<QToolButton*>(QStringLiteral("saveModelfileAsButton"));
    QVERIFY(
        saveAs->toolTip().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S).toString(QKeySequence::NativeText)));
  }

  // Tab from the editor: the plan pane beside it, then the problems below, then Create.
  void tabOrderFollowsTheLayout() {
    language_->setLanguage(QStringLiteral("en"), false);
    MainWindow window(language_);
    window.showPage(PageId::Modelfile);
    QWidget* page = window.page(PageId::Modelfile);
    auto indexOf = [page](const QString& name) {
      QWidget* target = page->findChild<QWidget*>(name);
      int index = 0;
      for (QWidget* w = page->findChild<QWidget*>(QStringLiteral("newModelfileButton")); w && index < 500;
           w = w->nextInFocusChain(), ++index)
        if (w == target)
          return index;
      return -1;
    };
    const int editor = indexOf(QStringLiteral("modelfileEditor"));
    const int problems = indexOf(QStringLiteral("modelfileDiagnostics"));
    const int create = indexOf(QStringLiteral("createInOllamaButton"));
    const int save = indexOf(QStringLiteral("saveModelfileButton"));
    QVERIFY(save >= 0 && editor > save && problems > editor && create > problems);
    // Every focusable widget of the plan pane comes between the editor and the problems.
    auto* plan = page->findChild<QWidget*>(QStringLiteral("templatePlanPane"));
    if (plan) {
      for (QWidget* w : plan->findChildren<QWidget*>())
        if (w->focusPolicy() & Qt::TabFocus) {
          const int at = indexOf(w->objectName());
          QVERIFY2(w->objectName().isEmpty() || (at > editor && at < problems), qPrintable(w->objectName()));
        }
    }
  }

  void firstWindowFitsTheAvailableScreen() {
    language_->setLanguage(QStringLiteral("en"), false);
    MainWindow window(language_);
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    if (!screen.size().expandedTo(window.minimumSizeHint()).isValid() ||
        window.minimumSizeHint().width() > screen.width() || window.minimumSizeHint().height() > screen.height())
      QSKIP("this screen is smaller than the window's minimum size (offscreen is 800×800); ui_xvfb_window_keys "
            "checks it at 1366×768");
    showAndActivate(window);
    QVERIFY2(screen.contains(window.frameGeometry()), qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                                                     .arg(window.frameGeometry().width())
                                                                     .arg(window.frameGeometry().height())
                                                                     .arg(screen.width())
                                                                     .arg(screen.height())));
    const QRect statusBar(window.statusBar()->mapToGlobal(QPoint()), window.statusBar()->size());
    QVERIFY(screen.contains(statusBar));
  }

  // The placement on the trial's screen, computed as placeWindow computes it
  // (offscreen, whatever this machine's screen is): 1366×768 at 125 % leaves
  // 1093×576 logical pixels under a panel. The first window fits it with its
  // frame, never below the minimum size of this language's labels, and a
  // geometry saved on a larger screen does not fit it.
  void placementFitsTheTrialsScreen_data() { languages_data(); }
  void placementFitsTheTrialsScreen() {
    QFETCH(QString, language);
    language_->setLanguage(language, false);
    MainWindow window(language_);
    const QSize minimum = window.minimumSizeHint();
    const QRect laptop(0, 0, 1093, 576);
    const QSize frame(16, 40);
    const QSize size =
        fittingWindowSize(QSize(1100, 720), minimum, laptop.adjusted(0, 0, -frame.width(), -frame.height()));
    QVERIFY2(size.width() >= minimum.width() && size.height() >= minimum.height(), qPrintable(language));
    QRect framed(QPoint(), size + frame);
    framed.moveCenter(laptop.center());
    QVERIFY2(
        fitsOnScreen(framed, laptop),
        qPrintable(
            QStringLiteral("%1: %2x%3 with its frame on 1093x576").arg(language).arg(size.width()).arg(size.height())));
    QVERIFY(!fitsOnScreen(QRect(0, 0, 1375, 900), laptop)); // the trial's window, saved on a larger screen
    QCOMPARE(fittingWindowSize(QSize(1100, 720), minimum, QRect(0, 0, 1920, 1040)), QSize(1100, 720));
  }

  // At the minimum size every page still gets at least what its layout needs.
  void minimumSizeClipsNothingAndFitsASmallScreen() {
    language_->setLanguage(QStringLiteral("zh_CN"), false); // the longer labels
    MainWindow window(language_);
    showAndActivate(window);
    window.resize(window.minimumSize().expandedTo(window.minimumSizeHint()));
    QTRY_COMPARE(window.size(), window.minimumSize().expandedTo(window.minimumSizeHint()));
    auto* stack = window.findChild<QStackedWidget*>();
    for (int i = 0; i < 4; ++i) {
      window.showPage(PageId(i));
      QWidget* page = window.page(PageId(i));
      const QSize need = page->minimumSizeHint();
      QVERIFY2(stack->width() >= need.width() && stack->height() >= need.height(),
               qPrintable(QStringLiteral("page %1 needs %2x%3, has %4x%5")
                              .arg(i)
                              .arg(need.width())
                              .arg(need.height())
                              .arg(stack->width())
                              .arg(stack->height())));
    }
    // 1366×768 at 125 %: 1093×614 logical pixels, minus a panel.
    QVERIFY2(window.minimumSizeHint().width() <= 1093 && window.minimumSizeHint().height() <= 560,
             qPrintable(
                 QStringLiteral("%1x%2").arg(window.minimumSizeHint().width()).arg(window.minimumSizeHint().height())));
  }

  void savedGeometryIsRestoredOnlyWhenItFits() {
    language_->setLanguage(QStringLiteral("en"), false);
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    QByteArray fitting;
    QSize fittingSize;
    {
      MainWindow window(language_);
      fittingSize = window.minimumSizeHint() + QSize(40, 30);
      if (fittingSize.width() + 60 > screen.width() || fittingSize.height() + 80 > screen.height())
        QSKIP("this screen is smaller than the window's minimum size (offscreen is 800×800); ui_xvfb_window_keys "
              "checks it at 1366×768");
      showAndActivate(window);
      window.resize(fittingSize);
      window.move(screen.topLeft() + QPoint(20, 20));
      QTRY_COMPARE(window.size(), fittingSize);
      fitting = window.saveGeometry();
      window.resize(screen.width() + 300, screen.height() + 200); // as if saved on a larger monitor
      QTRY_COMPARE(window.width(), screen.width() + 300);
      QSettings().setValue(QStringLiteral("window/geometry"), window.saveGeometry());
    }
    {
      MainWindow window(language_);
      showAndActivate(window);
      QVERIFY2(screen.contains(window.frameGeometry()),
               qPrintable(QStringLiteral("%1x%2").arg(window.width()).arg(window.height())));
    }
    QSettings().setValue(QStringLiteral("window/geometry"), fitting);
    MainWindow window(language_);
    showAndActivate(window);
    QCOMPARE(window.size(), fittingSize);
  }
};

QTEST_MAIN(WindowKeysTest)
#include "tst_window_keys.moc"
