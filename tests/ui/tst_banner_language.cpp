// Issue 22, item 7: banners "retranslate on a language switch". On each page
// and dialog a banner is brought up the way a user meets it (a saved
// variable, a refused server address, merge advice, Fill from GGUF, an
// import with Ollama down, a finished split; and, not a banner, a value's
// problem under its field), in English and in zh_CN; then
// the language is switched and the visible banner must be in the new
// language, and the same text as before once switched back.
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <optional>

#include "core/util/paths.h"
#include "env_page_testing.h"
#include "language_testing.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/ollama_fixtures.h"
#include "tests/ui/ollama_tab_testing.h"
#include "ui/env/env_variable_row.h"
#include "ui/env/environment_page.h"
#include "ui/import/import_dialog.h"
#include "ui/merge/merge_page.h"
#include "ui/merge/merge_plan_view.h"
#include "ui/merge/split_dialog.h"
#include "ui/modelfile/modelfile_page.h"
#include "ui/modelfile/template_plan_pane.h"
#include "ui/models/ollama_name_dialog.h"
#include "ui/models/ollama_tab.h"
#include "ui/shell/application.h"
#include "ui/shell/banner.h"
#include "ui/shell/drop_router.h"
#include "ui/shell/language.h"
#include "ui_test_setup.h"

using namespace md::ui;
using md::testing::hasChinese;
namespace fs = std::filesystem;

namespace {

QString text(const fs::path& path) {
  return QString::fromStdString(md::pathToUtf8(path));
}

// The one banner of `scope` that is shown (a page shows at most one).
Banner* shownBanner(QWidget& scope) {
  for (Banner* banner : scope.findChildren<Banner*>())
    if (!banner->isHidden() && !banner->text().isEmpty())
      return banner;
  return nullptr;
}

} // namespace

class BannerLanguageTest : public QObject {
  Q_OBJECT

private:
  md::testing::UiTestSession session_;

  fs::path dir() const { return session_.dir(); }

  // The banner was shown in `start`; the other language shows it in that
  // language, and `start` again shows the very text it showed first.
  void expectRetranslated(Banner* banner, const QString& start, const char* place) {
    const QString where = QString::fromUtf8(place);
    QVERIFY2(banner != nullptr, place);
    const QString first = banner->text();
    QVERIFY2(!first.isEmpty(), place);
    const bool startsChinese = start == QLatin1String("zh_CN");
    QVERIFY2(hasChinese(first) == startsChinese, qPrintable(QStringLiteral("%1: %2").arg(where, first)));
    session_.language()->setLanguage(startsChinese ? QStringLiteral("en") : QStringLiteral("zh_CN"), false);
    QTRY_VERIFY2(hasChinese(banner->text()) != startsChinese,
                 qPrintable(QStringLiteral("%1 after the switch: %2").arg(where, banner->text())));
    QVERIFY2(!banner->isHidden(), place);
    session_.language()->setLanguage(start, false);
    QTRY_COMPARE(banner->text(), first);
  }

private Q_SLOTS:
  void initTestCase() {
    md::testing::useCleanHome(dir() / "home"); // first: it also unsets OLLAMA_HOST
    QVERIFY(session_.start(*this, {.ollamaDown = true}));
  }

  void cleanup() { session_.reset(); }

  void environmentPageSaved_data() { md::testing::addLanguageRows(); }
  void environmentPageSaved() {
    QFETCH(QString, language);
    session_.language()->setLanguage(language, false);
    auto page = md::testing::loadedEnvironmentPage();
    const QString value = language == QLatin1String("en") ? QStringLiteral("10m") : QStringLiteral("20m"); // a change
    QVERIFY(md::testing::applyEnvValue(*page, QStringLiteral("OLLAMA_KEEP_ALIVE"), value));
    // The restart banner (Ollama has not read the value yet) covers "saved";
    // dismissing it shows "saved" again.
    auto* restart = page->findChild<Banner*>(QStringLiteral("restartBanner"));
    QCOMPARE(shownBanner(*page), restart);
    QVERIFY(restart->text().contains(QStringLiteral("OLLAMA_KEEP_ALIVE")));
    expectRetranslated(restart, language, "environment: restart");
    restart->findChild<QToolButton*>(QStringLiteral("bannerClose"))->click();
    auto* saved = page->findChild<Banner*>(QStringLiteral("envBanner"));
    QCOMPARE(shownBanner(*page), saved);
    QVERIFY(saved->text().contains(QStringLiteral("OLLAMA_KEEP_ALIVE")));
    expectRetranslated(saved, language, "environment: saved");
  }

