#include "ui/models/models_page.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedLayout>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/merge/split_dialog.h"
#include "ui/models/gguf_inspector.h"
#include "ui/models/ollama_tab.h"
#include "ui/models/reclaim_dialog.h"
#include "ui/models/store_browser.h"
#include "ui/shell/drop_hint.h"
#include "ui/shell/file_dialogs.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

ModelsPage::ModelsPage(QWidget* parent) : Page(parent) {
  tabs_ = new QTabWidget(this);
  tabs_->setDocumentMode(true);
  (new QVBoxLayout(this))->addWidget(tabs_);

  ollama_ = new OllamaTab(tabs_);
  connect(ollama_, &OllamaTab::modelfileTextRequested, this, &ModelsPage::modelfileTextRequested);
  stores_ = new StoreBrowser(tabs_);
  stores_->setObjectName(QStringLiteral("storeBrowser"));
  connect(stores_, &StoreBrowser::openInInspector, this, &ModelsPage::inspect);
  connect(stores_, &StoreBrowser::sendToMerge, this, &ModelsPage::mergeRequested);
  connect(stores_, &StoreBrowser::importRequested, this, &ModelsPage::importRequested);
  connect(stores_, &StoreBrowser::addFolderRequested, this, &ModelsPage::addFolder);
  connect(stores_, &StoreBrowser::ollamaModelsRemoved, ollama_, &OllamaTab::refresh); // the Ollama tab lists them too
  connect(stores_, &StoreBrowser::newModelfile, this, [this](const QString& from, const QString& projector) {
    QStringList paths{from};
    if (!projector.isEmpty())
      paths << projector;
    Q_EMIT modelfileRequested(paths);
  });

  auto* inspectorTab = new QWidget(tabs_);
  inspectorStack_ = new QStackedLayout(inspectorTab);
  empty_ = new DropHint(QStringLiteral("models"), inspectorTab);
  addFolderButton_ = empty_->addButton();
  openButton_ = empty_->addButton();
  connect(addFolderButton_, &QPushButton::clicked, this, &ModelsPage::addFolder);
  connect(openButton_, &QPushButton::clicked, this, &ModelsPage::openGguf);

  inspectorPane_ = new QWidget(inspectorTab);
  auto* paneLayout = new QVBoxLayout(inspectorPane_);
  auto* bar = new QHBoxLayout;
  inspectedPath_ = new QLabel(inspectorPane_);
  inspectedPath_->setObjectName(QStringLiteral("inspectedPath"));
  inspectedPath_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  inspectedPath_->setMinimumWidth(1); // long paths must not widen the window
  openAnotherButton_ = new QPushButton(inspectorPane_);
  closeButton_ = new QPushButton(inspectorPane_);
  bar->addWidget(inspectedPath_, 1);
  splitButton_ = new QPushButton(inspectorPane_);
  splitButton_->setObjectName(QStringLiteral("splitModel"));
  splitButton_->setEnabled(false);
  bar->addWidget(splitButton_);
  importButton_ = new QPushButton(inspectorPane_);
  importButton_->setObjectName(QStringLiteral("inspectorImportIntoOllama"));
  importButton_->setEnabled(false);
  bar->addWidget(importButton_);
  bar->addWidget(openAnotherButton_);
  bar->addWidget(closeButton_);
  inspector_ = new GgufInspector(inspectorPane_);
  paneLayout->addLayout(bar);
  paneLayout->addWidget(inspector_, 1);
  connect(openAnotherButton_, &QPushButton::clicked, this, &ModelsPage::openGguf);
  connect(closeButton_, &QPushButton::clicked, this, &ModelsPage::closeInspector);
  connect(splitButton_, &QPushButton::clicked, this, &ModelsPage::openSplitDialog);
  connect(importButton_, &QPushButton::clicked, this, [this] { Q_EMIT importRequested({inspector_->path()}); });
  connect(inspector_, &GgufInspector::loaded, this, [this] {
    splitButton_->setEnabled(inspector_->summary().role == gguf::Role::Model);
    importButton_->setEnabled(inspector_->summary().role == gguf::Role::Model);
  });
  connect(inspector_, &GgufInspector::failed, this, [this] {
    splitButton_->setEnabled(false);
    importButton_->setEnabled(false);
  });

  inspectorStack_->addWidget(withMargins(empty_, 32, inspectorTab));
  inspectorStack_->addWidget(inspectorPane_);

  tabs_->addTab(ollama_, QString());
  tabs_->addTab(stores_, QString());
  tabs_->addTab(inspectorTab, QString());
  reclaimButton_ = new QPushButton(tabs_); // "Reclaim space…", beside the tabs while Local stores shows
  reclaimButton_->setObjectName(QStringLiteral("reclaimSpaceButton"));
  tabs_->setCornerWidget(reclaimButton_);
  connect(reclaimButton_, &QPushButton::clicked, this, &ModelsPage::openReclaimDialog);
  connect(tabs_, &QTabWidget::currentChanged, this,
          [this](int tab) { reclaimButton_->setVisible(tab == int(Tab::Stores)); });
  reclaimButton_->setVisible(false);
  retranslate();
}

