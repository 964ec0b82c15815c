// The Environment page moves the model store and writes the Ollama service's
// override, as a user does it, against a temporary HOME: the move with its
// progress and the delete question, a refused move, and the Linux service
// path through stand-ins for pkexec and systemctl.

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

#include "core/util/paths.h"
#include "tests/support/model_store_fixture.h"
#include "tests/support/temp_folder.h"
#include "tests/ui/env_page_testing.h"
#include "ui/env/environment_page.h"
#include "ui/shell/application.h"
#include "ui/shell/banner.h"
#include "ui/shell/progress_panel.h"

using namespace md::ui;
namespace fs = std::filesystem;

class EnvironmentStoreServiceTest : public QObject {
  Q_OBJECT

private:
  md::testing::EnvPageTestState state_;
  std::unique_ptr<md::testing::TempFolder>& temp_ = state_.temp;
  fs::path& home_ = state_.home;

private Q_SLOTS:
  void initTestCase() { state_.startApplication(); }

  void init() { state_.freshHome("env-store-service"); }

  void movesTheModelStoreWithProgressThenAsksToDeleteTheOldCopy() {
    const fs::path oldStore = home_ / ".ollama" / "models"; // the default
    const auto blobs = md::testing::writeSampleStore(oldStore, 1 << 20);
    const fs::path target = temp_->path() / "新 盘" / "models";
    auto page = md::testing::loadedEnvironmentPage();
    QString askedFrom, askedTo, askedDelete;
    page->setMovePrompt([&](const QString& from, const QString& to) {
      askedFrom = from;
      askedTo = to;
      return EnvironmentPage::MoveChoice::Move;
    });
    page->setDeletePrompt([&](const QString& folder) {
      askedDelete = folder;
      return true;
    });
    QSignalSpy moved(page.get(), &EnvironmentPage::moveFinished);
    QSignalSpy tracked(page->findChild<md::ui::ProgressPanel*>(QStringLiteral("envMoveProgress")),
                       &ProgressPanel::finished);
    page->applyValue(QStringLiteral("OLLAMA_MODELS"), md::testing::pathText(target));
    QVERIFY(moved.wait(30000));
    QCOMPARE(moved.first().first().toBool(), true);
    QCOMPARE(tracked.count(), 1); // the move ran in the progress panel
    QCOMPARE(askedFrom, md::testing::pathText(oldStore));
    QCOMPARE(askedTo, md::testing::pathText(target));
    QCOMPARE(askedDelete, md::testing::pathText(oldStore));
    for (const auto& name : blobs)
      QVERIFY(fs::exists(target / "blobs" / name));
    QVERIFY(fs::exists(target / "manifests/registry.ollama.ai/library/qwen2/latest"));
    QVERIFY(!fs::exists(oldStore / "manifests"));
    QVERIFY(md::testing::readText(state_.conf()).find("OLLAMA_MODELS=" + md::pathToUtf8(target)) != std::string::npos);
    QVERIFY(page->findChild<md::ui::Banner*>(QStringLiteral("envBanner"))
                ->text()
                .contains(QStringLiteral("Moved 2 models")));
    QVERIFY(page->findChild<md::ui::Banner*>(QStringLiteral("restartBanner"))
                ->text()
                .contains(QStringLiteral("OLLAMA_MODELS")));
  }

  void aRefusedMoveChangesNothing() {
    const fs::path oldStore = home_ / ".ollama" / "models";
    md::testing::writeSampleStore(oldStore);
    auto page = md::testing::loadedEnvironmentPage();
    page->setMovePrompt([](const QString&, const QString&) { return EnvironmentPage::MoveChoice::Move; });
    bool askedDelete = false;
    page->setDeletePrompt([&](const QString&) { return askedDelete = true; });
    QSignalSpy moved(page.get(), &EnvironmentPage::moveFinished);
    page->applyValue(QStringLiteral("OLLAMA_MODELS"), md::testing::pathText(oldStore / "blobs" / "inside"));
    QVERIFY(moved.wait(10000));
    QCOMPARE(moved.first().first().toBool(), false);
    QVERIFY(page->findChild<md::ui::Banner*>(QStringLiteral("envBanner"))
                ->text()
                .contains(QStringLiteral("inside the store")));
    QVERIFY(!askedDelete);
    QVERIFY(!fs::exists(state_.conf()));
  }

