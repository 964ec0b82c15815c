#include "ui/modelfile/modelfile_page.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSaveFile>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/modelfile/template_presets.h"
#include "ui/modelfile/live_validator.h"
#include "ui/modelfile/modelfile_editor.h"
#include "ui/shell/banner.h"

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
  presetButton_ = new QToolButton(this);
  presetButton_->setObjectName(QStringLiteral("templatePresetButton"));
  presetButton_->setPopupMode(QToolButton::InstantPopup);
  presetButton_->setToolButtonStyle(Qt::ToolButtonTextOnly);
  bar->addWidget(presetButton_);
  bar->addSpacing(16);
  fileLabel_ = new QLabel(this);
  fileLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  bar->addWidget(fileLabel_, 1);
  layout->addLayout(bar);
  banner_ = new Banner(this);
  layout->addWidget(banner_);

  auto* splitter = new QSplitter(Qt::Vertical, this);
  editor_ = new ModelfileEditor(splitter);
  editor_->setObjectName(QStringLiteral("modelfileEditor"));
  editor_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  editor_->setLineWrapMode(QPlainTextEdit::NoWrap);
  diagnosticsList_ = new QListWidget(splitter);
  diagnosticsList_->setObjectName(QStringLiteral("modelfileDiagnostics"));
  splitter->addWidget(editor_);
  splitter->addWidget(diagnosticsList_);
  splitter->setStretchFactor(0, 4);
  splitter->setStretchFactor(1, 1);
  layout->addWidget(splitter, 1);
  connect(editor_->document(), &QTextDocument::modificationChanged, this, &ModelfilePage::updateFileLabel);
  connect(diagnosticsList_, &QListWidget::itemClicked, this,
          [this](QListWidgetItem* item) { editor_->goToLine(item->data(Qt::UserRole).toInt()); });
  connect(diagnosticsList_, &QListWidget::itemActivated, this,
          [this](QListWidgetItem* item) { editor_->goToLine(item->data(Qt::UserRole).toInt()); });

  validator_ = new LiveValidator(this);
  connect(validator_, &LiveValidator::diagnosticsReady, this, &ModelfilePage::showDiagnostics);
  connect(editor_->document(), &QTextDocument::contentsChanged, this,
          [this] { validator_->schedule(editor_->toPlainText()); });

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
  presetButton_->setText(tr("Template preset…"));
  presetButton_->setToolTip(tr("Insert a chat template with its stop parameters, replacing the current ones"));
  buildPresetMenu();
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
  revalidateNow();
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
  revalidateNow();
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
  revalidateNow(); // FROM paths are relative to the new folder
  return true;
}

void ModelfilePage::revalidateNow() {
  validator_->setModelfileDir(path_.isEmpty() ? QString() : QFileInfo(path_).absolutePath());
  validator_->checkNow(editor_->toPlainText());
}

void ModelfilePage::showDiagnostics(const QVector<EditorDiagnostic>& diagnostics) {
  editor_->setDiagnostics(diagnostics);
  diagnosticsList_->clear();
  for (const auto& d : diagnostics) {
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString kind = tr("note");
    if (d.severity == EditorDiagnostic::Severity::Error) {
      icon = QStyle::SP_MessageBoxCritical;
      kind = tr("error");
    } else if (d.severity == EditorDiagnostic::Severity::Warning) {
      icon = QStyle::SP_MessageBoxWarning;
      kind = tr("warning");
    }
    auto* item = new QListWidgetItem(style()->standardIcon(icon),
                                     tr("Line %1: %2: %3").arg(d.line).arg(kind, d.message), diagnosticsList_);
    item->setData(Qt::UserRole, d.line);
  }
  if (diagnostics.isEmpty())
    new QListWidgetItem(tr("No problems found."), diagnosticsList_);
}

void ModelfilePage::buildPresetMenu() {
  auto* menu = new QMenu(presetButton_);
  for (const auto& preset : md::modelfile::templatePresets()) {
    const QString id = QString::fromStdString(preset.id);
    // Preset names are product names and stay untranslated.
    QAction* action = menu->addAction(QString::fromStdString(preset.displayName));
    action->setData(id);
    connect(action, &QAction::triggered, this, [this, id] { insertTemplatePreset(id); });
  }
  delete presetButton_->menu();
  presetButton_->setMenu(menu);
}

bool ModelfilePage::insertTemplatePreset(const QString& presetId) {
  const auto* preset = md::modelfile::findTemplatePreset(presetId.toStdString());
  if (!preset)
    return false;
  auto updated = md::modelfile::applyTemplatePreset(editor_->toPlainText().toStdString(), *preset);
  if (!updated) {
    banner_->showMessage(Banner::Kind::Error,
                         tr("Cannot insert the template: %1").arg(QString::fromStdString(updated.error().describe())));
    return false;
  }
  // One edit through the cursor, so Undo brings the old text back.
  QTextCursor cursor(editor_->document());
  cursor.select(QTextCursor::Document);
  cursor.insertText(QString::fromStdString(*updated));
  banner_->clear();
  return true;
}

} // namespace ui
} // namespace md
