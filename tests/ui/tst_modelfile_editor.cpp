// The Modelfile editor offscreen: highlighting from the core tokenizer,
// live diagnostics (underlines, gutter, clickable list), completion and
// template presets.
#include <QAbstractItemView>
#include <QCompleter>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QToolTip>
#include <QtTest>

#include "ui/modelfile/live_validator.h"
#include "ui/modelfile/modelfile_editor.h"
#include "ui/modelfile/modelfile_highlighter.h"
#include "ui/modelfile/modelfile_page.h"
#include "ui/modelfile/recent_modelfiles.h"
#include "ui/shell/banner.h"

using namespace md::ui;
using md::modelfile::TokenKind;

class ModelfileEditorTest : public QObject {
  Q_OBJECT

private:
  QTemporaryDir files_;

  static QColor colourAt(const QTextBlock& block, int position) {
    for (const auto& range : block.layout()->formats())
      if (position >= range.start && position < range.start + range.length)
        return range.format.foreground().color();
    return {};
  }

  // Sets the text and waits for the diagnostics of that text.
  static void setTextAndWait(ModelfilePage& page, const QString& text) {
    QSignalSpy ready(page.findChild<md::ui::LiveValidator*>(QStringLiteral("liveValidator")),
                     &LiveValidator::diagnosticsReady);
    page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->setPlainText(text);
    QVERIFY(ready.wait(10000));
  }