  // Not a banner, but said the same way: a value's problem under its field.
  void environmentFieldProblem_data() { md::testing::addLanguageRows(); }
  void environmentFieldProblem() {
    QFETCH(QString, language);
    session_.language()->setLanguage(language, false);
    auto page = md::testing::loadedEnvironmentPage();
    page->show();
    auto* keepAlive = page->row(QStringLiteral("OLLAMA_KEEP_ALIVE"))->findChild<QLineEdit*>(QStringLiteral("value"));
    QTest::keyClicks(keepAlive, QStringLiteral("soon"));
    auto* problem = page->row(QStringLiteral("OLLAMA_KEEP_ALIVE"))->findChild<QLabel*>(QStringLiteral("error"));
    QVERIFY(!problem->isHidden());
    const QString first = problem->text();
    QCOMPARE(hasChinese(first), language == QLatin1String("zh_CN"));
    session_.language()->setLanguage(language == QLatin1String("en") ? QStringLiteral("zh_CN") : QStringLiteral("en"),
                                     false);
    QTRY_VERIFY2(hasChinese(problem->text()) != hasChinese(first), qPrintable(problem->text()));
    QVERIFY(problem->text().startsWith(QStringLiteral("OLLAMA_KEEP_ALIVE")));
    session_.language()->setLanguage(language, false);
    QTRY_COMPARE(problem->text(), first);
  }

  void ollamaTabRefusedAddress_data() { md::testing::addLanguageRows(); }
  void ollamaTabRefusedAddress() {
    QFETCH(QString, language);
    session_.language()->setLanguage(language, false);
    OllamaTab tab;
    tab.setHostPrompt([] { return std::optional<QString>(QStringLiteral("nas server")); });
    tab.findChild<QToolButton*>(QStringLiteral("ollamaAddHost"))->click();
    expectRetranslated(tab.findChild<Banner*>(QStringLiteral("ollamaBanner")), language, "Ollama tab: Add…");
  }

