// "Create in Ollama" offscreen against the fake server: the page's button
// opens the dialog, the name is checked live with the reason shown, Create
// runs the flow with progress and the server's status lines, a projector
// becomes vision (or the dialog warns that it did not), "Show in Models"
// reaches the page's signal, and Cancel stops an upload with nothing created.
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <unistd.h>

#include <fstream>

#include "core/ollama/client.h"
#include "core/util/paths.h"
#include "job_view_testing.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/fake_ollama_store.h"
#include "tests/support/tiny_gguf.h"
#include "ui/modelfile/create_in_ollama_dialog.h"
#include "ui/modelfile/modelfile_page.h"
#include "ui/shell/banner.h"
#include "ui/shell/progress_panel.h"

using namespace md::ui;

class CreateInOllamaTest : public QObject {
  Q_OBJECT

private:
  QTemporaryDir files_;

  std::filesystem::path dir() const { return md::pathFromUtf8(files_.path().toStdString()); }

  QString writeModelfile(const QString& name, const QByteArray& text) {
    const QString path = files_.filePath(name);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size() ? path : QString();
  }

  static bool modelExists(const md::testing::FakeOllama& fake, const std::string& name) {
    md::testing::FakeStore store(fake.modelsDir());
    return store.readManifest(*md::testing::ModelName::parse(name)).has_value();
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(files_.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, files_.filePath(QStringLiteral("settings")));
    md::testing::tinyModel().write(dir() / "model.gguf");
    md::testing::tinyClipProjector().write(dir() / "mmproj.gguf");
    std::ofstream(dir() / "combined.gguf", std::ios::binary)
        << md::testing::tinyModel().bytes() << md::testing::tinyClipProjector().bytes();
  }

