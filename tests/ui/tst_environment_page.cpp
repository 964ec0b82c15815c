// The Environment page as a user drives it, against a temporary HOME: set a
// value and find it in the persisted files, undo, masked secrets with the
// reveal toggle, no secret in QSettings or any log, key checks against a
// local fake server, texts that follow a language switch, and what the
// Ollama app starts the server with. (Moving the store and the service
// override: tst_environment_store_service.)

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

#include "core/env/catalog.h"
#include "core/util/paths.h"
#include "tests/support/fake_key_server.h"
#include "tests/support/ollama_app_db.h"
#include "tests/support/temp_folder.h"
#include "tests/ui/env_page_testing.h"
#include "ui/env/env_texts.h"
#include "ui/env/env_variable_row.h"
#include "ui/env/environment_page.h"
#include "ui/shell/application.h"
#include "ui/shell/banner.h"
#include "ui/shell/language.h"

using namespace md::ui;
namespace fs = std::filesystem;

namespace {

const QString kWandbKey = QStringLiteral("wandbkey0123456789abcdef0123456789abcdef");
const QString kDashKey = QStringLiteral("sk-dashscope-0123456789abcdef");

QStringList& capturedLog() {
  static QStringList log;
  return log;
}

QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message) {
  capturedLog() << message;
  if (previousHandler != nullptr)
    previousHandler(type, context, message);
}

} // namespace

class EnvironmentPageTest : public QObject {
  Q_OBJECT

private:
  md::testing::EnvPageTestState state_;
  std::unique_ptr<md::testing::TempFolder>& temp_ = state_.temp;
  fs::path& home_ = state_.home;

  fs::path conf() const { return state_.conf(); }
  std::unique_ptr<EnvironmentPage> makePage() { return md::testing::loadedEnvironmentPage(); }
  bool change(EnvironmentPage& page, const QString& name, const QString& value) {
    return md::testing::applyEnvValue(page, name, value);
  }

private Q_SLOTS:
  void initTestCase() {
    state_.startApplication();
    // English as the app shows it: its catalogue holds the plural forms.
    (new md::ui::LanguageManager(this))->setLanguage(QStringLiteral("en"), false);
    previousHandler = qInstallMessageHandler(captureMessage);
  }

  void init() { state_.freshHome("env-page"); }

  void everyVariableHasARowAndATranslatablePurpose() {
    auto page = makePage();
    for (const auto& variable : md::env::catalog()) {
      const QString name = QString::fromStdString(variable.name);
      QVERIFY2(page->row(name) != nullptr, qPrintable(name));
      QVERIFY2(!variablePurpose(name).isEmpty(), qPrintable(name));
      QCOMPARE(page->row(name)->parentWidget() == page->findChild<QWidget*>(QStringLiteral("envAdvanced")),
               variable.advanced);
    }
    QCOMPARE(page->row(QStringLiteral("OLLAMA_MODELS"))->state().defaultValue,
             md::pathToUtf8(home_ / ".ollama" / "models"));
    QVERIFY(page->row(QStringLiteral("OLLAMA_MODELS"))
                ->findChild<QPushButton*>(QStringLiteral("browse"))
                ->isVisibleTo(page.get()));
    QVERIFY(!page->row(QStringLiteral("OLLAMA_HOST"))
                 ->findChild<QPushButton*>(QStringLiteral("browse"))
                 ->isVisibleTo(page.get()));
    QVERIFY(page->row(QStringLiteral("WANDB_API_KEY"))
                ->findChild<QPushButton*>(QStringLiteral("checkKey"))
                ->isVisibleTo(page.get()));
    // Folder sizes are measured in the background.
    md::testing::writeText(home_ / ".cache" / "huggingface" / "hub" / "x.bin", std::string(3000, 'x'));
    auto measured = makePage();
    QTRY_VERIFY(measured->row(QStringLiteral("HF_HOME"))
                    ->findChild<QLabel*>(QStringLiteral("size"))
                    ->text()
                    .endsWith(QStringLiteral(" in 1 file")));
  }