  // Rename is copy then delete: when the delete fails, the banner says what
  // was done (the copy) with the server's reason, in the reader's language.
  void ollamaTabRenameWhoseDeleteFails_data() { md::testing::addLanguageRows(); }
  void ollamaTabRenameWhoseDeleteFails() {
    QFETCH(QString, language);
    session_.language()->setLanguage(language, false);
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    md::testing::seedModel(fake.modelsDir(), "orig:1");
    const QByteArray host = qgetenv("OLLAMA_HOST");
    md::testing::useAsLocal(fake);
    OllamaTab tab;
    QVERIFY(md::testing::selectIn(tab, QStringLiteral("orig:1")));
    md::testing::FakeOllamaFaults faults;
    faults.failStatus = 500;
    faults.failPath = "/api/delete";
    fake.setFaults(faults);
    OllamaNameDialog* rename = tab.copySelected(true);
    QVERIFY(rename);
    QTRY_VERIFY(rename->isVisible());
    rename->findChild<QLineEdit*>(QStringLiteral("ollamaNewName"))->setText(QStringLiteral("renamed:2"));
    QSignalSpy finished(&tab, &OllamaTab::actionFinished);
    rename->findChild<QPushButton*>(QStringLiteral("ollamaNewNameOk"))->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(md::testing::hasModel(fake, "renamed:2") && md::testing::hasModel(fake, "orig:1"));
    auto* banner = tab.findChild<Banner*>(QStringLiteral("ollamaBanner"));
    QVERIFY2(banner->text().contains(QStringLiteral("renamed:2")) && banner->text().contains(QStringLiteral("orig:1")),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("simulated server failure")), qPrintable(banner->text()));
    if (language == QLatin1String("en"))
      QVERIFY2(banner->text().startsWith(QStringLiteral("Copied to “renamed:2”, but could not delete “orig:1”: ")),
               qPrintable(banner->text()));
    expectRetranslated(banner, language, "Ollama tab: rename, delete failed");
    qputenv("OLLAMA_HOST", host);
  }

  void mergePlanAdvice_data() { md::testing::addLanguageRows(); }
  void mergePlanAdvice() {
    QFETCH(QString, language);
    session_.language()->setLanguage(language, false);
    const fs::path folder = dir() / ("合并 " + language.toStdString());
    fs::create_directories(folder);
    md::testing::tinyLlama().write(folder / "model.gguf");
    md::testing::tinyProjector().write(folder / "mmproj.gguf");
    MergePage page;
    page.receiveDrop(DropDecision{DropTarget::Merge, {text(folder / "model.gguf"), text(folder / "mmproj.gguf")}, {}});
    page.checkFiles();
    QTRY_COMPARE(page.step(), MergePage::Step::Plan);
    auto* plan = page.findChild<MergePlanView*>(QStringLiteral("mergePlanView"));
    expectRetranslated(shownBanner(*plan), language, "merge: projector advice");
  }

  void modelfileFillFromGguf_data() { md::testing::addLanguageRows(); }
  void modelfileFillFromGguf() {
    QFETCH(QString, language);
    session_.language()->setLanguage(language, false);
    const fs::path folder = dir() / ("模型文件 " + language.toStdString());
    fs::create_directories(folder);
    auto builder = md::testing::tinyLlama();
    builder.setString("tokenizer.chat_template", "{{ '<|start_header_id|>' + role + '<|end_header_id|>' }}");
    builder.write(folder / "权重.gguf");
    QFile modelfile(text(folder / "Modelfile"));
    QVERIFY(modelfile.open(QIODevice::WriteOnly) && modelfile.write("FROM ./权重.gguf\n") > 0);
    modelfile.close();
    ModelfilePage page;
    QVERIFY(page.openFile(modelfile.fileName()));
    page.findChild<TemplatePlanPane*>(QStringLiteral("templatePlanPane"))
        ->findChild<QComboBox*>(QStringLiteral("planVersionCombo"))
        ->setCurrentIndex(1);
    QSignalSpy finished(&page, &ModelfilePage::ggufAssistFinished);
    page.findChild<QToolButton*>(QStringLiteral("fillFromGgufButton"))->click();
    QVERIFY(finished.wait(10000));
    expectRetranslated(page.findChild<Banner*>(QStringLiteral("modelfileBanner")), language,
                       "Modelfile: Fill from GGUF");
  }

  void importWithOllamaDown_data() { md::testing::addLanguageRows(); }
  void importWithOllamaDown() {
    QFETCH(QString, language);
    session_.language()->setLanguage(language, false);
    const fs::path file = dir() / ("导入 " + language.toStdString() + ".gguf");
    md::testing::tinyLlama("down").write(file);
    ImportDialog dialog({text(file)}, QStringLiteral("http://127.0.0.1:%1").arg(md::testing::unusedLoopbackPort()));
    QSignalSpy checked(&dialog, &ImportDialog::checked);
    dialog.show();
    QVERIFY(checked.wait(20000));
    expectRetranslated(dialog.findChild<Banner*>(QStringLiteral("importBanner")), language, "import: Ollama down");
  }

  void splitFinished_data() { md::testing::addLanguageRows(); }
  void splitFinished() {
    QFETCH(QString, language);
    session_.language()->setLanguage(language, false);
    const fs::path folder = dir() / ("拆分 " + language.toStdString());
    fs::create_directories(folder);
    md::testing::tinyLlama().write(folder / "m.gguf");
    SplitDialog dialog(text(folder / "m.gguf"));
    dialog.findChild<QRadioButton*>(QStringLiteral("splitByTensors"))->setChecked(true);
    dialog.findChild<QSpinBox*>(QStringLiteral("maxTensors"))->setValue(6);
    QSignalSpy finished(&dialog, &SplitDialog::finished);
    dialog.findChild<QPushButton*>(QStringLiteral("splitButton"))->click();
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().at(0).toBool());
    expectRetranslated(dialog.findChild<Banner*>(QStringLiteral("splitBanner")), language, "split: finished");
  }
};

QTEST_MAIN(BannerLanguageTest)
#include "tst_banner_language.moc"