  QString writeFile(const QString& relative, const QByteArray& content) {
    const QString path = files_.filePath(relative);
    QFile file(path);
    const bool written = QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly) &&
                         file.write(content) == content.size();
    return written ? path : QString();
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(files_.isValid());
    // The page remembers recent files: keep that away from the user's settings.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, files_.filePath(QStringLiteral("settings")));
  }

  void highlightsWithTheCoreTokenizer() {
    ModelfileEditor editor;
    editor.setPlainText(QStringLiteral("FROM ./模型.gguf\nTEMPLATE \"\"\"{{ .System }}\n\"\"\"\nPARAMETER bogus 1\n"));
    const auto* highlighter = editor.findChild<md::ui::ModelfileHighlighter*>(QStringLiteral("modelfileHighlighter"));
    const QTextDocument* document = editor.document();
    QCOMPARE(colourAt(document->findBlockByNumber(0), 0),
             highlighter->formatFor(TokenKind::Instruction).foreground().color());
    QCOMPARE(colourAt(document->findBlockByNumber(1), 15),
             highlighter->formatFor(TokenKind::TemplateVariable).foreground().color());
    QCOMPARE(document->findBlockByNumber(1).userState(),
             md::modelfile::highlight_state::kInTripleQuote | md::modelfile::highlight_state::kTemplateFlag);
    QCOMPARE(colourAt(document->findBlockByNumber(2), 0),
             highlighter->formatFor(TokenKind::String).foreground().color());
    QCOMPARE(colourAt(document->findBlockByNumber(3), 10),
             highlighter->formatFor(TokenKind::Error).foreground().color());
  }

  // The gutter: line numbers (wider for more digits) and, on a line with a
  // diagnostic, a marker in the colour of the worst severity.
  void gutterShowsLineNumbersAndMarksTheLineWithAnError() {
    ModelfileEditor editor;
    editor.resize(420, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setPlainText(QStringLiteral("FROM x\nPARAMETER bogus 1\nSYSTEM hi\n"));
    auto* gutter = editor.findChild<QWidget*>(QStringLiteral("lineNumberArea"));
    QVERIFY(gutter != nullptr);
    QCOMPARE(gutter->width(), editor.lineNumberAreaWidth());
    const auto rowCentre = [&](int line) {
      QTextCursor cursor(editor.document()->findBlockByNumber(line - 1));
      return editor.cursorRect(cursor).center().y();
    };
    const auto isErrorRed = [](QColor c) { return c.red() > 180 && c.green() < 90 && c.blue() < 90; };
    const auto markerAt = [&](int line) { return gutter->grab().toImage().pixelColor(7, rowCentre(line)); };
    QVERIFY(!isErrorRed(markerAt(2)));

    editor.setDiagnostics({EditorDiagnostic{EditorDiagnostic::Severity::Warning, QStringLiteral("w"), 2, 0, 2, 4},
                           EditorDiagnostic{EditorDiagnostic::Severity::Error, QStringLiteral("e"), 2, 10, 2, 15}});
    QTRY_VERIFY(isErrorRed(markerAt(2))); // the error wins over the warning on the same line
    QVERIFY(!isErrorRed(markerAt(1)));
    QVERIFY(!isErrorRed(markerAt(3)));

    const int fewLines = editor.lineNumberAreaWidth();
    editor.setPlainText(QStringLiteral("x\n").repeated(1200));
    QTRY_VERIFY(editor.lineNumberAreaWidth() > fewLines);
    QTRY_COMPARE(gutter->width(), editor.lineNumberAreaWidth());
  }

  void diagnosticsAppearAsYouTypeAndJumpToTheirLine() {
    ModelfilePage page;
    page.findChild<md::ui::LiveValidator*>(QStringLiteral("liveValidator"))->setDebounceMilliseconds(20);
    setTextAndWait(page,
                   QStringLiteral("# demo\nFROM x\nTEMPLATE \"\"\"{{- if .System }}<|im_start|>system\n{{ .System "
                                  "}}<|im_end|>\n{{ end }}\"\"\"\nPARAMETER temperature hot\nPARAMETER mirostat 1\n"));
    const auto& diagnostics =
        page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->diagnostics();
    QCOMPARE(diagnostics.size(), 2); // the bad float, the deprecated parameter (untitled: no path checks)
    QCOMPARE(page.findChild<QListWidget*>(QStringLiteral("modelfileDiagnostics"))->count(), 2);
    QListWidgetItem* error = page.findChild<QListWidget*>(QStringLiteral("modelfileDiagnostics"))->item(0);
    QVERIFY(error->text().contains(QStringLiteral("invalid float value [hot]")));
    QCOMPARE(error->data(Qt::UserRole).toInt(), 6);
    QVERIFY(page.findChild<QListWidget*>(QStringLiteral("modelfileDiagnostics"))
                ->item(1)
                ->text()
                .contains(QStringLiteral("mirostat is deprecated")));
    QCOMPARE(page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->extraSelections().size(), 2);
    // The underline covers the value "hot" on line 6.
    const auto underline =
        page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->extraSelections().at(0).cursor;
    QCOMPARE(underline.selectedText(), QStringLiteral("hot"));

    // Hovering the underlined value shows the message.
    page.show();
    QTextCursor onHot = underline;
    onHot.setPosition(underline.selectionStart() + 1);
    const QPoint where =
        page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->cursorRect(onHot).center();
    QHelpEvent help(
        QEvent::ToolTip, where,
        page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->viewport()->mapToGlobal(where));
    QCoreApplication::sendEvent(page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->viewport(),
                                &help);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("invalid float value [hot]"));
    QToolTip::hideText();

    Q_EMIT page.findChild<QListWidget*>(QStringLiteral("modelfileDiagnostics"))->itemClicked(error);
    QCOMPARE(page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->textCursor().blockNumber(),
             5);

    setTextAndWait(page, QStringLiteral("FROM x\n"));
    QVERIFY(page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->diagnostics().isEmpty());
    QVERIFY(page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->extraSelections().isEmpty());
    QCOMPARE(page.findChild<QListWidget*>(QStringLiteral("modelfileDiagnostics"))->count(), 1); // "No problems found."
    setTextAndWait(page, QString());
    QCOMPARE(page.findChild<QListWidget*>(QStringLiteral("modelfileDiagnostics"))->count(),
             1); // a blank page: no "no FROM line" nagging, only a hint
    QCOMPARE(page.findChild<QListWidget*>(QStringLiteral("modelfileDiagnostics"))->item(0)->flags(), Qt::NoItemFlags);
    QVERIFY(page.findChild<QListWidget*>(QStringLiteral("modelfileDiagnostics"))
                ->item(0)
                ->text()
                .startsWith(QStringLiteral("Problems in the Modelfile show here")));
  }

  void staleResultsAreDropped() {
    QTextDocument document;
    LiveValidator validator;
    validator.setDebounceMilliseconds(30);
    validator.watch(&document);
    QSignalSpy ready(&validator, &LiveValidator::diagnosticsReady);
    document.setPlainText(QStringLiteral("FROM x\nBOGUS line\n"));
    validator.checkNow(); // run A, made stale by the next edit
    document.setPlainText(QStringLiteral("FROM x\n"));
    QVERIFY(ready.wait(10000));
    QTRY_VERIFY(!validator.isBusy());
    QCOMPARE(ready.size(), 1); // only the run for the current text reports
    QVERIFY(validator.diagnostics().isEmpty());
  }

  void syntaxErrorsNameTheProblemAndTheLineOnce() {
    ModelfilePage page;
    page.findChild<md::ui::LiveValidator*>(QStringLiteral("liveValidator"))->setDebounceMilliseconds(0);
    setTextAndWait(page, QStringLiteral("FROM x\nMESSAGE robot hi\n"));
    const QString shown = page.findChild<QListWidget*>(QStringLiteral("modelfileDiagnostics"))->item(0)->text();
    QCOMPARE(shown, QStringLiteral("Line 2: error: 'robot' is not a message role: use system, user or assistant"));
    QCOMPARE(page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->diagnostics().first().line,
             2);
  }

  void fromPathsAreCheckedNextToTheFile() {
    writeFile(QStringLiteral("模型 文件/权重.gguf"), "GGUF");
    const QString good = writeFile(QStringLiteral("模型 文件/Modelfile"), "FROM ./权重.gguf\n");
    const QString bad = writeFile(QStringLiteral("模型 文件/x.mf"), "FROM ./missing.gguf\n");
    ModelfilePage page;
    QSignalSpy ready(page.findChild<md::ui::LiveValidator*>(QStringLiteral("liveValidator")),
                     &LiveValidator::diagnosticsReady);
    QVERIFY(page.openFile(good));
    QTRY_VERIFY(!ready.isEmpty() && !page.findChild<md::ui::LiveValidator*>(QStringLiteral("liveValidator"))->isBusy());
    QVERIFY(page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->diagnostics().isEmpty());
    ready.clear();
    QVERIFY(page.openFile(bad));
    QTRY_VERIFY(!ready.isEmpty() && !page.findChild<md::ui::LiveValidator*>(QStringLiteral("liveValidator"))->isBusy());
    QCOMPARE(page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->diagnostics().size(), 1);
    QVERIFY(page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))
                ->diagnostics()
                .first()
                .message.contains(QStringLiteral("missing.gguf")));
  }

  void completesInstructionsParametersAndRoles() {
    ModelfileEditor editor;
    editor.show();
    editor.setPlainText(QStringLiteral("FROM x\nPARAMETER te"));
    editor.moveCursor(QTextCursor::End);
    QVERIFY(editor.showCompletions());
    QAbstractItemView* popup = editor.findChild<QCompleter*>(QStringLiteral("modelfileCompleter"))->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(editor.findChild<QCompleter*>(QStringLiteral("modelfileCompleter"))->completionModel()->rowCount(), 1);
    QVERIFY(popup->currentIndex().data().toString().contains(QStringLiteral("float")));
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(editor.document()->lastBlock().text(), QStringLiteral("PARAMETER temperature "));

    editor.setPlainText(QStringLiteral("FROM x\nMESSAGE "));
    editor.moveCursor(QTextCursor::End);
    QVERIFY(editor.showCompletions());
    QCOMPARE(editor.findChild<QCompleter*>(QStringLiteral("modelfileCompleter"))->completionModel()->rowCount(), 3);
    QVERIFY(!editor.showCompletions() || editor.textCursor().block().text().startsWith(QStringLiteral("MESSAGE")));

    editor.setPlainText(QString());
    QTest::keyClicks(&editor, QStringLiteral("PARA"));
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->currentIndex().data(Qt::UserRole).toString(), QStringLiteral("PARAMETER"));
  }

  void remembersRecentFilesAndSavesBeforeCreate() {
    recent_modelfiles::clear();
    const QString first = writeFile(QStringLiteral("recent/a.mf"), "FROM x\n");
    const QString second = writeFile(QStringLiteral("recent/最近 b.mf"), "FROM y\n");
    ModelfilePage page;
    QVERIFY(page.openFile(first));
    QVERIFY(page.openFile(second));
    QCOMPARE(recent_modelfiles::list(), (QStringList{second, first}));
    QVERIFY(page.openFile(first));
    QCOMPARE(recent_modelfiles::list().first(), first);
    for (int i = 0; i < recent_modelfiles::kMaxEntries + 2; ++i)
      recent_modelfiles::add(files_.filePath(QStringLiteral("many/%1.mf").arg(i)));
    QCOMPARE(recent_modelfiles::list().size(), recent_modelfiles::kMaxEntries);

    // The menu opens an entry; a vanished file is dropped with a note.
    recent_modelfiles::clear();
    recent_modelfiles::add(second);
    recent_modelfiles::add(files_.filePath(QStringLiteral("recent/gone.mf")));
    Q_EMIT page.findChild<QToolButton*>(QStringLiteral("recentModelfilesButton"))->menu()->aboutToShow();
    QList<QAction*> actions = page.findChild<QToolButton*>(QStringLiteral("recentModelfilesButton"))->menu()->actions();
    QCOMPARE(actions.size(), 3); // gone, second, "Clear the list"
    actions.at(0)->trigger();
    QVERIFY(!page.findChild<md::ui::Banner*>(QStringLiteral("modelfileBanner"))->isHidden());
    QCOMPARE(recent_modelfiles::list(), QStringList{second});
    actions.at(1)->trigger();
    QCOMPARE(page.filePath(), second);

    // Create in Ollama hands over the saved path.
    QSignalSpy create(&page, &ModelfilePage::createInOllamaRequested);
    page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))
        ->appendPlainText(QStringLiteral("SYSTEM hi"));
    QVERIFY(page.requestCreateInOllama());
    QCOMPARE(create.size(), 1);
    QCOMPARE(create.first().first().toString(), second);
    QVERIFY(!page.isModified());
  }

  void templatePresetReplacesTemplateAndStops() {
    ModelfilePage page;
    page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))
        ->setPlainText(QStringLiteral("FROM x\nTEMPLATE old\nPARAMETER stop <old>\nPARAMETER num_ctx 4096\n"));
    QVERIFY(page.findChild<QToolButton*>(QStringLiteral("templatePresetButton"))->menu()->actions().size() >= 8);
    QVERIFY(page.insertTemplatePreset(QStringLiteral("llama3")));
    const QString text = page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->toPlainText();
    QVERIFY(text.contains(QStringLiteral("<|start_header_id|>")));
    QVERIFY(text.contains(QStringLiteral("PARAMETER stop <|eot_id|>")));
    QVERIFY(!text.contains(QStringLiteral("<old>")));
    QVERIFY(text.endsWith(QStringLiteral("PARAMETER num_ctx 4096\n")));
    page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->undo();
    QVERIFY(page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))
                ->toPlainText()
                .contains(QStringLiteral("<old>")));

    page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))
        ->setPlainText(QStringLiteral("FROM x\nBOGUS line\n"));
    QVERIFY(!page.insertTemplatePreset(QStringLiteral("gemma")));
    QVERIFY(!page.findChild<md::ui::Banner*>(QStringLiteral("modelfileBanner"))->isHidden());
    QCOMPARE(page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->toPlainText(),
             QStringLiteral("FROM x\nBOGUS line\n"));
  }

  // PowerShell 5 writes UTF-16 LE with a BOM; Ollama reads it, and so does the editor, which keeps it on save.
  void opensAndSavesUtf16AndBomFilesInTheirEncoding_data() {
    QTest::addColumn<QByteArray>("bom");
    QTest::addColumn<QString>("codec");
    QTest::newRow("utf-16le") << QByteArray("\xFF\xFE") << QStringLiteral("UTF-16LE");
    QTest::newRow("utf-16be") << QByteArray("\xFE\xFF") << QStringLiteral("UTF-16BE");
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("UTF-8");
  }

  void opensAndSavesUtf16AndBomFilesInTheirEncoding() {
    QFETCH(QByteArray, bom);
    QFETCH(QString, codec);
    const auto encode = [&codec](const QString& text) {
      if (codec == QLatin1String("UTF-8"))
        return text.toUtf8();
      QByteArray out;
      for (const QChar c : text) {
        const char high = char(c.unicode() >> 8), low = char(c.unicode() & 0xFF);
        out.append(codec == QLatin1String("UTF-16LE") ? low : high)
            .append(codec == QLatin1String("UTF-16LE") ? high : low);
      }
      return out;
    };
    const QString text = QStringLiteral("FROM ./模型.gguf\nSYSTEM 你好\n");
    const QString path = writeFile(QStringLiteral("enc/%1.Modelfile").arg(codec), bom + encode(text));
    ModelfilePage page;
    QVERIFY(page.openFile(path));
    QCOMPARE(page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->toPlainText(), text);
    page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))
        ->appendPlainText(QStringLiteral("PARAMETER temperature 0.5"));
    QVERIFY(page.save());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), bom + encode(text + QStringLiteral("\nPARAMETER temperature 0.5")));
  }
};

QTEST_MAIN(ModelfileEditorTest)
#include "tst_modelfile_editor.moc"
