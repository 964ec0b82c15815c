// The Ollama tab's actions on the selected model: Delete (after a
// confirmation naming it), Copy…, Rename… (copy, then delete the old name),
// Edit Modelfile (the /api/show modelfile, handed to the editor), Pull… and
// Test prompt…. Every server call runs on the job pool.
#include <QMessageBox>
#include <QPushButton>

#include "core/ollama/client.h"
#include "ui/models/ollama_compare_dialog.h"
#include "ui/models/ollama_copy_host_dialog.h"
#include "ui/models/ollama_details.h"
#include "ui/models/ollama_hosts.h"
#include "ui/models/ollama_model_table.h"
#include "ui/models/ollama_name_dialog.h"
#include "ui/models/ollama_prompt_dialog.h"
#include "ui/models/ollama_pull_dialog.h"
#include "ui/models/ollama_tab.h"
#include "ui/shell/banner.h"
#include "ui/shell/core_text.h"
#include "ui/shell/job.h"

namespace md {
namespace ui {

void OllamaTab::runAction(const QString& running, std::function<md::Status(const std::string& url)> work,
                          std::function<void(bool)> after) {
  if (isBusy())
    return;
  banner_->showMessage(Banner::Kind::Info, running);
  action_ = runJob(
      this, [url = hostUrl().toStdString(), work = std::move(work)](md::ProgressReporter&) { return work(url); });
  connect(action_, &JobHandle::finished, this,
          [this, after = std::move(after), generation = generation_](bool ok, const md::Error& error) {
            action_.clear();
            if (generation == generation_) {
              if (!ok)
                banner_->showError(error);
              else
                banner_->clear();
              // `after` may start a refresh of its own (selecting a model not
              // listed yet); one that began before this result must run again.
              const bool refreshingBefore = isRefreshing();
              if (after)
                after(ok);
              if (refreshingBefore || !isRefreshing())
                refresh();
            } // else: another host is shown now; its banner and selection are not this result's
            updateActions();
            Q_EMIT actionFinished(ok);
          });
  updateActions();
}

void OllamaTab::deleteSelected() {
  const QString name = selectedModel();
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
  runAction(
      tr("Deleting “%1”…").arg(name),
      [model = name.toStdString()](const std::string& url) { return md::ollama::Client(url).deleteModel(model); },
      [this, name](bool ok) {
        if (ok) {
          details_->clear();
          banner_->showMessage(Banner::Kind::Success, tr("Deleted “%1”.").arg(name));
        }
      });
}

OllamaNameDialog* OllamaTab::copySelected(bool rename) {
  const QString source = selectedModel();
  if (source.isEmpty() || isBusy())
    return nullptr;
  QStringList existing;
  for (const auto& row : table_->rows())
    existing << row.name;
  auto* dialog = new OllamaNameDialog(rename ? OllamaNameDialog::Mode::Rename : OllamaNameDialog::Mode::Copy, source,
                                      existing, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this, [this, dialog, source, rename] {
    const QString target = dialog->name();
    runAction(
        rename ? tr("Renaming “%1” to “%2”…").arg(source, target) : tr("Copying “%1” to “%2”…").arg(source, target),
        [from = source.toStdString(), to = target.toStdString(), rename](const std::string& url) -> md::Status {
          const md::ollama::Client client(url);
          if (auto copied = client.copyModel(from, to); !copied)
            return copied;
          if (!rename)
            return {};
          if (auto deleted = client.deleteModel(from); !deleted) {
            md::Error error = deleted.error();
            error.message = tr("Copied to “%1”, but could not delete “%2”: %3")
                                .arg(QString::fromStdString(to), QString::fromStdString(from), describeError(error))
                                .toStdString();
            error.where = {}; // in the sentence already
            return error;
          }
          return {};
        },
        [this, target](bool ok) {
          if (ok)
            selectModel(target);
        });
  });
  dialog->open();
  return dialog;
}

void OllamaTab::editModelfile() {
  const QString name = selectedModel();
  if (name.isEmpty() || isBusy())
    return;
  // The details pane already asked /api/show for the selected model.
  if (const auto& shown = details_->data(); shown && details_->modelName() == name && !details_->isLoading()) {
    Q_EMIT modelfileTextRequested(QString::fromStdString(shown->show.modelfile), name);
    return;
  }
  auto text = std::make_shared<std::string>();
  runAction(
      tr("Reading the Modelfile of “%1”…").arg(name),
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

OllamaPullDialog* OllamaTab::openPullDialog() {
  auto* dialog = new OllamaPullDialog(hostUrl(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &OllamaPullDialog::pullFinished, this, [this, dialog](bool ok) {
    if (ok)
      selectModel(dialog->pulledModel());
    else
      refresh();
  });
  dialog->open();
  return dialog;
}

OllamaPromptDialog* OllamaTab::openPromptDialog() {
  const QString name = selectedModel();
  const int row = table_->rowOf(name);
  if (name.isEmpty() || row < 0)
    return nullptr;
  auto* dialog = new OllamaPromptDialog(hostUrl(), name, table_->rowAt(row)->hasVision(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &OllamaPromptDialog::answerFinished, this, [this] { refresh(); }); // now loaded
  dialog->open();
  return dialog;
}

OllamaCompareDialog* OllamaTab::openCompareDialog() {
  const QString name = selectedModel();
  if (name.isEmpty())
    return nullptr;
  QStringList others;
  for (const auto& row : table_->rows())
    others << row.name;
  auto* dialog = new OllamaCompareDialog(hostUrl(), localStores(), name, others, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->open();
  return dialog;
}

OllamaCopyHostDialog* OllamaTab::openCopyToHostDialog() {
  const QString name = selectedModel();
  if (name.isEmpty())
    return nullptr;
  QStringList targets = hosts_->urls();
  targets.removeAll(hostUrl());
  auto* dialog = new OllamaCopyHostDialog(hostUrl(), localStores(), name, targets, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->open();
  return dialog;
}

} // namespace ui
} // namespace md
