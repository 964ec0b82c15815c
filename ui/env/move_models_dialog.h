#pragma once
// The question asked when OLLAMA_MODELS changes while the old folder holds
// models: "Move models", "Only change the variable" or Cancel; and, when the
// Ollama desktop app has a model location of its own naming another folder,
// a checkbox (checked) to change that setting too (core/env/
// ollama_app_settings_update.h: only while the app is not running, after a
// backup of its database). The default MovePrompt of the Environment page.

#include <QMessageBox>

#include "ui/env/environment_page.h"

class QCheckBox;

namespace md {
namespace ui {

class MoveModelsDialog : public QMessageBox {
  Q_OBJECT
public:
  // appModels: the app's "Model location" now; empty: no checkbox.
  MoveModelsDialog(const QString& from, const QString& to, const QString& appModels, QWidget* parent = nullptr);

  // What the user chose (after exec(), or after a button was clicked).
  EnvironmentPage::MoveAnswer answer() const;

private:
  QAbstractButton* move_ = nullptr;
  QAbstractButton* setOnly_ = nullptr;
  QCheckBox* appSetting_ = nullptr;
};

} // namespace ui
} // namespace md
