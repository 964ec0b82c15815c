// The editor's GGUF helpers offscreen: Fill from GGUF writes TEMPLATE and
// stop lines when the planned Ollama version needs them (or says why not and
// changes nothing), and dropping GGUFs on the text adds FROM lines, the
// projector with a comment.
#include <QComboBox>
#include <QDropEvent>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include "core/util/paths.h"
#include "tests/support/gguf_builder.h"
#include "ui/modelfile/modelfile_page.h"
#include "ui/modelfile/template_plan_pane.h"
#include "ui/shell/banner.h"

using namespace md::ui;

class ModelfileGgufTest : public QObject {
  Q_OBJECT

private:
  QTemporaryDir files_;

  QString folder() const { return files_.filePath(QStringLiteral("模型 文件")); }

  QString writeModel(const QString& name, const std::string& chatTemplate) {
    QDir().mkpath(folder());
    const QString path = folder() + QLatin1Char('/') + name;
    auto builder = md::testing::tinyLlama();
    builder.setString("tokenizer.chat_template", chatTemplate);
    builder.write(md::pathFromUtf8(path.toStdString()));
    return path;
  }

  QString writeModelfile(const QString& name, const QByteArray& text) {
    const QString path = folder() + QLatin1Char('/') + name;
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size() ? path : QString();
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(files_.isValid());
    // The page remembers recent files: keep that away from the user's settings.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, files_.filePath(QStringLiteral("settings")));
  }

  void fillsTemplateAndStopsFromTheFromFile() {
    writeModel(QStringLiteral("权重.gguf"), "{{ '<|start_header_id|>' + role + '<|end_header_id|>' }}");
    ModelfilePage page;
    QVERIFY(page.openFile(writeModelfile(QStringLiteral("Modelfile"), "FROM ./权重.gguf\n")));
    QSignalSpy finished(&page, &ModelfilePage::ggufAssistFinished);
    // Ollama 0.33 renders chats with the GGUF's own template: nothing to write.
    page.findChild<md::ui::TemplatePlanPane*>(QStringLiteral("templatePlanPane"))
        ->findChild<QComboBox*>(QStringLiteral("planVersionCombo"))
        ->setCurrentIndex(1);
    page.findChild<QToolButton*>(QStringLiteral("fillFromGgufButton"))->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.takeFirst().first().toBool(), false);
    QCOMPARE(page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->toPlainText(),
             QStringLiteral("FROM ./权重.gguf\n"));
    QCOMPARE(page.findChild<md::ui::Banner*>(QStringLiteral("modelfileBanner"))->kind(), Banner::Kind::Info);
    QVERIFY2(page.findChild<md::ui::Banner*>(QStringLiteral("modelfileBanner"))
                 ->text()
                 .contains(QStringLiteral("No TEMPLATE needed")),
             qPrintable(page.findChild<md::ui::Banner*>(QStringLiteral("modelfileBanner"))->text()));
    // Ollama 0.29 renders only Go templates: Fill writes one.
    page.findChild<md::ui::TemplatePlanPane*>(QStringLiteral("templatePlanPane"))
        ->findChild<QComboBox*>(QStringLiteral("planVersionCombo"))
        ->setCurrentIndex(2);
    page.findChild<QToolButton*>(QStringLiteral("fillFromGgufButton"))->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    const QString text = page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->toPlainText();
    QVERIFY(text.startsWith(QStringLiteral("FROM ./权重.gguf\nTEMPLATE \"\"\"")));
    QVERIFY2(text.contains(QStringLiteral("PARAMETER stop <|eot_id|>\n")), qPrintable(text));
    QCOMPARE(page.findChild<md::ui::Banner*>(QStringLiteral("modelfileBanner"))->kind(), Banner::Kind::Success);
    QVERIFY(page.isModified());
  }

  void unknownTemplateSaysSoAndChangesNothing() {
    writeModel(QStringLiteral("odd.gguf"), "{{ messages | tojson }}");
    ModelfilePage page;
    QVERIFY(page.openFile(writeModelfile(QStringLiteral("odd.mf"), "FROM ./odd.gguf\n")));
    page.findChild<md::ui::TemplatePlanPane*>(QStringLiteral("templatePlanPane"))
        ->findChild<QComboBox*>(QStringLiteral("planVersionCombo"))
        ->setCurrentIndex(2); // before 0.30: a TEMPLATE is needed
    QSignalSpy finished(&page, &ModelfilePage::ggufAssistFinished);
    page.fillFromGguf();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->toPlainText(),
             QStringLiteral("FROM ./odd.gguf\n"));
    QVERIFY(!page.findChild<md::ui::Banner*>(QStringLiteral("modelfileBanner"))->isHidden());
    QVERIFY2(page.findChild<md::ui::Banner*>(QStringLiteral("modelfileBanner"))
                 ->text()
                 .contains(QStringLiteral("does not recognise its chat format")),
             qPrintable(page.findChild<md::ui::Banner*>(QStringLiteral("modelfileBanner"))->text()));
    QVERIFY(!page.isModified());
  }

  void droppingGgufsAddsFromLines() {
    const QString weights = writeModel(QStringLiteral("x.gguf"), "<start_of_turn>");
    const QString projector = folder() + QStringLiteral("/mmproj 视觉.gguf");
    md::testing::tinyProjector().write(md::pathFromUtf8(projector.toStdString()));
    ModelfilePage page;
    QVERIFY(page.openFile(writeModelfile(QStringLiteral("drop.mf"), "# notes\n")));
    page.show();

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(weights), QUrl::fromLocalFile(projector)});
    QWidget* target = page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->viewport();
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy finished(&page, &ModelfilePage::ggufAssistFinished);
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    QVERIFY(finished.wait(10000));
    QCOMPARE(page.findChild<md::ui::ModelfileEditor*>(QStringLiteral("modelfileEditor"))->toPlainText(),
             QStringLiteral("FROM ./x.gguf\n# Vision projector (mmproj) for the model above: Ollama adds it as the "
                            "projector layer\nFROM ./mmproj 视觉.gguf\n# notes\n"));
  }
};

QTEST_MAIN(ModelfileGgufTest)
#include "tst_modelfile_gguf.moc"
