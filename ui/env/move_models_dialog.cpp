// The model store move question with the Ollama app's setting as an option
// (see move_models_dialog.h).
#include "ui/env/move_models_dialog.h"

#include <QCheckBox>
#include <QPushButton>

namespace md {
namespace ui {

MoveModelsDialog::MoveModelsDialog(const QString& from, const QString& to, const QString& appModels, QWidget* parent)
    : QMessageBox(QMessageBox::Question, tr("Move the models?"),
                  tr("%1 holds Ollama models. Move them to %2?").arg(from, to), QMessageBox::NoButton, parent) {
  setObjectName(QStringLiteral("moveModelsDialog"));
  setInformativeText(tr("Every file is copied and checked against its SHA-256 before OLLAMA_MODELS changes; "
                        "the old copy is deleted only if you agree afterwards."));
  move_ = addButton(tr("Move models"), QMessageBox::AcceptRole);
  move_->setObjectName(QStringLiteral("moveModelsButton"));
  setOnly_ = addButton(tr("Only change the variable"), QMessageBox::DestructiveRole);
  setOnly_->setObjectName(QStringLiteral("moveSetOnlyButton"));
  addButton(QMessageBox::Cancel);
  setDefaultButton(static_cast<QPushButton*>(move_));
  if (appModels.isEmpty())
    return;
  appSetting_ =
      new QCheckBox(tr("Also change the Ollama app's “Model location” (now %1) to %2").arg(appModels, to), this);
  appSetting_->setObjectName(QStringLiteral("moveAppSetting"));
  appSetting_->setChecked(true);
  appSetting_->setToolTip(tr("The Ollama app starts the server with its own model location, not OLLAMA_MODELS. "
                             "It is changed only while the app is not running, after a backup of its settings "
                             "database."));
  setCheckBox(appSetting_);
}

EnvironmentPage::MoveAnswer MoveModelsDialog::answer() const {
  const bool app = appSetting_ != nullptr && appSetting_->isChecked();
  if (clickedButton() == move_)
    return {EnvironmentPage::MoveChoice::Move, app};
  if (clickedButton() == setOnly_)
    return {EnvironmentPage::MoveChoice::SetOnly, app};
  return {EnvironmentPage::MoveChoice::Cancel, false};
}

} // namespace ui
} // namespace md
