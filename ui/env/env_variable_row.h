#pragma once
// One variable on the Environment page: name and translated purpose, an
// editor that fits its type (a check box for booleans, a combo box for
// choices, a spin box with the range for numbers, a line edit otherwise; a
// secret is masked, with a reveal toggle), the value's problem right under
// the field (checked as it is typed; paths when applied), the default, the
// one state (env::variableStatus), the folder size for paths, and the
// buttons Apply, Browse…, Open folder, Reset to default and, for API keys,
// Check key with a link to where keys are made. The row only shows and
// asks; the page does the work.

#include <QFrame>

#include <optional>

#include "core/env/env_manager.h"
#include "core/util/result.h"
#include "ui/shell/text_source.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
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

  // The folder size, the key check's verdict and what the Ollama desktop app
  // starts the server with instead (an empty source: nothing) are said again
  // in the new language on a switch.
  void showMeasuring(quint64 files);
  void showSize(TextSource text);
  void showKeyResult(TextSource text, bool valid);
  void showAppOverride(TextSource text);
  // The value's problem under the field, said again in the new language on
  // a switch; clearError() takes it away.
  void showError(const md::Error& error);
  void clearError();
  QString errorText() const;
  void retranslate();

Q_SIGNALS:
  void applyRequested(const QString& name, const QString& value);
  void resetRequested(const QString& name);
  void checkKeyRequested(const QString& name, const QString& value);
  void cancelSizeRequested(const QString& name);

private:
  QWidget* makeEditor();
  void showValue(const QString& value);
  void edit();
  void checkEdited();
  void updateState();
  void updateButtons();
  void chooseFolder();
  QString savedValue() const;

  const env::VariableInfo& info_;
  env::VariableState state_;
  bool edited_ = false;
  bool appOverrides_ = false;
  QLabel* name_ = nullptr;
  QLabel* purpose_ = nullptr;
  QLabel* stateText_ = nullptr;
  QLineEdit* value_ = nullptr;  // paths, addresses, keys, durations, text
  QCheckBox* check_ = nullptr;  // booleans
  QComboBox* choice_ = nullptr; // choices
  QSpinBox* number_ = nullptr;  // numbers
  QLabel* error_ = nullptr;
  std::optional<md::Error> shownError_;
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
  TextSource sizeText_;
  TextSource keyText_;
  TextSource appOverrideText_;
};

} // namespace ui
} // namespace md
