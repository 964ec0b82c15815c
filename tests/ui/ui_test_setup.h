#pragma once
// What a ui test sets up once, in initTestCase: the application as main()
// sets it up, its settings in a temporary folder instead of the user's, and
// the LanguageManager that pages and dialogs take; and, as the test needs,
// a HOME of its own (no store of this machine's Ollama is found), Ollama's
// address on a loopback port where nothing listens, QStandardPaths' test
// mode, and a first language. UiTestSession keeps the folder and the
// LanguageManager for the slots after initTestCase.

#include <QApplication>
#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

#include <filesystem>

#include "core/util/paths.h"

#include "tests/support/fake_ollama.h"
#include "ui/shell/application.h"
#include "ui/shell/language.h"

namespace md::testing {

struct UiTestSetup {
  bool ownHome = false;    // HOME is <folder>/home
  bool ollamaDown = false; // OLLAMA_HOST is 127.0.0.1:<a port where nothing listens>
  bool testPaths = false;  // QStandardPaths::setTestModeEnabled(true)
  QString language = {};   // switched to (not remembered) when not empty
};

// Sets up all of the above but the LanguageManager, with the settings in
// <folder>/settings (for tests whose widgets take no LanguageManager).
inline void setUpUiTestApplication(const QTemporaryDir& folder, const UiTestSetup& setup = {}) {
  if (setup.testPaths)
    QStandardPaths::setTestModeEnabled(true);
  md::ui::setUpApplication(*qApp);
  QSettings::setDefaultFormat(QSettings::IniFormat);
  QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.filePath(QStringLiteral("settings")));
  if (setup.ownHome)
    qputenv("HOME", folder.filePath(QStringLiteral("home")).toUtf8());
  if (setup.ollamaDown)
    qputenv("OLLAMA_HOST", QByteArray("127.0.0.1:") + QByteArray::number(unusedLoopbackPort()));
}

// Sets up all of the above; the returned LanguageManager belongs to `owner`
// (the test object).
inline md::ui::LanguageManager* setUpUiTest(QObject& owner, const QTemporaryDir& folder,
                                            const UiTestSetup& setup = {}) {
  setUpUiTestApplication(folder, setup);
  auto* language = new md::ui::LanguageManager(&owner);
  if (!setup.language.isEmpty())
    language->setLanguage(setup.language, false);
  return language;
}

// A ui test's folder (settings, HOME, the test's own files) and LanguageManager:
// start() in initTestCase, reset() in cleanup.
class UiTestSession {
public:
  // False when the temporary folder could not be made.
  bool start(QObject& owner, const UiTestSetup& setup = {}) {
    if (!folder_.isValid())
      return false;
    language_ = setUpUiTest(owner, folder_, setup);
    return true;
  }
  // English again, for the next test.
  void reset() { language_->setLanguage(QStringLiteral("en"), false); }

  md::ui::LanguageManager* language() const { return language_; }
  std::filesystem::path dir() const { return md::pathFromUtf8(folder_.path().toStdString()); }

private:
  QTemporaryDir folder_;
  md::ui::LanguageManager* language_ = nullptr;
};

} // namespace md::testing