  void setPersistsTheValueAndUndoRestoresTheFiles() {
    md::testing::writeText(home_ / ".profile", "# my profile\n");
    auto page = makePage();
    const QString hf = md::testing::pathText(home_ / "hf 缓存");
    QVERIFY(change(*page, QStringLiteral("HF_HOME"), hf));
    QCOMPARE(QString::fromStdString(md::testing::readText(conf())),
             QStringLiteral("# Written by ModelDesk (environment.d, read at login by the desktop session).\n"
                            "HF_HOME=%1\n")
                 .arg(hf));
    const std::string profile = md::testing::readText(home_ / ".profile");
    QVERIFY(profile.rfind("# my profile\n", 0) == 0);
    QVERIFY(profile.find("export HF_HOME='" + md::pathToUtf8(home_ / "hf 缓存") + "'") != std::string::npos);
    EnvVariableRow* row = page->row(QStringLiteral("HF_HOME"));
    QCOMPARE(row->findChild<QLabel*>(QStringLiteral("state"))->text(),
             QStringLiteral("Saved: programs started after your next login use it"));
    QCOMPARE(page->findChild<QListWidget*>(QStringLiteral("envHistory"))->count(), 1);
    QVERIFY(page->findChild<QListWidget*>(QStringLiteral("envHistory"))
                ->item(0)
                ->text()
                .contains(QStringLiteral("Set HF_HOME: (not set) → ") + hf));
    QVERIFY(!page->findChild<md::ui::Banner*>(QStringLiteral("restartBanner"))
                 ->isVisibleTo(page.get())); // HF_HOME is not Ollama's

    QVERIFY(!change(*page, QStringLiteral("OLLAMA_HOST"), QStringLiteral("host:notaport")));
    QVERIFY(page->row(QStringLiteral("OLLAMA_HOST"))
                ->findChild<QLabel*>(QStringLiteral("error"))
                ->text()
                .contains(QStringLiteral("OLLAMA_HOST"))); // beside the field, not in the banner
    QVERIFY(
        !page->findChild<md::ui::Banner*>(QStringLiteral("envBanner"))->text().contains(QStringLiteral("OLLAMA_HOST")));
    QVERIFY(change(*page, QStringLiteral("OLLAMA_KEEP_ALIVE"), QStringLiteral("1h")));
    QVERIFY(page->findChild<md::ui::Banner*>(QStringLiteral("restartBanner"))->isVisibleTo(page.get()));
    QVERIFY(page->findChild<md::ui::Banner*>(QStringLiteral("restartBanner"))
                ->text()
                .contains(QStringLiteral("OLLAMA_KEEP_ALIVE")));

    QSignalSpy done(page.get(), &EnvironmentPage::changeFinished);
    page->findChild<QPushButton*>(QStringLiteral("envUndo"))->click();
    QVERIFY(done.wait(10000));
    page->findChild<QPushButton*>(QStringLiteral("envUndo"))->click();
    QVERIFY(done.wait(10000));
    QVERIFY(!fs::exists(conf()));
    QCOMPARE(md::testing::readText(home_ / ".profile"), std::string("# my profile\n"));
    // Undone changes stay in the history, marked, for Redo; the restart
    // banner no longer lists OLLAMA_KEEP_ALIVE, which is back as it was.
    auto* history = page->findChild<QListWidget*>(QStringLiteral("envHistory"));
    QTRY_VERIFY(history->count() == 2 && history->item(0)->text().endsWith(QStringLiteral("undone")) &&
                history->item(1)->text().endsWith(QStringLiteral("undone")));
    QVERIFY(!page->findChild<md::ui::Banner*>(QStringLiteral("restartBanner"))->isVisibleTo(page.get()));
  }

  void aValueOnlyInThisSessionIsSaidToBeUnsaved() {
    qputenv("OLLAMA_KEEP_ALIVE", "10m");
    auto page = makePage();
    QCOMPARE(page->row(QStringLiteral("OLLAMA_KEEP_ALIVE"))->findChild<QLabel*>(QStringLiteral("state"))->text(),
             QStringLiteral("Set only in this session, not saved"));
    qputenv("HF_HOME", "/tmp/hf");
    QCOMPARE(makePage()->row(QStringLiteral("HF_HOME"))->findChild<QLabel*>(QStringLiteral("state"))->text(),
             QStringLiteral("Set only in this session, not saved"));
    QVERIFY(change(*page, QStringLiteral("OLLAMA_KEEP_ALIVE"), QStringLiteral("1h")));
    QCOMPARE(page->row(QStringLiteral("OLLAMA_KEEP_ALIVE"))->findChild<QLabel*>(QStringLiteral("state"))->text(),
             QStringLiteral("Saved: Ollama uses it after a restart"));
  }

