#pragma once
// The UI language: the system locale by default, View → Language overrides
// it (stored in QSettings). Switching installs translators, which sends
// QEvent::LanguageChange to every widget.

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace md {
namespace ui {

class LanguageManager : public QObject {
  Q_OBJECT
public:
  explicit LanguageManager(QObject* parent = nullptr);

  // "en", "zh_CN".
  static QStringList availableLanguages();
  // The language's own name: "English", "简体中文".
  static QString nativeName(const QString& code);

  // Applies the language stored in settings, or the system's.
  void applySaved();
  // "" means "follow the system". Saves the choice unless remember is false.
  void setLanguage(const QString& code, bool remember = true);
  QString chosen() const { return chosen_; } // "" when following the system
  QString effective() const { return effective_; }

Q_SIGNALS:
  void languageChanged();

private:
  void install(const QString& code);

  QString chosen_;
  QString effective_;
  QTranslator* appTranslator_ = nullptr;
  QTranslator* qtTranslator_ = nullptr;
};

} // namespace ui
} // namespace md
