// The Environment page, issue 22 items 4, 5, 6 and 8, in English and in
// zh_CN: an editor per type (check box, combo box, spin box with the range,
// line edit), a value's problem under its field and cleared with it, one
// state per variable, folder sizes that follow the disk, and the History
// tab (empty state, local time in the UI language, undo of any change that
// does not conflict, redo).

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

#include "core/env/history.h"
#include "tests/support/temp_folder.h"
#include "tests/ui/env_page_testing.h"
#include "ui/env/env_variable_row.h"
#include "ui/env/environment_page.h"
#include "ui/shell/application.h"
#include "ui/shell/banner.h"

using namespace md::ui;
namespace fs = std::filesystem;

namespace {

bool hasChinese(const QString& text) {
  return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

template <typename T> T* in(EnvironmentPage& page, const char* row, const char* name) {
  return page.row(QString::fromLatin1(row))->findChild<T*>(QString::fromLatin1(name));
}

QString text(EnvironmentPage& page, const char* row, const char* label) {
  return in<QLabel>(page, row, label)->text();
}

} // namespace

class EnvironmentChecksTest : public QObject {
  Q_OBJECT

private:
  md::testing::EnvPageTestState state_;
  std::unique_ptr<md::testing::TempFolder>& temp_ = state_.temp;
  fs::path& home_ = state_.home;
  QTranslator translator_;
  bool chinese_ = false;

  std::string conf() const { return md::testing::readText(md::testing::environmentConf(home_)); }
  QListWidget* history(EnvironmentPage& page) { return page.findChild<QListWidget*>(QStringLiteral("envHistory")); }

  // Clicks a history button and waits for the page to settle.
  bool click(EnvironmentPage& page, const char* button) {
    QSignalSpy done(&page, &EnvironmentPage::changeFinished);
    QSignalSpy loaded(&page, &EnvironmentPage::reloaded);
    page.findChild<QPushButton*>(QString::fromLatin1(button))->click();
    if (!done.wait(10000))
      return false;
    const bool ok = done.first().first().toBool();
    if (ok && loaded.isEmpty())
      loaded.wait(5000);
    return ok;
  }

  void selectChange(EnvironmentPage& page, std::uint64_t id) {
    QListWidget* list = history(page);
    for (int i = 0; i < list->count(); ++i)
      if (list->item(i)->text().startsWith(QStringLiteral("#%1 ").arg(id)))
        list->setCurrentRow(i);
  }

private Q_SLOTS:
  void initTestCase_data() {
    QTest::addColumn<bool>("chinese");
    QTest::newRow("en") << false;
    QTest::newRow("zh_CN") << true;
  }

  void initTestCase() {
    state_.startApplication();
    QVERIFY(translator_.load(QStringLiteral(":/i18n/modeldesk_zh_CN.qm")));
  }

