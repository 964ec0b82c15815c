#pragma once

#include <QMessageBox>

#include <functional>

#include "ui/shell/page.h"

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace md {
namespace ui {

// The Modelfile editor: open, edit and save Modelfiles, with a guard that
// never lets unsaved changes be lost silently.
class ModelfilePage : public Page {
  Q_OBJECT
public:
  explicit ModelfilePage(QWidget* parent = nullptr);

  QString title() const override { return tr("Modelfile"); }
  QString iconName() const override { return QStringLiteral("modelfile"); }
  void receiveDrop(const DropDecision& decision) override;

  bool openFile(const QString& path); // asks about unsaved changes first
  bool save();
  bool saveAs();
  void newFile();
  // Returns true when it is fine to discard the buffer: nothing changed, or
  // the user saved or chose to discard. False means "cancel the action".
  bool maybeSave();

  QPlainTextEdit* editor() const { return editor_; }
  QString filePath() const { return path_; }
  bool isModified() const;

  // Tests replace the Save/Discard/Cancel question.
  using UnsavedPrompt = std::function<QMessageBox::StandardButton()>;
  void setUnsavedChangesPrompt(UnsavedPrompt prompt) { prompt_ = std::move(prompt); }

protected:
  void retranslate() override;

private:
  bool writeTo(const QString& path);
  void updateFileLabel();

  QPlainTextEdit* editor_ = nullptr;
  QLabel* fileLabel_ = nullptr;
  QToolButton* newButton_ = nullptr;
  QToolButton* openButton_ = nullptr;
  QToolButton* saveButton_ = nullptr;
  QToolButton* saveAsButton_ = nullptr;
  QString path_;
  UnsavedPrompt prompt_;
};

} // namespace ui
} // namespace md
