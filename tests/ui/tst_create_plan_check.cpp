// "Create in Ollama" and the template plan offscreen, in English and zh_CN,
// against the fake server emulating 0.29.0 and 0.33.0: the dialog shows the
// plan for the server's version before creating, and after creating compares
// /api/show (capabilities, template) with it, naming any difference (the
// fake with OLLAMA_GO_TEMPLATE set keeps a Go template the plan expected
// 0.33 to pass over).
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "core/util/paths.h"
#include "tests/support/chat_templates.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/tiny_gguf.h"
#include "ui/modelfile/create_in_ollama_dialog.h"
#include "ui/modelfile/template_plan_view.h"
#include "ui/shell/application.h"
#include "ui/shell/banner.h"
#include "ui/shell/language.h"
#include "ui_test_setup.h"

using namespace md::ui;

class CreatePlanCheckTest : public QObject {
  Q_OBJECT

private:
  QTemporaryDir files_;
  LanguageManager* language_ = nullptr;

  QString writeModelfile(const QString& name, const QByteArray& text) {
    const QString path = files_.filePath(name);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size() ? path : QString();
  }

  // Opens the dialog on `fake`, waits for the plan, creates, waits for the check.
  static void createAndCheck(CreateInOllamaDialog& dialog, const QString& version) {
    QSignalSpy planned(&dialog, &CreateInOllamaDialog::planShown);
    dialog.show();
    QVERIFY(planned.wait(15000));
    QVERIFY2(dialog.findChild<md::ui::TemplatePlanView*>(QStringLiteral("createPlan"))->headingText().contains(version),
             qPrintable(dialog.findChild<md::ui::TemplatePlanView*>(QStringLiteral("createPlan"))->headingText()));
    QSignalSpy finished(&dialog, &CreateInOllamaDialog::createFinished);
    dialog.findChild<QPushButton*>(QStringLiteral("createButton"))->click();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(dialog.findChild<md::ui::Banner*>(QStringLiteral("planCheckBanner"))->isVisible());
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(files_.isValid());
    language_ = md::testing::setUpUiTest(*this, files_);
    md::testing::tinyModel()
        .set("tokenizer.chat_template", std::string(md::testing::kQwen3))
        .write(md::pathFromUtf8(files_.filePath(QStringLiteral("qwen3.gguf")).toStdString()));
  }

  void cleanup() { language_->setLanguage(QStringLiteral("en"), false); }

  void planBeforeAndAgreementAfter_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("version");
    QTest::newRow("en 0.33") << QStringLiteral("en") << QStringLiteral("0.33.0");
    QTest::newRow("zh_CN 0.33") << QStringLiteral("zh_CN") << QStringLiteral("0.33.0");
    QTest::newRow("en 0.29") << QStringLiteral("en") << QStringLiteral("0.29.0");
    QTest::newRow("zh_CN 0.29") << QStringLiteral("zh_CN") << QStringLiteral("0.29.0");
  }

  void planBeforeAndAgreementAfter() {
    QFETCH(QString, language);
    QFETCH(QString, version);
    language_->setLanguage(language, false);
    const bool zh = language == QLatin1String("zh_CN");
    const bool current = version == QLatin1String("0.33.0");
    md::testing::FakeOllama fake({version.toStdString()});
    QVERIFY(fake.start());
    CreateInOllamaDialog dialog(writeModelfile(QStringLiteral("qwen.modelfile"), "FROM ./qwen3.gguf\n"),
                                QString::fromStdString(fake.url()));
    dialog.findChild<QLineEdit*>(QStringLiteral("modelNameEdit"))->setText(QStringLiteral("qwen-") + version);
    createAndCheck(dialog, version);
    if (QTest::currentTestFailed())
      return;
    // Before creating, the plan: 0.33 renders with the GGUF's template (tools, thinking); 0.29 with nothing.
    const QStringList badges =
        dialog.findChild<md::ui::TemplatePlanView*>(QStringLiteral("createPlan"))->capabilityTexts();
    if (current)
      QCOMPARE(badges,
               zh ? QStringList({QStringLiteral("补全"), QStringLiteral("工具"), QStringLiteral("思考")})
                  : QStringList({QStringLiteral("completion"), QStringLiteral("tools"), QStringLiteral("thinking")}));
    else
      QVERIFY2(dialog.findChild<md::ui::TemplatePlanView*>(QStringLiteral("createPlan"))
                   ->warningsText()
                   .contains(zh ? QStringLiteral("原始提示词") : QStringLiteral("bare prompt")),
               qPrintable(dialog.findChild<md::ui::TemplatePlanView*>(QStringLiteral("createPlan"))->warningsText()));
    // After: /api/show agrees.
    QCOMPARE(dialog.findChild<md::ui::Banner*>(QStringLiteral("planCheckBanner"))->kind(), Banner::Kind::Success);
    const QString check = dialog.findChild<md::ui::Banner*>(QStringLiteral("planCheckBanner"))->text();
    QVERIFY2(check.contains(zh ? QStringLiteral("与规划一致") : QStringLiteral("agrees with the plan")),
             qPrintable(check));
    QCOMPARE(check.contains(zh ? QStringLiteral("思考") : QStringLiteral("thinking")), current);
  }

  void aDifferenceIsNamed_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
  }

  void aDifferenceIsNamed() {
    QFETCH(QString, language);
    language_->setLanguage(language, false);
    const bool zh = language == QLatin1String("zh_CN");
    // OLLAMA_GO_TEMPLATE on the server: 0.33 keeps the Modelfile's plain TEMPLATE, which has no tools or thinking.
    md::testing::FakeOllama fake({"0.33.0", true});
    QVERIFY(fake.start());
    CreateInOllamaDialog dialog(
        writeModelfile(QStringLiteral("plain.modelfile"), "FROM ./qwen3.gguf\nTEMPLATE \"\"\"{{ .Prompt }}\"\"\"\n"),
        QString::fromStdString(fake.url()));
    dialog.findChild<QLineEdit*>(QStringLiteral("modelNameEdit"))->setText(QStringLiteral("plain"));
    createAndCheck(dialog, QStringLiteral("0.33.0"));
    if (QTest::currentTestFailed())
      return;
    QCOMPARE(dialog.findChild<md::ui::Banner*>(QStringLiteral("planCheckBanner"))->kind(), Banner::Kind::Warning);
    const QString check = dialog.findChild<md::ui::Banner*>(QStringLiteral("planCheckBanner"))->text();
    QVERIFY2(check.contains(zh ? QStringLiteral("规划预期有工具、思考")
                               : QStringLiteral("The plan expected tools, thinking")),
             qPrintable(check));
  }
};

QTEST_MAIN(CreatePlanCheckTest)
#include "tst_create_plan_check.moc"
