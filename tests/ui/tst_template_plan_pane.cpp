// The Modelfile editor's pane "What Ollama X.Y will do" offscreen, against
// the fake server emulating 0.29.0 and 0.33.0, in English and zh_CN: what
// renders chats and why, capability badges, stops, the warning when nothing
// renders chats, updates as the user types, the version to pick when the
// server is not running, and Fill from GGUF offering to remove a TEMPLATE
// that takes capabilities away.
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include "core/util/paths.h"
#include "tests/support/chat_templates.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/tiny_gguf.h"
#include "ui/modelfile/modelfile_editor.h"
#include "ui/modelfile/modelfile_page.h"
#include "ui/modelfile/template_plan_pane.h"
#include "ui/modelfile/template_plan_view.h"
#include "ui/modelfile/template_planner.h"
#include "ui/shell/application.h"
#include "ui/shell/banner.h"
#include "ui/shell/language.h"
#include "ui/shell/ollama_status.h"
#include "ui_test_setup.h"

using namespace md::ui;

using namespace md::testing;

class TemplatePlanPaneTest : public QObject {
  Q_OBJECT

private:
  QTemporaryDir files_;
  LanguageManager* language_ = nullptr;

  QString writeModel(const QString& name, const std::string& chatTemplate) {
    const QString path = files_.filePath(name);
    auto builder = md::testing::tinyLlama();
    builder.setString("tokenizer.chat_template", chatTemplate);
    builder.write(md::pathFromUtf8(path.toStdString()));
    return path;
  }

  QString writeModelfile(const QString& name, const QByteArray& text) {
    const QString path = files_.filePath(name);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size() ? path : QString();
  }

  // A page on `host`, shown, with `modelfile` open, once its plan is for `version`.
  static void waitForPlan(ModelfilePage& page, const QString& version) {
    QTRY_VERIFY_WITH_TIMEOUT(
        page.findChild<md::ui::TemplatePlanPane*>(QStringLiteral("templatePlanPane"))->planner()->outcome() &&
            !page.findChild<md::ui::TemplatePlanPane*>(QStringLiteral("templatePlanPane"))->planner()->isBusy() &&
            page.findChild<md::ui::TemplatePlanPane*>(QStringLiteral("templatePlanPane"))
                ->findChild<md::ui::TemplatePlanView*>(QStringLiteral("templatePlanView"))
                ->headingText()
                .contains(version),
        15000);
  }

  static TemplatePlanView* view(const ModelfilePage& page) {
    return page.findChild<md::ui::TemplatePlanPane*>(QStringLiteral("templatePlanPane"))
        ->findChild<md::ui::TemplatePlanView*>(QStringLiteral("templatePlanView"));
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(files_.isValid());
    language_ = md::testing::setUpUiTest(*this, files_);
    writeModel(QStringLiteral("qwen3.gguf"), kQwen3);
    writeModel(QStringLiteral("thinker.gguf"), kThinker);
    md::testing::tinyClipProjector().write(
        md::pathFromUtf8(files_.filePath(QStringLiteral("mmproj.gguf")).toStdString()));
  }

  void cleanup() { language_->setLanguage(QStringLiteral("en"), false); }

