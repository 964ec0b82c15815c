#include "ui/modelfile/modelfile_page.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/modelfile/template_presets.h"
#include "core/modelfile/text_encoding.h"
#include "core/util/paths.h"
#include "ui/modelfile/create_guard.h"
#include "ui/modelfile/create_in_ollama_dialog.h"
#include "ui/modelfile/live_validator.h"
#include "ui/modelfile/modelfile_editor.h"
#include "ui/modelfile/template_plan_pane.h"
#include "ui/modelfile/template_planner.h"
#include "ui/shell/banner.h"
#include "ui/shell/core_text.h"
#include "ui/shell/file_dialogs.h"
#include "ui/shell/job.h"

namespace md {
namespace ui {

namespace {

// Shown beside the file name when it is not plain UTF-8 (the encoding is kept on save).
QString encodingName(md::modelfile::TextEncoding encoding) {
  switch (encoding) {
  case md::modelfile::TextEncoding::Utf8: return {};
  case md::modelfile::TextEncoding::Utf8Bom: return QStringLiteral("UTF-8 BOM");
  case md::modelfile::TextEncoding::Utf16Le: return QStringLiteral("UTF-16 LE");
  case md::modelfile::TextEncoding::Utf16Be: return QStringLiteral("UTF-16 BE");
  }
  return {};
}

} // namespace

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
    const QString file = file_dialogs::openFileName(this, tr("Open a Modelfile"), QString(), path_);
    if (!file.isEmpty())
      openFile(file);
  });
  recentButton_ = new QToolButton(this);
  recentButton_->setObjectName(QStringLiteral("recentModelfilesButton"));
  recentButton_->setPopupMode(QToolButton::InstantPopup);
  recentButton_->setToolButtonStyle(Qt::ToolButtonTextOnly);
  recentButton_->setMenu(new QMenu(recentButton_));
  // The style's menu arrow overlaps the text; a ▾ after the text says the same.
  const QString menuButtonStyle = QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }");
  recentButton_->setStyleSheet(menuButtonStyle);
  connect(recentButton_->menu(), &QMenu::aboutToShow, this, &ModelfilePage::fillRecentMenu);
  bar->addWidget(recentButton_);
  makeButton(saveButton_, [this] { save(); });
  makeButton(saveAsButton_, [this] { saveAs(); });
  newButton_->setObjectName(QStringLiteral("newModelfileButton"));
  saveButton_->setObjectName(QStringLiteral("saveModelfileButton"));
  saveAsButton_->setObjectName(QStringLiteral("saveModelfileAsButton"));
  bar->addSpacing(16);
  presetButton_ = new QToolButton(this);
  presetButton_->setObjectName(QStringLiteral("templatePresetButton"));
  presetButton_->setPopupMode(QToolButton::InstantPopup);
  presetButton_->setStyleSheet(menuButtonStyle);
  presetButton_->setToolButtonStyle(Qt::ToolButtonTextOnly);
  bar->addWidget(presetButton_);
  makeButton(fillButton_, [this] { fillFromGguf(); });
  fillButton_->setObjectName(QStringLiteral("fillFromGgufButton"));
  bar->addSpacing(16);
  fileLabel_ = new QLabel(this);
  fileLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  bar->addWidget(fileLabel_, 1);
  layout->addLayout(bar);
  banner_ = new Banner(this);
  banner_->setObjectName(QStringLiteral("modelfileBanner"));
  layout->addWidget(banner_);

  auto* splitter = new QSplitter(Qt::Vertical, this);
  auto* editorAndPlan = new QSplitter(Qt::Horizontal, splitter);
  editor_ = new ModelfileEditor(editorAndPlan);
  editor_->setObjectName(QStringLiteral("modelfileEditor"));
  editor_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  editor_->setLineWrapMode(QPlainTextEdit::NoWrap);
  planPane_ = new TemplatePlanPane(editorAndPlan);
  // Created after the pane: Tab goes editor → pane → problems → Create, as laid out.
  diagnosticsList_ = new QListWidget(splitter);
  diagnosticsList_->setObjectName(QStringLiteral("modelfileDiagnostics"));
  editorAndPlan->addWidget(editor_);
  editorAndPlan->addWidget(planPane_);
  editorAndPlan->setStretchFactor(0, 3);
  editorAndPlan->setStretchFactor(1, 2);
  splitter->addWidget(editorAndPlan);
  splitter->addWidget(diagnosticsList_);
  splitter->setStretchFactor(0, 4);
  splitter->setStretchFactor(1, 1);
  layout->addWidget(splitter, 1);
  // The main action sits under the editor, at the right.
  auto* actions = new QHBoxLayout;
  actions->addStretch(1);
  createButton_ = new QToolButton(this);
  createButton_->setObjectName(QStringLiteral("createInOllamaButton"));
  createButton_->setToolButtonStyle(Qt::ToolButtonTextOnly);
  connect(createButton_, &QToolButton::clicked, this, [this] { requestCreateInOllama(); });
  actions->addWidget(createButton_);
  layout->addLayout(actions);
  connect(editor_->document(), &QTextDocument::modificationChanged, this, &ModelfilePage::updateFileLabel);
  connect(diagnosticsList_, &QListWidget::itemClicked, this,
          [this](QListWidgetItem* item) { editor_->goToLine(item->data(Qt::UserRole).toInt()); });
  connect(diagnosticsList_, &QListWidget::itemActivated, this,
          [this](QListWidgetItem* item) { editor_->goToLine(item->data(Qt::UserRole).toInt()); });

  connect(editor_, &ModelfileEditor::ggufFilesDropped, this, &ModelfilePage::addGgufFiles);
  connect(this, &ModelfilePage::createInOllamaRequested, this, &ModelfilePage::openCreateDialog);

  validator_ = new LiveValidator(this);
  validator_->setObjectName(QStringLiteral("liveValidator"));
  connect(validator_, &LiveValidator::diagnosticsReady, this, &ModelfilePage::showDiagnostics);
  validator_->watch(editor_->document());
  planPane_->watch(editor_->document());

  prompt_ = [this] {
    return QMessageBox::question(this, tr("Unsaved changes"), tr("The Modelfile has unsaved changes. Save them first?"),
                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
  };
  removeTemplatePrompt_ = [this](const QString& question) {
    return QMessageBox::question(this, tr("Remove the TEMPLATE?"), question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::Yes);
  };
  retranslate();
}