  void init() {
    QFETCH_GLOBAL(bool, chinese);
    chinese_ = chinese;
    state_.freshHome("env-checks");
    QLocale::setDefault(QLocale(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en_US")));
    if (chinese)
      QCoreApplication::installTranslator(&translator_);
  }

  void cleanup() {
    QCoreApplication::removeTranslator(&translator_);
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
  }

  // Booleans are a check box, choices a combo box, numbers a spin box with
  // the catalog's range; the rest a line edit. Each writes what Ollama reads.
  void eachTypeHasItsEditor() {
    auto page = md::testing::loadedEnvironmentPage();
    for (const auto& variable : md::env::catalog()) {
      EnvVariableRow* row = page->row(QString::fromStdString(variable.name));
      const bool line = row->findChild<QLineEdit*>(QStringLiteral("value")) != nullptr;
      QCOMPARE(row->findChild<QCheckBox*>(QStringLiteral("valueCheck")) != nullptr,
               variable.kind == md::env::VarKind::Bool);
      QCOMPARE(row->findChild<QComboBox*>(QStringLiteral("valueChoice")) != nullptr,
               variable.kind == md::env::VarKind::Enum);
      auto* spin = row->findChild<QSpinBox*>(QStringLiteral("valueNumber"));
      QCOMPARE(spin != nullptr, variable.kind == md::env::VarKind::Number);
      if (spin != nullptr) {
        QCOMPARE(static_cast<std::uint64_t>(spin->minimum()), variable.minimum);
        QCOMPARE(static_cast<std::uint64_t>(spin->maximum()), variable.maximum);
      }
      QCOMPARE(line, variable.kind != md::env::VarKind::Bool && variable.kind != md::env::VarKind::Enum &&
                         variable.kind != md::env::VarKind::Number);
    }
    auto* cache = in<QComboBox>(*page, "OLLAMA_KV_CACHE_TYPE", "valueChoice");
    QCOMPARE(cache->count(), 3);
    QCOMPARE(cache->currentText(), QStringLiteral("f16")); // the default
    QCOMPARE(cache->findText(QStringLiteral("q5_1")), -1);
    // Ollama picks the context length by VRAM: 0 is "automatic", and the
    // default says how it is chosen instead of claiming 4096.
    auto* context = in<QSpinBox>(*page, "OLLAMA_CONTEXT_LENGTH", "valueNumber");
    QCOMPARE(context->value(), 0);
    QVERIFY(!context->specialValueText().isEmpty());
    const QString contextDefault = text(*page, "OLLAMA_CONTEXT_LENGTH", "default");
    QVERIFY2(contextDefault.contains(QStringLiteral("262144")), qPrintable(contextDefault));
    QVERIFY2(!contextDefault.endsWith(QStringLiteral("4096")), qPrintable(contextDefault));
    if (chinese_)
      QVERIFY2(hasChinese(contextDefault), qPrintable(contextDefault));

    in<QCheckBox>(*page, "OLLAMA_FLASH_ATTENTION", "valueCheck")->click();
    in<QComboBox>(*page, "OLLAMA_KV_CACHE_TYPE", "valueChoice")
        ->setCurrentIndex(cache->findText(QStringLiteral("q8_0")));
    in<QSpinBox>(*page, "OLLAMA_NUM_PARALLEL", "valueNumber")->setValue(4);
    for (const char* name : {"OLLAMA_FLASH_ATTENTION", "OLLAMA_KV_CACHE_TYPE", "OLLAMA_NUM_PARALLEL"}) {
      QSignalSpy done(page.get(), &EnvironmentPage::changeFinished);
      auto* apply = in<QPushButton>(*page, name, "apply");
      QVERIFY2(apply->isEnabled(), name);
      apply->click();
      QVERIFY(done.wait(10000));
      QVERIFY2(done.first().first().toBool(), name);
    }
    const std::string written = conf();
    for (const char* line : {"OLLAMA_FLASH_ATTENTION=true\n", "OLLAMA_KV_CACHE_TYPE=q8_0\n", "OLLAMA_NUM_PARALLEL=4\n"})
      QVERIFY2(written.find(line) != std::string::npos, written.c_str());
  }

  // A problem is said under its field as it is typed (a path's when it is
  // applied), never in the page's banner, and goes when the field is cleared.
  void problemsShowUnderTheFieldAndClearWithIt() {
    auto page = md::testing::loadedEnvironmentPage();
    page->show();
    auto* keepAlive = in<QLineEdit>(*page, "OLLAMA_KEEP_ALIVE", "value");
    QTest::keyClicks(keepAlive, QStringLiteral("soon"));
    QLabel* error = in<QLabel>(*page, "OLLAMA_KEEP_ALIVE", "error");
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().startsWith(QStringLiteral("OLLAMA_KEEP_ALIVE")), qPrintable(error->text()));
    QCOMPARE(hasChinese(error->text()), chinese_);
    QVERIFY(!in<QPushButton>(*page, "OLLAMA_KEEP_ALIVE", "apply")->isEnabled());
    keepAlive->selectAll();
    QTest::keyClick(keepAlive, Qt::Key_Backspace);
    QVERIFY(error->isHidden());

    auto* hf = in<QLineEdit>(*page, "HF_HOME", "value");
    QTest::keyClicks(hf, QStringLiteral("relative/hf"));
    QVERIFY(in<QLabel>(*page, "HF_HOME", "error")->isHidden()); // a path is checked when applied
    QSignalSpy done(page.get(), &EnvironmentPage::changeFinished);
    in<QPushButton>(*page, "HF_HOME", "apply")->click();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().first().toBool(), false);
    QLabel* pathError = in<QLabel>(*page, "HF_HOME", "error");
    QVERIFY(!pathError->isHidden());
    QVERIFY2(pathError->text().startsWith(QStringLiteral("HF_HOME")), qPrintable(pathError->text()));
    QVERIFY(page->findChild<Banner*>(QStringLiteral("envBanner"))->text().isEmpty());
    hf->selectAll();
    QTest::keyClick(hf, Qt::Key_Backspace);
    QVERIFY(pathError->isHidden());
    QVERIFY(!fs::exists(md::testing::environmentConf(home_)));
  }