  void secretsAreMaskedWithARevealToggle() {
    auto page = makePage();
    QVERIFY(change(*page, QStringLiteral("WANDB_API_KEY"), kWandbKey));
    EnvVariableRow* row = page->row(QStringLiteral("WANDB_API_KEY"));
    QCOMPARE(row->findChild<QLineEdit*>(QStringLiteral("value"))->echoMode(), QLineEdit::Password);
    QVERIFY(!row->findChild<QLineEdit*>(QStringLiteral("value"))->displayText().contains(kWandbKey));
    row->findChild<QToolButton*>(QStringLiteral("reveal"))->click();
    QCOMPARE(row->findChild<QLineEdit*>(QStringLiteral("value"))->echoMode(), QLineEdit::Normal);
    QCOMPARE(row->findChild<QLineEdit*>(QStringLiteral("value"))->displayText(), kWandbKey);
    row->findChild<QToolButton*>(QStringLiteral("reveal"))->click();
    QCOMPARE(row->findChild<QLineEdit*>(QStringLiteral("value"))->echoMode(), QLineEdit::Password);
    QVERIFY(!row->findChild<QLabel*>(QStringLiteral("state"))->text().contains(kWandbKey));
    QVERIFY(!page->findChild<QListWidget*>(QStringLiteral("envHistory"))->item(0)->text().contains(kWandbKey));
    QVERIFY(page->findChild<QListWidget*>(QStringLiteral("envHistory"))
                ->item(0)
                ->text()
                .contains(QStringLiteral("********")));
    QVERIFY(!page->findChild<md::ui::Banner*>(QStringLiteral("envBanner"))->text().contains(kWandbKey));
  }

  void keyChecksAgainstALocalServer() {
    md::testing::FakeKeyServer server({kDashKey.toStdString(), kWandbKey.toStdString(), "tester"});
    QVERIFY(server.start());
    auto page = makePage();
    md::env::KeyCheckEndpoints endpoints;
    endpoints.dashscopeBases = {server.url()};
    endpoints.wandbBase = server.url();
    endpoints.timeout = std::chrono::milliseconds(5000);
    page->setKeyCheckEndpoints(endpoints);
    QSignalSpy checked(page.get(), &EnvironmentPage::keyChecked);

    page->checkKey(QStringLiteral("WANDB_API_KEY"), kWandbKey);
    QVERIFY(checked.wait(10000));
    QCOMPARE(checked.last().at(1).toBool(), true);
    QVERIFY(page->row(QStringLiteral("WANDB_API_KEY"))
                ->findChild<QLabel*>(QStringLiteral("keyResult"))
                ->text()
                .contains(QStringLiteral("tester")));
    page->checkKey(QStringLiteral("DASHSCOPE_API_KEY"), kDashKey);
    QVERIFY(checked.wait(10000));
    QCOMPARE(checked.last().at(1).toBool(), true);
    page->checkKey(QStringLiteral("DASHSCOPE_API_KEY"), QStringLiteral("sk-wrong-0123456789"));
    QVERIFY(checked.wait(10000));
    QCOMPARE(checked.last().at(1).toBool(), false);
    QVERIFY(page->row(QStringLiteral("DASHSCOPE_API_KEY"))
                ->findChild<QLabel*>(QStringLiteral("keyResult"))
                ->text()
                .contains(QStringLiteral("rejected")));

    server.stop();
    page->checkKey(QStringLiteral("WANDB_API_KEY"), kWandbKey);
    QVERIFY(checked.wait(15000));
    QCOMPARE(checked.last().at(1).toBool(), false);
    const QString down =
        page->row(QStringLiteral("WANDB_API_KEY"))->findChild<QLabel*>(QStringLiteral("keyResult"))->text();
    QVERIFY2(down.startsWith(QStringLiteral("W&B could not be reached: ")), qPrintable(down));
    QVERIFY(!down.contains(kWandbKey));

    // The verdict is said again in the new language on a switch, cause and all.
    QLabel* verdict = page->row(QStringLiteral("WANDB_API_KEY"))->findChild<QLabel*>(QStringLiteral("keyResult"));
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/modeldesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    QTRY_VERIFY2(verdict->text().startsWith(QStringLiteral("无法连接 W&B：")), qPrintable(verdict->text()));
    QVERIFY2(!verdict->text().contains(QStringLiteral("could not")), qPrintable(verdict->text()));
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(verdict->text(), down);
  }

  // A language switch says a measured folder size again in the new language,
  // without measuring again.
  void folderSizeFollowsALanguageSwitch() {
    const fs::path store = home_ / ".ollama" / "models";
    md::testing::writeText(store / "blobs" / "sha256-1", std::string(2048, 'x'));
    md::testing::writeText(store / "blobs" / "sha256-2", std::string(2048, 'y'));
    auto page = makePage();
    page->show();
    QLabel* size = page->row(QStringLiteral("OLLAMA_MODELS"))->findChild<QLabel*>(QStringLiteral("size"));
    QTRY_VERIFY_WITH_TIMEOUT(size->text().endsWith(QStringLiteral(" in 2 files")), 10000);
    const QString english = size->text();
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/modeldesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    QTRY_VERIFY2(size->text().endsWith(QStringLiteral("，共 2 个文件")), qPrintable(size->text()));
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(size->text(), english);
  }

