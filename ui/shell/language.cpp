#include "ui/shell/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace md {
namespace ui {

namespace {
const QString kSettingsKey = QStringLiteral("ui/language");

QString systemLanguage() {
  const QLocale locale = QLocale::system();
  if (locale.language() == QLocale::Chinese)
    return QStringLiteral("zh_CN");
  return QStringLiteral("en");
}
} // namespace

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

QStringList LanguageManager::availableLanguages() {
  return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString LanguageManager::nativeName(const QString& code) {
  if (code == QStringLiteral("zh_CN"))
    return QStringLiteral("简体中文");
  return QStringLiteral("English");
}

void LanguageManager::applySaved() {
  chosen_ = QSettings().value(kSettingsKey).toString();
  if (!availableLanguages().contains(chosen_))
    chosen_.clear();
  install(chosen_.isEmpty() ? systemLanguage() : chosen_);
}

void LanguageManager::setLanguage(const QString& code, bool remember) {
  chosen_ = availableLanguages().contains(code) ? code : QString();
  if (remember)
    QSettings().setValue(kSettingsKey, chosen_);
  install(chosen_.isEmpty() ? systemLanguage() : chosen_);
}

void LanguageManager::install(const QString& code) {
  if (appTranslator_) {
    QCoreApplication::removeTranslator(appTranslator_);
    delete appTranslator_;
    appTranslator_ = nullptr;
  }
  if (qtTranslator_) {
    QCoreApplication::removeTranslator(qtTranslator_);
    delete qtTranslator_;
    qtTranslator_ = nullptr;
  }
  effective_ = code;
  // Numbers, sizes and dates follow the language too ("1.5 GB", "2026/12/2"):
  // the system's regional formats when they are of this language, else the
  // language's own.
  const QLocale system = QLocale::system();
  QLocale::setDefault(system.language() == QLocale(code).language() ? system : QLocale(code));
  // An installed catalogue (share/modeldesk/translations beside bin/) wins,
  // so a packager can ship an updated one; else the one built in. English
  // has one too: it holds the plural forms ("1 file", "2 files").
  appTranslator_ = new QTranslator(this);
  const QString file = QStringLiteral("modeldesk_") + code;
  const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/modeldesk/translations");
  if (appTranslator_->load(file, installed) || appTranslator_->load(file, QStringLiteral(":/i18n")))
    QCoreApplication::installTranslator(appTranslator_);
  if (code != QStringLiteral("en")) {
    // Qt's own strings (standard buttons, file dialogs), when installed.
    qtTranslator_ = new QTranslator(this);
    if (qtTranslator_->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
      QCoreApplication::installTranslator(qtTranslator_);
  }
  Q_EMIT languageChanged();
}

} // namespace ui
} // namespace md