  // The Linux service path end to end, with stand-ins for pkexec (runs the
  // command without asking) and systemctl (records its arguments) first on
  // PATH, and the override file redirected into the temp folder.
  void serviceOverrideIsWrittenThroughPkexecWhenTheUserAgrees() {
    const fs::path override = temp_->path() / "etc" / "ollama.service.d" / "override.conf";
    md::testing::writeText(override, "[Service]\nEnvironment=\"OLLAMA_HOST=0.0.0.0\"\n");
    const fs::path systemctlLog = temp_->path() / "systemctl.log";
    installFakeAdminTools("exec \"$@\"\n", systemctlLog);
    qputenv("MODELDESK_OLLAMA_SERVICE_OVERRIDE", QByteArray::fromStdString(md::pathToUtf8(override)));
    auto page = md::testing::loadedEnvironmentPage();
    QVERIFY(md::testing::applyEnvValue(*page, QStringLiteral("OLLAMA_KEEP_ALIVE"), QStringLiteral("2h")));
    QString shownFile, shownContent;
    page->setServicePrompt([&](const QString& file, const QString& content) {
      shownFile = file;
      shownContent = content;
      return true;
    });
    page->applyToOllamaService();
    QTRY_VERIFY_WITH_TIMEOUT(
        page->findChild<md::ui::Banner*>(QStringLiteral("envBanner"))->text().contains(QStringLiteral("was restarted")),
        10000);
    const std::string expected =
        "[Service]\nEnvironment=\"OLLAMA_HOST=0.0.0.0\"\nEnvironment=\"OLLAMA_KEEP_ALIVE=2h\"\n";
    QCOMPARE(shownFile, md::testing::pathText(override));
    QCOMPARE(shownContent, QString::fromStdString(expected));
    QCOMPARE(md::testing::readText(override), expected);
    QCOMPARE(md::testing::readText(systemctlLog), std::string("daemon-reload\nrestart ollama\n"));
    QVERIFY(!page->findChild<md::ui::Banner*>(QStringLiteral("restartBanner"))->isVisibleTo(page.get()));
  }

  void aDismissedAdministratorPromptLeavesTheServiceFileAlone() {
    const fs::path override = temp_->path() / "etc" / "override.conf";
    const std::string before = "[Service]\nEnvironment=\"OLLAMA_HOST=0.0.0.0\"\n";
    md::testing::writeText(override, before);
    const fs::path systemctlLog = temp_->path() / "systemctl.log";
    installFakeAdminTools("exit 126\n", systemctlLog); // what pkexec returns when the prompt is dismissed
    qputenv("MODELDESK_OLLAMA_SERVICE_OVERRIDE", QByteArray::fromStdString(md::pathToUtf8(override)));
    auto page = md::testing::loadedEnvironmentPage();
    QVERIFY(md::testing::applyEnvValue(*page, QStringLiteral("OLLAMA_MODELS"),
                                       md::testing::pathText(temp_->path() / "models")));
    page->setServicePrompt([](const QString&, const QString&) { return true; });
    page->applyToOllamaService();
    QTRY_VERIFY_WITH_TIMEOUT(page->findChild<md::ui::Banner*>(QStringLiteral("envBanner"))
                                 ->text()
                                 .contains(QStringLiteral("was not written")),
                             10000);
    QCOMPARE(md::testing::readText(override), before);
    QVERIFY(!fs::exists(systemctlLog));
    // One banner at a time: the restart advice shows again once the error is dismissed.
    page->findChild<md::ui::Banner*>(QStringLiteral("envBanner"))
        ->findChild<QToolButton*>(QStringLiteral("bannerClose"))
        ->click();
    QVERIFY(page->findChild<md::ui::Banner*>(QStringLiteral("restartBanner"))
                ->isVisibleTo(page.get())); // Ollama still needs the restart
  }

  void cleanup() {
    qunsetenv("MODELDESK_OLLAMA_SERVICE_OVERRIDE");
    if (!savedPath_.isEmpty())
      qputenv("PATH", savedPath_);
    savedPath_.clear();
  }

private:
  QByteArray savedPath_;

  void installFakeAdminTools(const std::string& pkexecBody, const fs::path& systemctlLog) {
    const fs::path bin = temp_->path() / "fake-bin";
    md::testing::writeText(bin / "pkexec", "#!/bin/sh\n" + pkexecBody);
    md::testing::writeText(bin / "systemctl", "#!/bin/sh\necho \"$@\" >> '" + md::pathToUtf8(systemctlLog) + "'\n");
    for (const char* tool : {"pkexec", "systemctl"})
      fs::permissions(bin / tool, fs::perms::owner_all, fs::perm_options::replace);
    savedPath_ = qgetenv("PATH");
    qputenv("PATH", QByteArray::fromStdString(md::pathToUtf8(bin)) + ':' + savedPath_);
  }
};

QTEST_MAIN(EnvironmentStoreServiceTest)
#include "tst_environment_store_service.moc"
