// The Ollama tab's actions on the selected model: Delete (after a
// confirmation naming it), Copy…, Rename… (copy, then delete the old name),
// Edit Modelfile (the /api/show modelfile, handed to the editor), Pull…,
// Test prompt…, Compare…, Copy to host… and Export…. Every server call runs on the job pool.
#include "ui/models/ollama_model_actions.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>

#include <memory>
#include <optional>

#include "core/ollama/client.h"
#include "ui/models/export_dialog.h"
#include "ui/models/ollama_compare_dialog.h"
#include "ui/models/ollama_copy_host_dialog.h"
#include "ui/models/ollama_details.h"
#include "ui/models/ollama_hosts.h"
#include "ui/models/ollama_model_list.h"
#include "ui/models/ollama_model_table.h"
#include "ui/models/ollama_name_dialog.h"
#include "ui/models/ollama_prompt_dialog.h"
#include "ui/models/ollama_pull_dialog.h"
#include "ui/shell/banner.h"
#include "ui/shell/core_text.h"
#include "ui/shell/job.h"

namespace md {
namespace ui {

OllamaModelActions::OllamaModelActions(Parts parts, QWidget* parent) : QWidget(parent), parts_(parts) {
  auto* actions = new QHBoxLayout(this);
  actions->setContentsMargins(0, 6, 0, 0);
  auto makeButton = [&](QPushButton*& button, const char* name) {
    button = new QPushButton(this);
    button->setObjectName(QLatin1String(name));
    actions->addWidget(button);
  };
  makeButton(promptButton_, "ollamaTestPrompt");
  makeButton(editButton_, "ollamaEditModelfile");
  makeButton(copyButton_, "ollamaCopy");
  makeButton(renameButton_, "ollamaRename");
  makeButton(deleteButton_, "ollamaDelete");
  makeButton(compareButton_, "ollamaCompare");
  makeButton(copyHostButton_, "ollamaCopyToHost");
  makeButton(exportButton_, "ollamaExport");
  actions->addStretch(1);
  connect(deleteButton_, &QPushButton::clicked, this, &OllamaModelActions::deleteSelected);
  connect(copyButton_, &QPushButton::clicked, this, [this] { copySelected(false); });
  connect(renameButton_, &QPushButton::clicked, this, [this] { copySelected(true); });
  connect(editButton_, &QPushButton::clicked, this, &OllamaModelActions::editModelfile);
  connect(promptButton_, &QPushButton::clicked, this, &OllamaModelActions::openPromptDialog);
  connect(compareButton_, &QPushButton::clicked, this, &OllamaModelActions::openCompareDialog);
  connect(copyHostButton_, &QPushButton::clicked, this, &OllamaModelActions::openCopyToHostDialog);
  connect(exportButton_, &QPushButton::clicked, this, &OllamaModelActions::openExportDialog);
  retranslate();
  updateButtons();
}

void OllamaModelActions::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

void OllamaModelActions::retranslate() {
  promptButton_->setText(tr("Test prompt…"));
  editButton_->setText(tr("Edit Modelfile"));
  copyButton_->setText(tr("Copy…"));
  renameButton_->setText(tr("Rename…"));
  deleteButton_->setText(tr("Delete"));
  compareButton_->setText(tr("Compare…"));
  compareButton_->setToolTip(tr("Compare this model with another one: layers, template, projector, stop parameters"));
  copyHostButton_->setText(tr("Copy to host…"));
  exportButton_->setText(tr("Export…"));
  updateButtons(); // the Copy to host tooltip
}

QString OllamaModelActions::hostUrl() const {
  return parts_.hosts->active();
}

void OllamaModelActions::setModelsShown(bool shown) {
  modelsShown_ = shown;
  updateButtons();
}

void OllamaModelActions::updateButtons() {
  const bool selected = !parts_.list->selectedModel().isEmpty() && modelsShown_;
  const bool idle = !isBusy();
  for (QPushButton* button : {deleteButton_, copyButton_, renameButton_, editButton_})
    button->setEnabled(selected && idle);
  promptButton_->setEnabled(selected);
  compareButton_->setEnabled(selected && parts_.list->rows().size() > 1);
  const bool local = !parts_.hosts->localStores().isEmpty();
  copyHostButton_->setEnabled(selected && local);
  exportButton_->setEnabled(selected && local);
  exportButton_->setToolTip(local ? tr("Write this model's GGUF files, a Modelfile and a README to a folder, or into "
                                       "LM Studio's models folder")
                                  : tr("Exporting reads the model's files from the store folder, so it works from "
                                       "the local server only."));
  copyHostButton_->setToolTip(local ? tr("Copy this model to another Ollama server without a registry")
                                    : tr("Copying reads the model's files from the store folder, so it works from "
                                         "the local server only."));
}

void OllamaModelActions::runAction(Banner::TextSource running, std::function<md::Status(const std::string& url)> work,
                                   std::function<void(bool)> after) {
  if (isBusy())
    return;
  parts_.banner->showMessage(Banner::Kind::Info, std::move(running));
  action_ = runJob(
      this, [url = hostUrl().toStdString(), work = std::move(work)](md::ProgressReporter&) { return work(url); });
  connect(action_, &JobHandle::finished, this,
          [this, after = std::move(after), generation = generation_](bool ok, const md::Error& error) {
            action_.clear();
            if (generation == generation_) {
              if (!ok)
                parts_.banner->showError(error);
              else
                parts_.banner->clear();
              // `after` may start a refresh of its own (selecting a model not
              // listed yet); one that began before this result must run again.
              const bool refreshingBefore = parts_.list->isRefreshing();
              if (after)
                after(ok);
              if (refreshingBefore || !parts_.list->isRefreshing())
                parts_.list->refresh();
            } // else: another host is shown now; its banner and selection are not this result's
            updateButtons();
            Q_EMIT actionFinished(ok);
          });
  updateButtons();
}

void OllamaModelActions::deleteSelected() {
  const QString name = parts_.list->selectedModel();
  if (name.isEmpty() || isBusy())
    return;
  const QString question =
      tr("Delete “%1” from %2? Its files are removed unless another model uses them.").arg(name, hostUrl());
  const bool yes =
      confirm_ ? confirm_(question)
               : QMessageBox::question(this, tr("Delete model"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                       QMessageBox::Cancel) == QMessageBox::Yes;
  if (!yes)
    return;
  runAction([name] { return tr("Deleting “%1”…").arg(name); },
            [model = name.toStdString()](const std::string& url) { return md::ollama::Client(url).deleteModel(model); },
            [this, name](bool ok) {
              if (ok) {
                parts_.details->clear();
                parts_.banner->showMessage(Banner::Kind::Success, [name] { return tr("Deleted “%1”.").arg(name); });
              }
            });
}

OllamaNameDialog* OllamaModelActions::copySelected(bool rename) {
  const QString source = parts_.list->selectedModel();
  if (source.isEmpty() || isBusy())
    return nullptr;
  QStringList existing;
  for (const auto& row : parts_.list->rows())
    existing << row.name;
  auto* dialog = new OllamaNameDialog(rename ? OllamaNameDialog::Mode::Rename : OllamaNameDialog::Mode::Copy, source,
                                      existing, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this, [this, dialog, source, rename] {
    const QString target = dialog->name();
    // Set on the job thread when the copy was made but the old name stayed
    // (read once the job has finished).
    auto notDeleted = std::make_shared<std::optional<md::Error>>();
    runAction(
        [rename, source, target] {
          return rename ? tr("Renaming “%1” to “%2”…").arg(source, target)
                        : tr("Copying “%1” to “%2”…").arg(source, target);
        },
        [from = source.toStdString(), to = target.toStdString(), rename,
         notDeleted](const std::string& url) -> md::Status {
          const md::ollama::Client client(url);
          if (auto copied = client.copyModel(from, to); !copied)
            return copied;
          if (!rename)
            return {};
          auto deleted = client.deleteModel(from);
          if (!deleted)
            *notDeleted = deleted.error();
          return deleted;
        },
        [this, source, target, notDeleted](bool ok) {
          if (ok)
            parts_.list->selectModel(target);
          else if (*notDeleted) // said with what was done, not only the delete's error
            parts_.banner->showMessage(Banner::Kind::Error, [source, target, error = **notDeleted] {
              return tr("Copied to “%1”, but could not delete “%2”: %3").arg(target, source, describeError(error));
            });
        });
  });
  dialog->open();
  return dialog;
}

void OllamaModelActions::editModelfile() {
  const QString name = parts_.list->selectedModel();
  if (name.isEmpty() || isBusy())
    return;
  // The details pane already asked /api/show for the selected model.
  if (const auto& shown = parts_.details->data();
      shown && parts_.details->modelName() == name && !parts_.details->isLoading()) {
    Q_EMIT modelfileTextRequested(QString::fromStdString(shown->show.modelfile), name);
    return;
  }
  auto text = std::make_shared<std::string>();
  runAction([name] { return tr("Reading the Modelfile of “%1”…").arg(name); },
            [model = name.toStdString(), text](const std::string& url) -> md::Status {
              auto show = md::ollama::Client(url).show(model);
              if (!show)
                return show.error();
              *text = show->modelfile;
              return {};
            },
            [this, name, text](bool ok) {
              if (ok)
                Q_EMIT modelfileTextRequested(QString::fromStdString(*text), name);
            });
}

OllamaPullDialog* OllamaModelActions::openPullDialog() {
  auto* dialog = new OllamaPullDialog(hostUrl(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &OllamaPullDialog::pullFinished, this, [this, dialog](bool ok) {
    if (ok)
      parts_.list->selectModel(dialog->pulledModel());
    else
      parts_.list->refresh();
  });
  dialog->open();
  return dialog;
}

OllamaPromptDialog* OllamaModelActions::openPromptDialog() {
  const QString name = parts_.list->selectedModel();
  const OllamaModelRow* row = parts_.list->row(name);
  if (name.isEmpty() || !row)
    return nullptr;
  auto* dialog = new OllamaPromptDialog(hostUrl(), name, row->hasVision(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &OllamaPromptDialog::answerFinished, this, [this] { parts_.list->refresh(); }); // now loaded
  dialog->open();
  return dialog;
}

OllamaCompareDialog* OllamaModelActions::openCompareDialog() {
  const QString name = parts_.list->selectedModel();
  if (name.isEmpty())
    return nullptr;
  QStringList others;
  for (const auto& row : parts_.list->rows())
    others << row.name;
  auto* dialog = new OllamaCompareDialog(hostUrl(), parts_.hosts->localStores(), name, others, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->open();
  return dialog;
}

OllamaCopyHostDialog* OllamaModelActions::openCopyToHostDialog() {
  const QString name = parts_.list->selectedModel();
  if (name.isEmpty())
    return nullptr;
  QStringList targets = parts_.hosts->urls();
  targets.removeAll(hostUrl());
  auto* dialog = new OllamaCopyHostDialog(hostUrl(), parts_.hosts->localStores(), name, targets, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->open();
  return dialog;
}

ExportDialog* OllamaModelActions::openExportDialog() {
  const QString name = parts_.list->selectedModel();
  if (name.isEmpty() || parts_.hosts->localStores().isEmpty())
    return nullptr;
  auto* dialog = new ExportDialog(name, parts_.hosts->localStores(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->open();
  return dialog;
}

} // namespace ui
} // namespace md
