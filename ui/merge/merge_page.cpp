#include "ui/merge/merge_page.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

#include "ui/shell/drop_hint.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

MergePage::MergePage(QWidget* parent) : Page(parent) {
  stack_ = new QStackedLayout(this);
  dropArea_ = new DropHint(QStringLiteral("merge"), this);
  pickButton_ = dropArea_->addButton();
  connect(pickButton_, &QPushButton::clicked, this, &MergePage::addFiles);

  auto* content = new QWidget(this);
  auto* layout = new QVBoxLayout(content);
  heading_ = makeHeading(content);
  list_ = new QListWidget(content);
  list_->setObjectName(QStringLiteral("mergeInputs"));
  auto* buttons = new QHBoxLayout;
  addButton_ = new QPushButton(content);
  clearButton_ = new QPushButton(content);
  connect(addButton_, &QPushButton::clicked, this, &MergePage::addFiles);
  connect(clearButton_, &QPushButton::clicked, this, &MergePage::clear);
  buttons->addWidget(addButton_);
  buttons->addWidget(clearButton_);
  buttons->addStretch();
  layout->addWidget(heading_);
  layout->addWidget(list_, 1);
  layout->addLayout(buttons);

  stack_->addWidget(withMargins(dropArea_, 32, this));
  stack_->addWidget(content);
  retranslate();
}

void MergePage::retranslate() {
  dropArea_->setTexts(tr("Drop the pieces of a model here"),
                      tr("Byte-split parts (x.gguf.a, x.gguf.b…), llama.cpp shards (x-00001-of-00003.gguf), "
                         "or a model with its vision projector (mmproj)."));
  pickButton_->setText(tr("Choose files…"));
  heading_->setText(tr("Files to merge"));
  addButton_->setText(tr("Add files…"));
  clearButton_->setText(tr("Start over"));
}

void MergePage::receiveDrop(const DropDecision& decision) {
  for (const QString& path : decision.paths) {
    const QString native = QDir::toNativeSeparators(path);
    if (list_->findItems(native, Qt::MatchExactly).isEmpty())
      list_->addItem(native);
  }
  stack_->setCurrentIndex(list_->count() > 0 ? 1 : 0);
}

QStringList MergePage::inputPaths() const {
  QStringList paths;
  for (int i = 0; i < list_->count(); ++i)
    paths << list_->item(i)->text();
  return paths;
}

void MergePage::addFiles() {
  const QStringList files = QFileDialog::getOpenFileNames(this, tr("Choose the parts, shards or projector"), QString(),
                                                          tr("GGUF files and parts (*.gguf *.gguf.*);;All files (*)"));
  if (!files.isEmpty())
    receiveDrop(DropDecision{DropTarget::Merge, files, {}});
}

void MergePage::clear() {
  list_->clear();
  stack_->setCurrentIndex(0);
}

} // namespace ui
} // namespace md
