#include "ui/models/models_page.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedLayout>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/models/store_browser.h"
#include "ui/shell/drop_hint.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

ModelsPage::ModelsPage(QWidget* parent) : Page(parent) {
  // Stores hook: the dropped files and the local stores browser in two tabs.
  tabs_ = new QTabWidget(this);
  auto* files = new QWidget(tabs_);
  stores_ = new StoreBrowser(tabs_);
  tabs_->addTab(files, QString());
  tabs_->addTab(stores_, QString());
  (new QVBoxLayout(this))->addWidget(tabs_);
  connect(stores_, &StoreBrowser::openInInspector, this, [this](const QString& path) {
    receiveDrop(DropDecision{DropTarget::Inspector, {path}, {}});
  });
  stack_ = new QStackedLayout(files);
  empty_ = new DropHint(QStringLiteral("models"), this);
  addFolderButton_ = empty_->addButton();
  openButton_ = empty_->addButton();
  connect(addFolderButton_, &QPushButton::clicked, this, &ModelsPage::addFolder);
  connect(openButton_, &QPushButton::clicked, this, &ModelsPage::openGguf);

  auto* content = new QWidget(this);
  auto* layout = new QVBoxLayout(content);
  heading_ = makeHeading(content);
  list_ = new QListWidget(content);
  list_->setObjectName(QStringLiteral("receivedFiles"));
  layout->addWidget(heading_);
  layout->addWidget(list_, 1);

  stack_->addWidget(withMargins(empty_, 32, this));
  stack_->addWidget(content);
  retranslate();
}

void ModelsPage::retranslate() {
  empty_->setTexts(tr("Drop GGUF files here or add a folder"),
                   tr("ModelDesk reads only the header, so even a 100 GB model opens at once."));
  addFolderButton_->setText(tr("Add folder…"));
  openButton_->setText(tr("Open GGUF…"));
  tabs_->setTabText(0, tr("Files"));        // stores hook
  tabs_->setTabText(1, tr("Local stores")); // stores hook
  heading_->setText(lastTarget_ == DropTarget::ModelsFolder ? tr("Folders to scan") : tr("GGUF file to inspect"));
}

void ModelsPage::receiveDrop(const DropDecision& decision) {
  lastTarget_ = decision.target;
  list_->clear();
  for (const QString& path : decision.paths)
    list_->addItem(QDir::toNativeSeparators(path));
  stack_->setCurrentIndex(1);
  tabs_->setCurrentIndex(0); // stores hook
  retranslate();
}

QStringList ModelsPage::receivedPaths() const {
  QStringList paths;
  for (int i = 0; i < list_->count(); ++i)
    paths << list_->item(i)->text();
  return paths;
}

bool ModelsPage::isShowingEmptyState() const {
  return stack_->currentIndex() == 0;
}

QString ModelsPage::emptyStateText() const {
  return empty_->headline();
}

void ModelsPage::addFolder() {
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a folder with GGUF files"));
  if (!folder.isEmpty())
    receiveDrop(DropDecision{DropTarget::ModelsFolder, {folder}, {}});
}

void ModelsPage::openGguf() {
  const QString file =
      QFileDialog::getOpenFileName(this, tr("Open a GGUF file"), QString(), tr("GGUF models (*.gguf);;All files (*)"));
  if (!file.isEmpty())
    receiveDrop(DropDecision{DropTarget::Inspector, {file}, {}});
}

} // namespace ui
} // namespace md