void ModelsPage::retranslate() {
  empty_->setTexts(tr("Drop GGUF files here or add a folder"),
                   tr("ModelDesk reads only the header, so even a 100 GB model opens at once."));
  addFolderButton_->setText(tr("Add folder…"));
  openButton_->setText(tr("Open GGUF…"));
  openAnotherButton_->setText(tr("Open GGUF…"));
  closeButton_->setText(tr("Close"));
  splitButton_->setText(tr("Split…"));
  splitButton_->setToolTip(tr("Split this model into llama.cpp shards"));
  importButton_->setText(tr("Import into Ollama…"));
  importButton_->setToolTip(tr("Make an Ollama model of this file without a second copy"));
  reclaimButton_->setText(tr("Reclaim space…"));
  reclaimButton_->setToolTip(tr("Orphan blobs, partial downloads, leftovers and duplicate copies: a dry run first"));
  tabs_->setTabText(int(Tab::Ollama), tr("Ollama"));
  tabs_->setTabText(int(Tab::Stores), tr("Local stores"));
  tabs_->setTabText(int(Tab::Inspector), tr("GGUF inspector"));
}

void ModelsPage::receiveDrop(const DropDecision& decision) {
  received_.clear();
  for (const QString& path : decision.paths)
    received_ << QDir::toNativeSeparators(path);
  if (decision.target == DropTarget::Inspector && !decision.paths.isEmpty()) {
    inspect(decision.paths.first());
    return;
  }
  for (const QString& folder : decision.paths)
    stores_->addFolder(folder);
  tabs_->setCurrentIndex(int(Tab::Stores));
}

void ModelsPage::inspect(const QString& path) {
  received_ = QStringList{QDir::toNativeSeparators(path)};
  inspectedPath_->setText(QDir::toNativeSeparators(path));
  inspectedPath_->setToolTip(inspectedPath_->text());
  inspectorStack_->setCurrentWidget(inspectorPane_);
  tabs_->setCurrentIndex(int(Tab::Inspector));
  inspector_->open(path);
}

void ModelsPage::showOllamaModel(const QString& name) {
  tabs_->setCurrentIndex(int(Tab::Ollama));
  ollama_->selectModel(name);
}

bool ModelsPage::isShowingInspector() const {
  return tabs_->currentIndex() == int(Tab::Inspector) && inspectorStack_->currentWidget() == inspectorPane_;
}

ModelsPage::Tab ModelsPage::currentTab() const {
  return Tab(tabs_->currentIndex());
}

bool ModelsPage::isShowingEmptyState() const {
  return inspectorStack_->currentIndex() == 0;
}

QString ModelsPage::emptyStateText() const {
  return empty_->headline();
}

void ModelsPage::closeInspector() {
  inspectorStack_->setCurrentIndex(0);
}

void ModelsPage::addFolder() {
  const QString folder = file_dialogs::existingFolder(this, tr("Add a folder with GGUF files"));
  if (!folder.isEmpty())
    receiveDrop(DropDecision{DropTarget::ModelsFolder, {folder}, {}});
}

void ModelsPage::openGguf() {
  const QString file =
      file_dialogs::openFileName(this, tr("Open a GGUF file"), tr("GGUF models (*.gguf);;All files (*)"));
  if (!file.isEmpty())
    inspect(file);
}

SplitDialog* ModelsPage::openSplitDialog() {
  auto* dialog = new SplitDialog(inspector_->path(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &SplitDialog::inspectRequested, this, [this, dialog](const QString& path) {
    dialog->close();
    inspect(path);
  });
  connect(dialog, &SplitDialog::mergeRequested, this, [this, dialog](const QStringList& paths) {
    dialog->close();
    Q_EMIT mergeRequested(paths);
  });
  dialog->open();
  return dialog;
}

ReclaimDialog* ModelsPage::openReclaimDialog() {
  auto* dialog = new ReclaimDialog(stores_->request(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &ReclaimDialog::reclaimed, stores_, &StoreBrowser::rescan);
  dialog->open();
  return dialog;
}

bool ModelsPage::isSettled() const {
  return !ollama_->isRefreshing();
}

} // namespace ui
} // namespace md