  // A value written by hand (or by an older version) that Ollama would not
  // read is said under its field.
  void aSavedValueOllamaWouldNotReadIsFlagged() {
    md::testing::writeText(md::testing::environmentConf(home_), "OLLAMA_KV_CACHE_TYPE=q5_1\n");
    auto page = md::testing::loadedEnvironmentPage();
    const QString error = text(*page, "OLLAMA_KV_CACHE_TYPE", "error");
    QVERIFY2(error.contains(QStringLiteral("f16, q8_0, q4_0")), qPrintable(error));
    QCOMPARE(hasChinese(error), chinese_);
  }

  // One state per variable: saved but not in this session is not also said
  // to be "in effect here".
  void oneStatePerVariable() {
    auto page = md::testing::loadedEnvironmentPage();
    const QString before = text(*page, "HF_HOME", "state");
    QVERIFY(md::testing::applyEnvValue(*page, QStringLiteral("HF_HOME"),
                                       QString::fromStdString(md::pathToUtf8(home_ / "hf"))));
    const QString saved = text(*page, "HF_HOME", "state");
    QVERIFY(saved != before);
    QCOMPARE(hasChinese(saved), chinese_);
    const QString facts = text(*page, "HF_HOME", "default");
    QVERIFY2(!facts.contains(QString::fromStdString(md::pathToUtf8(home_ / "hf"))), qPrintable(facts));
    QVERIFY(!saved.contains(QStringLiteral("·")));
    if (!chinese_) {
      QCOMPARE(before, QStringLiteral("Not set: the default applies"));
      QCOMPARE(saved, QStringLiteral("Saved: programs started after your next login use it"));
    }
  }

  // The OLLAMA_MODELS size follows the disk: a new blob (a create or pull)
  // is counted without a restart, and showing the page measures again.
  void folderSizesFollowTheDisk() {
    const fs::path store = home_ / ".ollama" / "models";
    fs::create_directories(store / "blobs");
    fs::create_directories(store / "manifests");
    auto page = md::testing::loadedEnvironmentPage();
    page->show();
    QLabel* size = in<QLabel>(*page, "OLLAMA_MODELS", "size");
    QTRY_VERIFY_WITH_TIMEOUT(
        !size->text().isEmpty() && !in<QWidget>(*page, "OLLAMA_MODELS", "cancelSize")->isVisibleTo(page.get()), 5000);
    const QString empty = size->text();
    md::testing::writeText(store / "blobs" / "sha256-1", std::string(4096, 'x'));
    QTRY_VERIFY_WITH_TIMEOUT(size->text() != empty && size->text().contains(QStringLiteral("1")), 10000);
    const QString one = size->text();
    page->hide();
    md::testing::writeText(store / "manifests" / "registry.ollama.ai" / "library" / "m" / "latest", "{}");
    page->show();
    QTRY_VERIFY_WITH_TIMEOUT(size->text() != one && size->text().contains(QStringLiteral("2")), 10000);
  }

