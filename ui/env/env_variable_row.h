#pragma once
// One variable on the Environment page: name and translated purpose, an
// editable value (a secret is masked, with a reveal toggle), the default,
// the state (in this process / saved / differs / Ollama restart), the folder
// size for paths, and the buttons Apply, Browse…, Open folder, Reset to
// default and, for API keys, Check key with a link to where keys are made.
// The row only shows and asks; the page does the work.

#include <QFrame>

#include "core/env/env_manager.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace md {
namespace ui {

class EnvVariableRow : public QFrame {
  Q_OBJECT
public:
  EnvVariableRow(const env::VariableInfo& info, QWidget* parent = nullptr);

  const env::VariableInfo& info() const { return info_; }
  QString name() const;
  bool isSecret() const;
  bool isPath() const;

  // Shows the state; the value field keeps what the user is typing.
  void setState(const env::VariableState& state);
  const env::VariableState& state() const { return state_; }
  QString editedValue() const;
  void discardEdit(); // back to the saved value

  void showMeasuring(quint64 files);
  void showSize(const QString& text);
  void showKeyResult(const QString& text, bool valid);
  // What the Ollama desktop app starts the server with instead (empty: nothing).
  void showAppOverride(const QString& text);
  void retranslate();

Q_SIGNALS:
  void applyRequested(const QString& name, const QString& value);
  void resetRequested(const QString& name);
  void checkKeyRequested(const QString& name, const QString& value);
  void cancelSizeRequested(const QString& name);

private:
  void updateState();
  void updateButtons();
  void chooseFolder();
  QString savedValue() const;

  const env::VariableInfo& info_;
  env::VariableState state_;
  bool edited_ = false;
  QLabel* name_ = nullptr;
  QLabel* purpose_ = nullptr;
  QLabel* stateText_ = nullptr;
  QLineEdit* value_ = nullptr;
  QToolButton* reveal_ = nullptr;
  QPushButton* apply_ = nullptr;
  QPushButton* browse_ = nullptr;
  QPushButton* open_ = nullptr;
  QPushButton* reset_ = nullptr;
  QPushButton* checkKey_ = nullptr;
  QLabel* default_ = nullptr;
  QLabel* size_ = nullptr;
  QToolButton* cancelSize_ = nullptr;
  QLabel* keyResult_ = nullptr;
  QLabel* keyLink_ = nullptr;
  QLabel* appOverride_ = nullptr;
};

} // namespace ui
} // namespace md