  void namesAreCheckedLiveWithTheReason() {
    CreateInOllamaDialog dialog(files_.filePath(QStringLiteral("Qwen2 VL.modelfile")), QStringLiteral("http://x"));
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("modelNameEdit"))->text(), QStringLiteral("qwen2-vl"));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
    dialog.findChild<QLineEdit*>(QStringLiteral("modelNameEdit"))->setText(QStringLiteral("my model"));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("modelNameProblem"))->text().contains(QStringLiteral("“ ”")));
    dialog.findChild<QLineEdit*>(QStringLiteral("modelNameEdit"))->setText(QStringLiteral("mine:"));
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("modelNameProblem"))->text(),
             QStringLiteral("The tag must not be empty."));
    dialog.findChild<QLineEdit*>(QStringLiteral("modelNameEdit"))->setText(QStringLiteral("user/mine:v1"));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("modelNameProblem"))->isHidden());
    QCOMPARE(dialog.hostUrl(), QStringLiteral("http://x"));
  }

  void createsAVisionModelFromThePageAndShowsIt() {
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    qputenv("OLLAMA_HOST", QByteArray::fromStdString(fake.url()));
    ModelfilePage page;
    QVERIFY(page.openFile(writeModelfile(QStringLiteral("Modelfile"),
                                         "FROM ./model.gguf\nFROM ./mmproj.gguf\nPARAMETER temperature 0.2\n")));
    page.findChild<QToolButton*>(QStringLiteral("createInOllamaButton"))->click();
    auto* dialog = page.findChild<CreateInOllamaDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->hostUrl(), QString::fromStdString(fake.url()));
    dialog->findChild<QLineEdit*>(QStringLiteral("modelNameEdit"))->setText(QStringLiteral("seer:v1"));
    QSignalSpy finished(dialog, &CreateInOllamaDialog::createFinished);
    dialog->findChild<QPushButton*>(QStringLiteral("createButton"))->click();
    QVERIFY(dialog->isRunning());
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(md::testing::jobBanner(*dialog)->kind(), Banner::Kind::Success);
    QVERIFY(md::testing::jobBanner(*dialog)->text().contains(QStringLiteral("seer:v1")));
    QVERIFY(md::testing::jobBanner(*dialog)->text().contains(QStringLiteral("vision")));
    QVERIFY(dialog->findChild<md::ui::Banner*>(QStringLiteral("visionBanner"))->isHidden());
    const QString log = md::testing::jobLog(*dialog)->toPlainText();
    QVERIFY2(log.contains(QStringLiteral("writing manifest")), qPrintable(log));
    QVERIFY(log.contains(QStringLiteral("success")));
    QVERIFY(modelExists(fake, "seer:v1"));

    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("showInModelsButton"))->isVisible());
    QSignalSpy show(&page, &ModelfilePage::showOllamaModelRequested);
    dialog->findChild<QPushButton*>(QStringLiteral("showInModelsButton"))->click();
    QCOMPARE(show.count(), 1);
    QCOMPARE(show.first().first().toString(), QStringLiteral("seer:v1"));
    qunsetenv("OLLAMA_HOST");
  }

  void warnsWhenTheProjectorDidNotBecomeVision() {
    md::testing::FakeOllama fake; // 0.12: reads only the first GGUF of a file
    QVERIFY(fake.start());
    CreateInOllamaDialog dialog(writeModelfile(QStringLiteral("joined.modelfile"), "FROM ./combined.gguf\n"),
                                QString::fromStdString(fake.url()));
    dialog.show();
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("modelNameEdit"))->text(), QStringLiteral("joined"));
    QSignalSpy finished(&dialog, &CreateInOllamaDialog::createFinished);
    dialog.findChild<QPushButton*>(QStringLiteral("createButton"))->click();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(dialog.findChild<md::ui::Banner*>(QStringLiteral("visionBanner"))->isVisible());
    QCOMPARE(dialog.findChild<md::ui::Banner*>(QStringLiteral("visionBanner"))->kind(), Banner::Kind::Warning);
    QVERIFY2(dialog.findChild<md::ui::Banner*>(QStringLiteral("visionBanner"))
                 ->text()
                 .contains(QStringLiteral("combined.gguf")),
             qPrintable(dialog.findChild<md::ui::Banner*>(QStringLiteral("visionBanner"))->text()));
    QVERIFY(dialog.findChild<md::ui::Banner*>(QStringLiteral("visionBanner"))
                ->text()
                .contains(QStringLiteral("no vision")));
  }

  void cancelStopsTheUploadAndCreatesNothing() {
    const auto big = dir() / "big.gguf";
    md::testing::tinyModel().write(big);
    QCOMPARE(::truncate(big.c_str(), off_t(512) << 20), 0);
    md::testing::FakeOllama fake;
    QVERIFY(fake.start());
    CreateInOllamaDialog dialog(writeModelfile(QStringLiteral("big.modelfile"), "FROM ./big.gguf\n"),
                                QString::fromStdString(fake.url()));
    dialog.show();
    QSignalSpy finished(&dialog, &CreateInOllamaDialog::createFinished);
    dialog.findChild<QPushButton*>(QStringLiteral("createButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(md::testing::jobProgress(dialog)->statusText().contains(QStringLiteral("big.gguf")),
                             20000);
    QVERIFY(md::testing::jobProgress(dialog)->cancelButton()->isEnabled());
    md::testing::jobProgress(dialog)->cancelButton()->click();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(md::testing::jobBanner(dialog)->kind(), Banner::Kind::Warning);
    QCOMPARE(md::testing::jobBanner(dialog)->text(), QStringLiteral("Cancelled. Nothing was created."));
    QVERIFY(!modelExists(fake, "big"));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled()); // the user can try again
  }

  void ollamaDownIsShownInTheBanner() {
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(md::testing::unusedLoopbackPort());
    CreateInOllamaDialog dialog(writeModelfile(QStringLiteral("x.modelfile"), "FROM ./model.gguf\n"), url);
    QSignalSpy finished(&dialog, &CreateInOllamaDialog::createFinished);
    dialog.findChild<QPushButton*>(QStringLiteral("createButton"))->click();
    QVERIFY(finished.wait(20000));
    QCOMPARE(md::testing::jobBanner(dialog)->kind(), Banner::Kind::Error);
    QVERIFY2(md::testing::jobBanner(dialog)->text().contains(QStringLiteral("Ollama is not running at ") + url),
             qPrintable(md::testing::jobBanner(dialog)->text()));
  }
};

QTEST_MAIN(CreateInOllamaTest)
#include "tst_create_in_ollama.moc"
