// Modelfile diagnostics offscreen, in English and zh_CN: every problem in
// line order, each line number shown once, the text in the reader's
// language; and "Create in Ollama…" asks first when the Modelfile has errors.
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "ui/modelfile/live_validator.h"
#include "ui/modelfile/modelfile_editor.h"
#include "ui/modelfile/modelfile_page.h"
#include "ui/shell/application.h"
#include "ui/shell/language.h"
#include "ui_test_setup.h"

using namespace md::ui;

namespace {

bool hasChinese(const QString& text) {
  for (const QChar c : text)
    if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
      return true;
  return false;
}

// Several problems, one of them a bad role that used to hide the others.
const char* kManyProblems = "SYSTEM hi\nMESSAGE bot hello\nPARAMETER temprature 0.5\nTEMPLATE {{ .Prompt }\n";

} // namespace

class ModelfileDiagnosticsTest : public QObject {
  Q_OBJECT

private:
  QTemporaryDir dir_;
  LanguageManager* language_ = nullptr;

  static void setTextAndWait(ModelfilePage& page, const QString& text) {
    QSignalSpy ready(page.findChild<md::ui::LiveValidator*>(QStringLiteral("liveValidator")),
                     &LiveValidator::diagnosticsReady);
    page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->setPlainText(text);
    QVERIFY(ready.wait(10000));
  }

  static QStringList listed(ModelfilePage& page) {
    auto* list = page.findChild<QListWidget*>(QStringLiteral("modelfileDiagnostics"));
    QStringList out;
    for (int i = 0; list && i < list->count(); ++i)
      out << list->item(i)->text();
    return out;
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    language_ = md::testing::setUpUiTest(*this, dir_);
  }

  void everyProblemInLineOrderWithItsLineOnce_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
  }

  void everyProblemInLineOrderWithItsLineOnce() {
    QFETCH(QString, language);
    language_->setLanguage(language, false);
    ModelfilePage page;
    page.findChild<md::ui::LiveValidator*>(QStringLiteral("liveValidator"))->setDebounceMilliseconds(0);
    setTextAndWait(page, QString::fromUtf8(kManyProblems));
    const QStringList items = listed(page);
    QCOMPARE(items.size(), 4);             // no FROM, the role, the parameter, the template
    const QList<int> lines = {0, 2, 3, 4}; // "no FROM line" is about the whole file: no line is named
    QVERIFY2(!items.at(0).contains(QLatin1Char('1')), qPrintable(items.at(0)));
    for (int i = 0; i < items.size(); ++i) {
      const QString& item = items.at(i);
      // The line number appears once: no "(line N)" of Ollama's inside the message.
      if (lines.at(i) > 0)
        QCOMPARE(item.count(QString::number(lines.at(i))), 1);
      QVERIFY2(!item.contains(QStringLiteral("(line")), qPrintable(item));
      if (language == QLatin1String("zh_CN"))
        QVERIFY2(hasChinese(item), qPrintable(item));
    }
    if (language == QLatin1String("en")) {
      QVERIFY2(items.at(0).contains(QStringLiteral("no FROM line")), qPrintable(items.at(0)));
      QVERIFY2(items.at(1).contains(QStringLiteral("'bot' is not a message role")), qPrintable(items.at(1)));
      QVERIFY2(items.at(2).contains(QStringLiteral("did you mean temperature?")), qPrintable(items.at(2)));
      QVERIFY2(items.at(3).contains(QStringLiteral("has no matching")), qPrintable(items.at(3)));
    } else {
      QVERIFY2(items.at(2).contains(QStringLiteral("temperature")), qPrintable(items.at(2))); // the suggestion
      QVERIFY2(items.at(0).contains(QStringLiteral("FROM")), qPrintable(items.at(0)));
    }
    // The tooltip of an underline is the same translated text.
    const auto diagnostics = page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->diagnostics();
    QCOMPARE(diagnostics.size(), 4);
    QCOMPARE(diagnostics.at(1).line, 2);
    QVERIFY(items.at(1).endsWith(diagnostics.at(1).message));
  }

  void createAsksFirstWhenTheModelfileHasErrors_data() { everyProblemInLineOrderWithItsLineOnce_data(); }

  void createAsksFirstWhenTheModelfileHasErrors() {
    QFETCH(QString, language);
    language_->setLanguage(language, false);
    const QString path = dir_.filePath(QStringLiteral("问题 %1.mf").arg(language));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("FROM x\nPARAMETER temprature 0.5\n");
    file.close();
    ModelfilePage page;
    page.findChild<md::ui::LiveValidator*>(QStringLiteral("liveValidator"))->setDebounceMilliseconds(0);
    QVERIFY(page.openFile(path));
    QSignalSpy create(&page, &ModelfilePage::createInOllamaRequested);

    // Cancel: nothing is created.
    QVERIFY(page.requestCreateInOllama());
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = page.findChild<QMessageBox*>(QStringLiteral("createWithErrorsQuestion"))) != nullptr);
    QVERIFY2(question->text().contains(QStringLiteral("temprature")), qPrintable(question->text()));
    if (language == QLatin1String("zh_CN"))
      QVERIFY2(hasChinese(question->text()) && hasChinese(question->informativeText()), qPrintable(question->text()));
    question->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(page.findChild<QMessageBox*>(QStringLiteral("createWithErrorsQuestion")) == nullptr);
    QCOMPARE(create.size(), 0);

    // Create anyway: the path is handed over.
    QVERIFY(page.requestCreateInOllama());
    QTRY_VERIFY((question = page.findChild<QMessageBox*>(QStringLiteral("createWithErrorsQuestion"))) != nullptr);
    question->findChild<QPushButton*>(QStringLiteral("createAnywayButton"))->click();
    QTRY_COMPARE(create.size(), 1);
    QCOMPARE(create.first().first().toString(), path);
    QTRY_VERIFY(page.findChild<QMessageBox*>(QStringLiteral("createWithErrorsQuestion")) == nullptr);

    // A problem of the whole file (no FROM line) names no line.
    page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))
        ->setPlainText(QStringLiteral("PARAMETER temperature 0.5\n"));
    QVERIFY(page.save());
    QVERIFY(page.requestCreateInOllama());
    QTRY_VERIFY((question = page.findChild<QMessageBox*>(QStringLiteral("createWithErrorsQuestion"))) != nullptr);
    QVERIFY2(question->text().contains(QStringLiteral("FROM")), qPrintable(question->text()));
    QVERIFY2(!question->text().contains(QStringLiteral("line 1")) &&
                 !question->text().contains(QStringLiteral("第 1 行")),
             qPrintable(question->text()));
    question->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(page.findChild<QMessageBox*>(QStringLiteral("createWithErrorsQuestion")) == nullptr);
    QCOMPARE(create.size(), 1);

    // A Modelfile without errors is created without a question.
    page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))
        ->setPlainText(QStringLiteral("FROM x\nPARAMETER temperature 0.5\n"));
    QVERIFY(page.save());
    QVERIFY(page.requestCreateInOllama());
    QCOMPARE(create.size(), 2);
    QVERIFY(page.findChild<QMessageBox*>(QStringLiteral("createWithErrorsQuestion")) == nullptr);
  }
};

QTEST_MAIN(ModelfileDiagnosticsTest)
#include "tst_modelfile_diagnostics.moc"
