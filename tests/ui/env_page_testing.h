#pragma once
// The Environment page's tests share these: a clean temporary HOME, a page
// whose first load has finished, and a value applied as a user applies it.

#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <filesystem>
#include <memory>

#include "core/env/catalog.h"
#include "core/util/paths.h"
#include "tests/support/temp_folder.h"
#include "ui/env/env_variable_row.h"
#include "ui/env/environment_page.h"
#include "ui/shell/application.h"

namespace md::testing {

// HOME is `home`, the XDG folders default under it, and none of the
// catalog's variables is inherited from whoever runs the tests.
inline void useCleanHome(const std::filesystem::path& home) {
  qputenv("HOME", QByteArray::fromStdString(md::pathToUtf8(home)));
  for (const char* name : {"XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"})
    qunsetenv(name);
  for (const auto& variable : md::env::catalog())
    qunsetenv(variable.name.c_str());
}

inline std::filesystem::path environmentConf(const std::filesystem::path& home) {
  return home / ".config" / "environment.d" / "60-modeldesk.conf";
}

// What every Environment page test starts from: the application set up once
// (startApplication, in initTestCase) with its settings in a temporary
// folder, and a fresh HOME for each test (freshHome, in init).
struct EnvPageTestState {
  QTemporaryDir settingsDir;
  std::unique_ptr<TempFolder> temp;
  std::filesystem::path home;

  void startApplication() {
    md::ui::setUpApplication(*qApp);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
  }
  void freshHome(const std::string& tag) {
    temp = std::make_unique<TempFolder>(tag);
    home = temp->home();
    useCleanHome(home);
  }
  std::filesystem::path conf() const { return environmentConf(home); }
};

// A path as the page shows it.
inline QString pathText(const std::filesystem::path& path) {
  return QString::fromStdString(md::pathToUtf8(path));
}

inline std::unique_ptr<md::ui::EnvironmentPage> loadedEnvironmentPage() {
  auto page = std::make_unique<md::ui::EnvironmentPage>();
  QSignalSpy loaded(page.get(), &md::ui::EnvironmentPage::reloaded);
  if (loaded.isEmpty())
    loaded.wait(5000);
  return page;
}

// Applies a value and waits for the page to reload; true when it was saved.
inline bool applyEnvValue(md::ui::EnvironmentPage& page, const QString& name, const QString& value) {
  QSignalSpy done(&page, &md::ui::EnvironmentPage::changeFinished);
  QSignalSpy loaded(&page, &md::ui::EnvironmentPage::reloaded);
  if (auto* edit = page.row(name)->findChild<QLineEdit*>(QStringLiteral("value")))
    edit->setText(value);
  page.applyValue(name, value);
  if (!done.wait(10000))
    return false;
  const bool ok = done.first().first().toBool();
  if (ok && loaded.isEmpty())
    loaded.wait(5000); // a change reloads the page
  return ok;
}

} // namespace md::testing