  void historyEmptyStateLocalTimeUndoAnyAndRedo() {
    auto page = md::testing::loadedEnvironmentPage();
    auto* empty = page->findChild<QLabel*>(QStringLiteral("envHistoryEmpty"));
    QVERIFY(!empty->isHidden());
    QVERIFY(history(*page)->isHidden());
    QVERIFY(empty->text().size() > 40);
    QCOMPARE(hasChinese(empty->text()), chinese_);

    const QString a = QString::fromStdString(md::pathToUtf8(home_ / "a"));
    QVERIFY(md::testing::applyEnvValue(*page, QStringLiteral("HF_HOME"), a));                              // #1
    QVERIFY(md::testing::applyEnvValue(*page, QStringLiteral("OLLAMA_KEEP_ALIVE"), QStringLiteral("1h"))); // #2
    QVERIFY(md::testing::applyEnvValue(*page, QStringLiteral("HF_HOME"), a + QStringLiteral("b")));        // #3
    QVERIFY(empty->isHidden());
    QCOMPARE(history(*page)->count(), 3);

    // Local time in the UI language's format.
    auto entries = md::env::ChangeHistory(home_ / ".local" / "state" / "modeldesk" / "env-history").entries();
    QVERIFY(entries.ok() && entries->size() == 3);
    const QDateTime utc = QDateTime::fromString(QString::fromStdString(entries->front().time), Qt::ISODate);
    QVERIFY(utc.isValid());
    const QString local = QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
    QVERIFY2(history(*page)->item(2)->text().contains(local), qPrintable(history(*page)->item(2)->text()));

    // #1 cannot be undone: #3 changed HF_HOME later. Said under the list; nothing written.
    const std::string before = conf();
    selectChange(*page, 1);
    QVERIFY(!click(*page, "envUndo"));
    auto* message = page->findChild<QLabel*>(QStringLiteral("envHistoryMessage"));
    QVERIFY(!message->isHidden());
    QVERIFY2(message->text().contains(QStringLiteral("#3")), qPrintable(message->text()));
    QCOMPARE(hasChinese(message->text()), chinese_);
    QCOMPARE(conf(), before);

    // #2 is not the newest, and can be undone; the restart banner forgets it.
    // One banner per page: the restart advice may sit under the last change's
    // message, so its text says what it holds.
    auto* restart = page->findChild<Banner*>(QStringLiteral("restartBanner"));
    QVERIFY2(restart->text().contains(QStringLiteral("OLLAMA_KEEP_ALIVE")), qPrintable(restart->text()));
    selectChange(*page, 2);
    QVERIFY(message->isHidden());
    QVERIFY(click(*page, "envUndo"));
    QVERIFY(conf().find("OLLAMA_KEEP_ALIVE") == std::string::npos);
    QVERIFY(conf().find("HF_HOME=" + md::pathToUtf8(home_ / "ab")) != std::string::npos);
    QVERIFY(restart->isHidden());
    QVERIFY2(!restart->text().contains(QStringLiteral("OLLAMA_KEEP_ALIVE")), qPrintable(restart->text()));
    selectChange(*page, 2);
    QVERIFY(history(*page)->currentItem()->font().strikeOut());
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("envUndo"))->isEnabled());
    QVERIFY(page->findChild<QPushButton*>(QStringLiteral("envRedo"))->isEnabled());

    QVERIFY(click(*page, "envRedo"));
    QVERIFY(conf().find("OLLAMA_KEEP_ALIVE=1h") != std::string::npos);
    QVERIFY(restart->text().contains(QStringLiteral("OLLAMA_KEEP_ALIVE")));
    // The restart advice is news again, so it is the banner shown.
    QVERIFY(restart->isVisibleTo(page.get()));
  }
};

QTEST_MAIN(EnvironmentChecksTest)
#include "tst_environment_checks.moc"
