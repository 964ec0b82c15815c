#include "ui/modelfile/modelfile_page.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QToolButton>
#include <QVBoxLayout>

namespace md {
namespace ui {

namespace {
constexpr qint64 kMaxModelfileBytes = 4 * 1024 * 1024; // Modelfiles are text; refuse blobs
}

ModelfilePage::ModelfilePage(QWidget* parent) : Page(parent) {
  auto* layout = new QVBoxLayout(this);
  auto* bar = new QHBoxLayout;
  auto makeButton = [this, bar](QToolButton*& button, auto slot) {
    button = new QToolButton(this);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(button, &QToolButton::clicked, this, slot);
    bar->addWidget(button);
  };
  makeButton(newButton_, [this] { newFile(); });
  makeButton(openButton_, [this] {
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a Modelfile"), QFileInfo(path_).absolutePath());
    if (!file.isEmpty())
      openFile(file);
  });
  makeButton(saveButton_, [this] { save(); });
  makeButton(saveAsButton_, [this] { saveAs(); });
  bar->addSpacing(16);
  fileLabel_ = new QLabel(this);
  fileLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  bar->addWidget(fileLabel_, 1);
  layout->addLayout(bar);

  editor_ = new QPlainTextEdit(this);
  editor_->setObjectName(QStringLiteral("modelfileEditor"));
  editor_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  editor_->setLineWrapMode(QPlainTextEdit::NoWrap);
  layout->addWidget(editor_, 1);
  connect(editor_->document(), &QTextDocument::modificationChanged, this, &ModelfilePage::updateFileLabel);

  prompt_ = [this] {
    return QMessageBox::question(this, tr("Unsaved changes"), tr("The Modelfile has unsaved changes. Save them first?"),
                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
  };
  retranslate();
}

void ModelfilePage::retranslate() {
  newButton_->setText(tr("New"));
  openButton_->setText(tr("Open…"));
  saveButton_->setText(tr("Save"));
  saveAsButton_->setText(tr("Save As…"));
  editor_->setPlaceholderText(tr("# A Modelfile tells Ollama how to run a model.\n"
                                 "FROM ./model.gguf\n"
                                 "PARAMETER temperature 0.7"));
  updateFileLabel();
}

void ModelfilePage::updateFileLabel() {
  const QString name = path_.isEmpty() ? tr("Untitled") : QDir::toNativeSeparators(path_);
  fileLabel_->setText(isModified() ? tr("%1 (unsaved changes)").arg(name) : name);
}

bool ModelfilePage::isModified() const {
  return editor_->document()->isModified();
}

void ModelfilePage::receiveDrop(const DropDecision& decision) {
  if (!decision.paths.isEmpty())
    openFile(decision.paths.front());
}

bool ModelfilePage::maybeSave() {
  if (!isModified())
    return true;
  switch (prompt_()) {
  case QMessageBox::Save: return save();
  case QMessageBox::Discard: return true;
  default: return false;
  }
}

void ModelfilePage::newFile() {
  if (!maybeSave())
    return;
  editor_->clear();
  editor_->document()->setModified(false);
  path_.clear();
  updateFileLabel();
}

bool ModelfilePage::openFile(const QString& path) {
  if (!maybeSave())
    return false;
  QFile file(path);
  if (QFileInfo(path).size() > kMaxModelfileBytes) {
    Q_EMIT statusMessage(tr("“%1” is too large to be a Modelfile.").arg(QDir::toNativeSeparators(path)));
    return false;
  }
  if (!file.open(QIODevice::ReadOnly)) {
    Q_EMIT statusMessage(tr("Could not open “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return false;
  }
  editor_->setPlainText(QString::fromUtf8(file.readAll()));
  editor_->document()->setModified(false);
  path_ = path;
  updateFileLabel();
  return true;
}

bool ModelfilePage::save() {
  return path_.isEmpty() ? saveAs() : writeTo(path_);
}

bool ModelfilePage::saveAs() {
  const QString file =
      QFileDialog::getSaveFileName(this, tr("Save Modelfile"), path_.isEmpty() ? QStringLiteral("Modelfile") : path_);
  return !file.isEmpty() && writeTo(file);
}

bool ModelfilePage::writeTo(const QString& path) {
  // QSaveFile writes a temporary file and renames it: a crash never leaves a
  // half-written Modelfile.
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(editor_->toPlainText().toUtf8()) < 0 || !file.commit()) {
    Q_EMIT statusMessage(tr("Could not save “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return false;
  }
  path_ = path;
  editor_->document()->setModified(false);
  updateFileLabel();
  Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
  return true;
}

} // namespace ui
} // namespace md
