#include "ui/models/models_page.h"

#include <QDir>
#include <QHBoxLayout>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

#include "ui/models/gguf_inspector.h"
#include "ui/shell/drop_hint.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

ModelsPage::ModelsPage(QWidget* parent) : Page(parent) {
  stack_ = new QStackedLayout(this);
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

  inspectorPane_ = new QWidget(this);
  auto* paneLayout = new QVBoxLayout(inspectorPane_);
  auto* bar = new QHBoxLayout;
  inspectedPath_ = new QLabel(inspectorPane_);
  inspectedPath_->setObjectName(QStringLiteral("inspectedPath"));
  inspectedPath_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  openAnotherButton_ = new QPushButton(inspectorPane_);
  closeButton_ = new QPushButton(inspectorPane_);
  bar->addWidget(inspectedPath_, 1);
  bar->addWidget(openAnotherButton_);
  bar->addWidget(closeButton_);
  inspector_ = new GgufInspector(inspectorPane_);
  paneLayout->addLayout(bar);
  paneLayout->addWidget(inspector_, 1);
  connect(openAnotherButton_, &QPushButton::clicked, this, &ModelsPage::openGguf);
  connect(closeButton_, &QPushButton::clicked, this, &ModelsPage::closeInspector);

  stack_->addWidget(withMargins(empty_, 32, this));
  stack_->addWidget(content);
  stack_->addWidget(inspectorPane_);
  retranslate();
}

void ModelsPage::retranslate() {
  empty_->setTexts(tr("Drop GGUF files here or add a folder"),
                   tr("ModelDesk reads only the header, so even a 100 GB model opens at once."));
  addFolderButton_->setText(tr("Add folder…"));
  openButton_->setText(tr("Open GGUF…"));
  heading_->setText(tr("Folders to scan"));
  openAnotherButton_->setText(tr("Open GGUF…"));
  closeButton_->setText(tr("Close"));
}

void ModelsPage::receiveDrop(const DropDecision& decision) {
  if (decision.target == DropTarget::Inspector && !decision.paths.isEmpty()) {
    inspect(decision.paths.first());
    return;
  }
  list_->clear();
  for (const QString& path : decision.paths)
    list_->addItem(QDir::toNativeSeparators(path));
  stack_->setCurrentIndex(1);
  retranslate();
}

void ModelsPage::inspect(const QString& path) {
  inspectedPath_->setText(QDir::toNativeSeparators(path));
  stack_->setCurrentWidget(inspectorPane_);
  inspector_->open(path);
}

bool ModelsPage::isShowingInspector() const {
  return stack_->currentWidget() == inspectorPane_;
}

void ModelsPage::closeInspector() {
  stack_->setCurrentIndex(list_->count() > 0 ? 1 : 0);
}

QStringList ModelsPage::receivedPaths() const {
  if (isShowingInspector())
    return {QDir::toNativeSeparators(inspector_->path())};
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
    inspect(file);
}

} // namespace ui
} // namespace md