  // A store that does not exist yet is measured once it appears (Ollama
  // makes it on the first pull), without showing the page again.
  void aFolderThatAppearsIsMeasured() {
    auto page = makePage();
    page->show();
    QLabel* size = page->row(QStringLiteral("OLLAMA_MODELS"))->findChild<QLabel*>(QStringLiteral("size"));
    QTRY_COMPARE_WITH_TIMEOUT(size->text(), QStringLiteral("The folder does not exist yet"), 10000);
    md::testing::writeText(home_ / ".ollama" / "models" / "blobs" / "sha256-1", std::string(1024, 'x'));
    QTRY_VERIFY_WITH_TIMEOUT(size->text().endsWith(QStringLiteral(" in 1 file")), 15000);
  }

  void noSecretInSettingsOrLogs() {
    capturedLog().clear();
    md::testing::FakeKeyServer server({kDashKey.toStdString(), kWandbKey.toStdString(), "tester"});
    QVERIFY(server.start());
    auto page = makePage();
    md::env::KeyCheckEndpoints endpoints;
    endpoints.dashscopeBases = {server.url()};
    endpoints.wandbBase = server.url();
    page->setKeyCheckEndpoints(endpoints);
    QVERIFY(change(*page, QStringLiteral("WANDB_API_KEY"), kWandbKey));
    QVERIFY(change(*page, QStringLiteral("DASHSCOPE_API_KEY"), kDashKey));
    QVERIFY(!change(*page, QStringLiteral("WANDB_API_KEY"), kWandbKey + QStringLiteral(" extra")));
    const QString refusal =
        page->row(QStringLiteral("WANDB_API_KEY"))->findChild<QLabel*>(QStringLiteral("error"))->text();
    QVERIFY2(refusal.contains(QStringLiteral("WANDB_API_KEY")), qPrintable(refusal));
    QVERIFY(!refusal.contains(kWandbKey.left(16)));
    page->row(QStringLiteral("WANDB_API_KEY"))->findChild<QToolButton*>(QStringLiteral("reveal"))->click();
    page->findChild<QToolButton*>(QStringLiteral("envAdvancedToggle"))->click(); // writes a preference
    QSignalSpy checked(page.get(), &EnvironmentPage::keyChecked);
    page->checkKey(QStringLiteral("WANDB_API_KEY"), kWandbKey);
    QVERIFY(checked.wait(10000));
    QSignalSpy done(page.get(), &EnvironmentPage::changeFinished);
    page->undoLast();
    QVERIFY(done.wait(10000));
    page.reset();

    QSettings settings;
    settings.sync();
    QVERIFY(settings.contains(QStringLiteral("environment/advancedExpanded")));
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    const QString log = capturedLog().join(QLatin1Char('\n'));
    for (const QString& secret : {kWandbKey, kDashKey}) {
      QVERIFY(!stored.contains(secret.toUtf8()));
      QVERIFY2(!log.contains(secret), qPrintable(log));
      QVERIFY(!log.contains(secret.left(16)));
    }
  }

  // The Ollama desktop app's own settings win over the saved variables: each
  // row says what the app starts the server with, and from which setting.
  void showsWhatTheOllamaAppStartsTheServerWith() {
    {
      md::testing::OllamaAppDatabase app(home_ / ".ollama" / "db.sqlite");
      QCOMPARE(QString::fromStdString(app.exec("UPDATE settings SET expose = 1, context_length = 8192")), QString());
    }
    auto page = makePage();
    QLabel* host = page->row(QStringLiteral("OLLAMA_HOST"))->findChild<QLabel*>(QStringLiteral("appOverride"));
    QTRY_VERIFY(!host->isHidden());
    QVERIFY2(host->text().contains(QStringLiteral("OLLAMA_HOST=0.0.0.0")), qPrintable(host->text()));
    QVERIFY2(host->text().contains(QStringLiteral("“expose”")), qPrintable(host->text()));
    QVERIFY(host->text().contains(md::testing::pathText(home_ / ".ollama" / "db.sqlite")));
    QLabel* context =
        page->row(QStringLiteral("OLLAMA_CONTEXT_LENGTH"))->findChild<QLabel*>(QStringLiteral("appOverride"));
    QVERIFY(context->text().contains(QStringLiteral("OLLAMA_CONTEXT_LENGTH=8192")));
    QVERIFY(page->row(QStringLiteral("OLLAMA_MODELS"))->findChild<QLabel*>(QStringLiteral("appOverride"))->isHidden());

    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/modeldesk_zh_CN.qm")));
    QSignalSpy loaded(page.get(), &EnvironmentPage::reloaded);
    QCoreApplication::installTranslator(&translator); // the page retranslates and reloads
    QVERIFY(loaded.wait(5000));
    const QString chinese = host->text();
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(chinese.contains(QStringLiteral("Ollama 应用启动服务器时使用 OLLAMA_HOST=0.0.0.0")), qPrintable(chinese));
  }
};

QTEST_MAIN(EnvironmentPageTest)
#include "tst_environment_page.moc"
