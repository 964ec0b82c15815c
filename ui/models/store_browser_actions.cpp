// The Local stores table's action bar, split from store_browser.cpp: the
// buttons under the table and the same actions in the context menu (Inspect,
// Show in folder, Merge, New Modelfile, Import, Copy path; Delete and
// Export… are in store_browser_files.cpp), when each is enabled, and the
// "Remove leftovers" button for the temp files of killed runs.
#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QUrl>

#include <algorithm>

#include "core/stores/leftovers.h"
#include "core/util/paths.h"
#include "ui/models/store_actions.h"
#include "ui/models/store_browser.h"
#include "ui/models/store_table_model.h"
#include "ui/shell/banner.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {
namespace {

QString pathText(const std::filesystem::path& path) {
  return QString::fromStdString(pathToUtf8(path));
}

} // namespace

void StoreBrowser::buildActions(QWidget* bar) {
  auto* layout = new QHBoxLayout(bar);
  layout->setContentsMargins(0, 0, 0, 0);
  auto add = [&](QPushButton*& button, auto action) {
    button = new QPushButton(bar);
    actionButtons_ << button;
    connect(button, &QPushButton::clicked, this, action);
    layout->addWidget(button);
  };
  add(inspectButton_, &StoreBrowser::openSelectedInInspector);
  add(revealButton_, &StoreBrowser::revealSelected);
  add(mergeButton_, &StoreBrowser::sendSelectedToMerge);
  add(modelfileButton_, &StoreBrowser::newModelfileFromSelected);
  add(importButton_, &StoreBrowser::importSelected);
  importButton_->setObjectName(QStringLiteral("storeImportIntoOllama"));
  add(copyButton_, &StoreBrowser::copySelectedPath);
  add(deleteButton_, &StoreBrowser::deleteSelected);
  add(exportButton_, &StoreBrowser::exportSelected);
  exportButton_->setObjectName(QStringLiteral("storeExport"));
  layout->addStretch(1);
}

// The same actions as the buttons under the table, at the pointer.
void StoreBrowser::showContextMenu(const QPoint& at) {
  QMenu menu(this);
  for (QPushButton* button : std::as_const(actionButtons_)) {
    QAction* action = menu.addAction(button->text());
    action->setEnabled(button->isEnabled());
    connect(action, &QAction::triggered, button, &QPushButton::click);
  }
  menu.exec(view_->viewport()->mapToGlobal(at));
}

void StoreBrowser::updateButtons() {
  const auto selected = selectedEntries();
  const bool one = selected.size() == 1;
  inspectButton_->setEnabled(one && selected.front()->gguf);
  revealButton_->setEnabled(one);
  copyButton_->setEnabled(!selected.empty());
  mergeButton_->setEnabled(!selected.empty());
  modelfileButton_->setEnabled(one && selected.front()->gguf && !selected.front()->partial);
  importButton_->setEnabled(!selected.empty() && std::all_of(selected.begin(), selected.end(), [](auto* entry) {
    return entry->gguf && !entry->partial && entry->source != stores::SourceKind::Ollama;
  }));
  // Files, or whole Ollama models; not both at once.
  const auto isFile = [](auto* entry) { return canDeleteFile(*entry); };
  deleteButton_->setEnabled(!selected.empty() && (std::all_of(selected.begin(), selected.end(), isFile) ||
                                                  std::none_of(selected.begin(), selected.end(), isFile)));
  exportButton_->setEnabled(one && !selected.front()->model.empty() &&
                            selected.front()->source == stores::SourceKind::Ollama);
}

void StoreBrowser::updateLeftovers() {
  const auto [count, bytes] = leftoverTotals(model_->entries());
  leftoversButton_->setText(tr("Remove leftovers of interrupted runs (%1)").arg(sizeText(bytes)));
  leftoversButton_->setToolTip(tr("Temp files that killed merges and imports left behind; their processes are gone."));
  leftoversButton_->setVisible(count > 0);
}

void StoreBrowser::removeLeftovers() {
  const auto [count, bytes] = leftoverTotals(model_->entries());
  if (count == 0 || !confirm_(tr("Delete the temp files that interrupted merges and imports left behind: %1, %2 in "
                                 "all? Their processes are gone.")
                                  .arg(QString::number(count), sizeText(bytes))))
    return;
  const auto removal = stores::removeLeftovers(model_->entries());
  if (removal.failed.empty())
    banner_->showMessage(Banner::Kind::Success, [removed = removal.removed, freed = removal.bytesFreed] {
      return tr("Removed the leftovers of interrupted runs: %1 files, %2 freed.")
          .arg(QString::number(removed), sizeText(freed));
    });
  else
    banner_->showMessage(Banner::Kind::Error, [file = pathText(removal.failed.front().first),
                                               why = QString::fromStdString(removal.failed.front().second)] {
      return tr("Could not delete %1: %2").arg(file, why);
    });
  rescan();
}

void StoreBrowser::openSelectedInInspector() {
  const auto selected = selectedEntries();
  if (selected.size() == 1)
    Q_EMIT openInInspector(pathText(selected.front()->path));
}

void StoreBrowser::revealSelected() {
  const auto selected = selectedEntries();
  if (selected.size() == 1)
    QDesktopServices::openUrl(QUrl::fromLocalFile(pathText(selected.front()->path.parent_path())));
}

void StoreBrowser::sendSelectedToMerge() {
  const QStringList paths = selectedPaths();
  if (!paths.isEmpty())
    Q_EMIT sendToMerge(paths);
}

void StoreBrowser::newModelfileFromSelected() {
  const auto selected = selectedEntries();
  if (selected.size() == 1)
    Q_EMIT newModelfile(modelfileFrom(*selected.front()), adjacentProjector(model_->entries(), *selected.front()));
}

void StoreBrowser::importSelected() {
  const auto selected = selectedEntries();
  QStringList paths = selectedPaths();
  if (selected.size() == 1)
    if (const QString projector = adjacentProjector(model_->entries(), *selected.front()); !projector.isEmpty())
      paths << projector;
  if (!paths.isEmpty())
    Q_EMIT importRequested(paths);
}

void StoreBrowser::copySelectedPath() {
  const QStringList paths = selectedPaths();
  if (!paths.isEmpty())
    QGuiApplication::clipboard()->setText(paths.join(QLatin1Char('\n')));
}

} // namespace ui
} // namespace md