  void showsTheGgufTemplateOn033AndTheBarePromptOn029_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
  }

  void showsTheGgufTemplateOn033AndTheBarePromptOn029() {
    QFETCH(QString, language);
    language_->setLanguage(language, false);
    const bool zh = language == QLatin1String("zh_CN");
    const QString path = writeModelfile(QStringLiteral("qwen.modelfile"), "FROM ./qwen3.gguf\nFROM ./mmproj.gguf\n");

    md::testing::FakeOllama current({"0.33.0"});
    QVERIFY(current.start());
    ModelfilePage page;
    page.setOllamaHost(QString::fromStdString(current.url()));
    QVERIFY(page.openFile(path));
    page.show();
    waitForPlan(page, QStringLiteral("0.33.0"));
    QVERIFY2(page.findChild<md::ui::TemplatePlanPane*>(QStringLiteral("templatePlanPane"))
                 ->findChild<QLabel*>(QStringLiteral("planServerStatus"))
                 ->text()
                 .contains(QStringLiteral("0.33.0")),
             qPrintable(page.findChild<md::ui::TemplatePlanPane*>(QStringLiteral("templatePlanPane"))
                            ->findChild<QLabel*>(QStringLiteral("planServerStatus"))
                            ->text()));
    QVERIFY2(view(page)->rendersText().contains(zh ? QStringLiteral("GGUF 自带的聊天模板")
                                                   : QStringLiteral("the GGUF’s own chat template")),
             qPrintable(view(page)->rendersText()));
    QCOMPARE(view(page)->capabilityTexts(), zh ? QStringList({QStringLiteral("补全"), QStringLiteral("工具"),
                                                              QStringLiteral("视觉"), QStringLiteral("思考")})
                                               : QStringList({QStringLiteral("completion"), QStringLiteral("tools"),
                                                              QStringLiteral("vision"), QStringLiteral("thinking")}));
    QVERIFY(!view(page)->hasWarnings());

    // Typing a TEMPLATE with a tool round trip: the Go template keeps tools; the stops follow the text.
    QSignalSpy planned(page.findChild<md::ui::TemplatePlanPane*>(QStringLiteral("templatePlanPane"))->planner(),
                       &TemplatePlanner::planReady);
    page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))
        ->appendPlainText(QStringLiteral("PARAMETER stop <|im_end|>"));
    QVERIFY(planned.wait(10000));
    QVERIFY2(view(page)->stopsText().contains(QStringLiteral("“<|im_end|>”")), qPrintable(view(page)->stopsText()));

    md::testing::FakeOllama old({"0.29.0"});
    QVERIFY(old.start());
    page.setOllamaHost(QString::fromStdString(old.url()));
    waitForPlan(page, QStringLiteral("0.29.0"));
    QVERIFY2(view(page)->rendersText().contains(zh ? QStringLiteral("没有东西渲染对话")
                                                   : QStringLiteral("Nothing renders chats")),
             qPrintable(view(page)->rendersText()));
    QVERIFY(view(page)->hasWarnings());
    QVERIFY2(
        view(page)->warningsText().contains(zh ? QStringLiteral("添加 TEMPLATE") : QStringLiteral("Add a TEMPLATE")),
        qPrintable(view(page)->warningsText()));
    QCOMPARE(view(page)->capabilityTexts(), zh ? QStringList({QStringLiteral("补全"), QStringLiteral("视觉")})
                                               : QStringList({QStringLiteral("completion"), QStringLiteral("vision")}));
  }

  void aVersionIsPickedWhenTheServerIsNotRunning() {
    ModelfilePage page;
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(md::testing::unusedLoopbackPort());
    page.setOllamaHost(url);
    QVERIFY(page.openFile(writeModelfile(QStringLiteral("down.modelfile"), "FROM ./qwen3.gguf\n")));
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.findChild<md::ui::TemplatePlanPane*>(QStringLiteral("templatePlanPane"))
                                 ->findChild<md::ui::OllamaStatus*>(QStringLiteral("planOllamaCheck"))
                                 ->isChecked(),
                             15000);
    QVERIFY2(page.findChild<md::ui::TemplatePlanPane*>(QStringLiteral("templatePlanPane"))
                 ->findChild<QLabel*>(QStringLiteral("planServerStatus"))
                 ->text()
                 .contains(QStringLiteral("Ollama is not running at ") + url),
             qPrintable(page.findChild<md::ui::TemplatePlanPane*>(QStringLiteral("templatePlanPane"))
                            ->findChild<QLabel*>(QStringLiteral("planServerStatus"))
                            ->text()));
    waitForPlan(page, QStringLiteral("0.33.0"));
    page.findChild<md::ui::TemplatePlanPane*>(QStringLiteral("templatePlanPane"))
        ->findChild<QComboBox*>(QStringLiteral("planVersionCombo"))
        ->setCurrentIndex(2); // Ollama 0.29 (before 0.30)
    waitForPlan(page, QStringLiteral("0.29.0"));
    QVERIFY(view(page)->hasWarnings());
  }

  void fillOffersToRemoveATemplateThatTakesCapabilitiesAway() {
    const QByteArray text = QByteArray("FROM ./thinker.gguf\n") + kRoundTripTemplate;
    ModelfilePage page;
    page.setOllamaHost(QStringLiteral("http://127.0.0.1:%1").arg(md::testing::unusedLoopbackPort()));
    QVERIFY(page.openFile(writeModelfile(QStringLiteral("thinker.modelfile"), text)));
    QString asked;
    page.setRemoveTemplatePrompt([&asked](const QString& question) {
      asked = question;
      return QMessageBox::Yes;
    });
    // 0.29 renders only Go templates: removing it would leave nothing, so Fill keeps it.
    page.findChild<md::ui::TemplatePlanPane*>(QStringLiteral("templatePlanPane"))
        ->findChild<QComboBox*>(QStringLiteral("planVersionCombo"))
        ->setCurrentIndex(2);
    QSignalSpy finished(&page, &ModelfilePage::ggufAssistFinished);
    page.findChild<QToolButton*>(QStringLiteral("fillFromGgufButton"))->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.takeFirst().first().toBool(), false);
    QVERIFY(asked.isEmpty());
    QCOMPARE(page.findChild<md::ui::Banner*>(QStringLiteral("modelfileBanner"))->kind(), Banner::Kind::Info);

    // 0.33 would render the GGUF's template with thinking: Fill asks and removes the TEMPLATE.
    page.findChild<md::ui::TemplatePlanPane*>(QStringLiteral("templatePlanPane"))
        ->findChild<QComboBox*>(QStringLiteral("planVersionCombo"))
        ->setCurrentIndex(1);
    page.findChild<QToolButton*>(QStringLiteral("fillFromGgufButton"))->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.takeFirst().first().toBool(), true);
    QVERIFY2(asked.contains(QStringLiteral("thinking")), qPrintable(asked));
    QCOMPARE(page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->toPlainText(),
             QStringLiteral("FROM ./thinker.gguf\n"));
    QCOMPARE(page.findChild<md::ui::Banner*>(QStringLiteral("modelfileBanner"))->kind(), Banner::Kind::Success);
  }
};

QTEST_MAIN(TemplatePlanPaneTest)
#include "tst_template_plan_pane.moc"