void ModelfilePage::retranslate() {
  newButton_->setText(tr("New"));
  openButton_->setText(tr("Open…"));
  auto withShortcut = [](const QString& what, const QKeySequence& keys) {
    return tr("%1 (%2)").arg(what, keys.toString(QKeySequence::NativeText));
  };
  newButton_->setToolTip(withShortcut(tr("New Modelfile"), QKeySequence(QKeySequence::New)));
  saveButton_->setToolTip(withShortcut(tr("Save the Modelfile"), QKeySequence(QKeySequence::Save)));
  saveAsButton_->setToolTip(
      withShortcut(tr("Save the Modelfile under another name"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
  const QString menuArrow = QStringLiteral(" ▾");
  recentButton_->setText(tr("Recent") + menuArrow);
  saveButton_->setText(tr("Save"));
  saveAsButton_->setText(tr("Save As…"));
  presetButton_->setText(tr("Template preset…") + menuArrow);
  presetButton_->setToolTip(tr("Insert a chat template with its stop parameters, replacing the current ones"));
  buildPresetMenu();
  fillButton_->setText(tr("Fill from GGUF"));
  fillButton_->setToolTip(
      tr("Write the TEMPLATE and stop lines for the FROM file’s chat template when the planned Ollama version needs "
         "them, or remove a TEMPLATE that takes capabilities away"));
  createButton_->setText(tr("Create in Ollama…"));
  createButton_->setToolTip(tr("Save, then upload the files and create the model in Ollama"));
  editor_->setPlaceholderText(tr("Type or paste a Modelfile here, or open one (%1). For example:\n\n"
                                 "FROM ./model.gguf\n"
                                 "PARAMETER temperature 0.7")
                                  .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
  updateFileLabel();
  if (editor_->document()->isEmpty())
    showDiagnostics({}); // the hint, in the current language
}

void ModelfilePage::updateFileLabel() {
  QString name = path_.isEmpty() ? tr("Untitled") : QDir::toNativeSeparators(path_);
  if (const QString encoding = encodingName(encoding_); !encoding.isEmpty())
    name = tr("%1 (%2)").arg(name, encoding);
  fileLabel_->setText(isModified() ? tr("%1 (unsaved changes)").arg(name) : name);
}

bool ModelfilePage::isModified() const {
  return editor_->document()->isModified();
}

bool ModelfilePage::requestCreateInOllama() {
  if ((path_.isEmpty() || isModified()) && !save())
    return false;
  // The live results count only when they are of this text (paths are checked there, off the GUI thread).
  const QVector<EditorDiagnostic> live = validator_->isBusy() ? QVector<EditorDiagnostic>() : validator_->diagnostics();
  if (const auto error = firstModelfileError(editor_->toPlainText(), live)) {
    askCreateDespiteErrors(this, *error, [this, path = path_] { Q_EMIT createInOllamaRequested(path); });
    return true;
  }
  Q_EMIT createInOllamaRequested(path_);
  return true;
}

void ModelfilePage::openCreateDialog(const QString& modelfilePath) {
  auto* dialog = new CreateInOllamaDialog(modelfilePath, ollamaHost_, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &CreateInOllamaDialog::showInModelsRequested, this, &ModelfilePage::showOllamaModelRequested);
  dialog->open();
}

void ModelfilePage::revalidateNow() {
  validator_->setModelfileDir(modelfileDir());
  validator_->checkNow();
  planPane_->planner()->setModelfileDir(modelfileDir());
  planPane_->planner()->planNow();
}

void ModelfilePage::setOllamaHost(const QString& url) {
  ollamaHost_ = url;
  planPane_->setOllamaHost(url);
}

bool ModelfilePage::isSettled() const {
  return !planPane_->planner()->isBusy() && planPane_->planner()->outcome().has_value();
}

void ModelfilePage::showDiagnostics(const QVector<EditorDiagnostic>& diagnostics) {
  diagnosticsList_->clear();
  if (editor_->document()->isEmpty()) { // a blank page has nothing wrong yet: say what will show here
    editor_->setDiagnostics({});
    auto* hint = new QListWidgetItem(tr("Problems in the Modelfile show here as you type, each with its line."),
                                     diagnosticsList_);
    hint->setFlags(Qt::NoItemFlags);
    return;
  }
  editor_->setDiagnostics(diagnostics);
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
    const QString text =
        d.wholeFile ? tr("%1: %2").arg(kind, d.message) : tr("Line %1: %2: %3").arg(d.line).arg(kind, d.message);
    auto* item = new QListWidgetItem(style()->standardIcon(icon), text, diagnosticsList_);
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
    const md::Error error = updated.error();
    banner_->showMessage(
        Banner::Kind::Error, Banner::TextSource([error] {
          return tr("Cannot insert the template: fix the Modelfile first: %1").arg(describeError(error));
        }));
    return false;
  }
  replaceTextUndoably(QString::fromStdString(*updated));
  banner_->clear();
  return true;
}

void ModelfilePage::replaceTextUndoably(const QString& text) {
  // One edit through the cursor, so Undo brings the old text back.
  QTextCursor cursor(editor_->document());
  cursor.select(QTextCursor::Document);
  cursor.insertText(text);
}

QString ModelfilePage::modelfileDir() const {
  return path_.isEmpty() ? QString() : QFileInfo(path_).absolutePath();
}

} // namespace ui
} // namespace md
