// The Local stores table's actions that change or write files, split from
// store_browser.cpp: Delete (files, or whole Ollama models through
// core/ollama/model_removal) and Export… (an Ollama model to a folder or LM
// Studio, ui/models/export_dialog).
#include <QDir>

#include <algorithm>

#include "core/util/paths.h"
#include "ui/models/export_dialog.h"
#include "ui/models/store_actions.h"
#include "ui/models/store_browser.h"
#include "ui/models/store_table_model.h"
#include "ui/shell/banner.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

void StoreBrowser::deleteSelected() {
  const auto selected = selectedEntries();
  if (selected.empty())
    return;
  const auto isFile = [](auto* entry) { return canDeleteFile(*entry); };
  if (std::none_of(selected.begin(), selected.end(), isFile))
    return deleteOllamaModels(selected);
  if (!std::all_of(selected.begin(), selected.end(), isFile)) {
    banner_->showMessage(Banner::Kind::Warning, [] { return tr("Delete Ollama models and other files separately."); });
    return;
  }
  quint64 bytes = 0;
  for (const auto* entry : selected)
    bytes += entry->size;
  const QString question = tr("Delete from the disk: %1 selected, %2 in all? This cannot be undone.")
                               .arg(QString::number(selected.size()), sizeText(bytes));
  if (!confirm_(question))
    return;
  for (const auto* entry : selected)
    if (auto error = deleteEntryFiles(model_->entries(), *entry))
      banner_->showMessage(Banner::Kind::Error, std::move(error));
  rescan();
}

// Whole models, never single layers: a layer may be shared with other models.
void StoreBrowser::deleteOllamaModels(const std::vector<const stores::StoreEntry*>& selected) {
  QStringList models;
  for (const auto* entry : selected)
    if (const QString model = QString::fromStdString(entry->model); !models.contains(model))
      models << model;
  const QString question = tr("Remove the Ollama model %1? Its files that no other model uses are deleted. This "
                              "cannot be undone.")
                               .arg(listText(models));
  if (!confirm_(question))
    return;
  const QString store = QString::fromStdString(pathToUtf8(selected.front()->root));
  removeOllamaModels(this, models, store, [this](bool ok, Banner::TextSource message) {
    banner_->showMessage(ok ? Banner::Kind::Success : Banner::Kind::Error, std::move(message));
    rescan();
    Q_EMIT ollamaModelsRemoved(ok);
  });
}

ExportDialog* StoreBrowser::exportSelected() {
  const auto selected = selectedEntries();
  if (selected.size() != 1 || selected.front()->model.empty() || selected.front()->source != stores::SourceKind::Ollama)
    return nullptr;
  const QString store = QString::fromStdString(pathToUtf8(selected.front()->root));
  auto* dialog = new ExportDialog(QString::fromStdString(selected.front()->model), {store}, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->open();
  return dialog;
}

} // namespace ui
} // namespace md
