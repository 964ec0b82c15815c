#include "ui/merge/merge_output_step.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/io/staged_output.h"
#include "core/util/paths.h"
#include "ui/shell/banner.h"
#include "ui/shell/file_dialogs.h"
#include "ui/shell/job.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

namespace {

struct FolderFacts {
  bool exists = true;
  qint64 freeBytes = -1;
  QStringList leftovers; // temp files of interrupted merges whose writer is gone
};

std::filesystem::path toPath(const QString& text) {
  return pathFromUtf8(QDir::cleanPath(text).toStdString());
}

} // namespace

MergeOutputStep::MergeOutputStep(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  heading_ = makeHeading(this);
  auto* form = new QFormLayout;
  folder_ = new QLineEdit(this);
  folder_->setObjectName(QStringLiteral("outputFolder"));
  browse_ = new QPushButton(this);
  auto* folderRow = new QHBoxLayout;
  folderRow->addWidget(folder_, 1);
  folderRow->addWidget(browse_);
  name_ = new QLineEdit(this);
  name_->setObjectName(QStringLiteral("outputName"));
  folderLabel_ = new QLabel(this);
  nameLabel_ = new QLabel(this);
  form->addRow(folderLabel_, folderRow);
  form->addRow(nameLabel_, name_);
  space_ = new QLabel(this);
  space_->setWordWrap(true);
  leftoverBanner_ = new Banner(this);
  deleteLeftovers_ = new QPushButton(this);
  deleteLeftovers_->setObjectName(QStringLiteral("deleteLeftovers"));
  deleteLeftovers_->hide();
  createFolder_ = new QPushButton(this);
  createFolder_->setObjectName(QStringLiteral("createFolder"));
  createFolder_->hide();
  layout->addWidget(heading_);
  layout->addLayout(form);
  layout->addWidget(space_);
  layout->addWidget(createFolder_, 0, Qt::AlignLeft);
  layout->addWidget(leftoverBanner_);
  layout->addWidget(deleteLeftovers_, 0, Qt::AlignLeft);
  layout->addStretch();
  connect(browse_, &QPushButton::clicked, this, &MergeOutputStep::browse);
  connect(folder_, &QLineEdit::editingFinished, this, &MergeOutputStep::inspectFolder);
  connect(deleteLeftovers_, &QPushButton::clicked, this, &MergeOutputStep::deleteLeftovers);
  connect(createFolder_, &QPushButton::clicked, this, &MergeOutputStep::createFolder);
  retranslate();
}

void MergeOutputStep::setDefaults(const QString& folder, const QString& name, quint64 neededBytes) {
  folder_->setText(QDir::toNativeSeparators(folder));
  name_->setText(name);
  needed_ = neededBytes;
  inspectFolder();
}

QString MergeOutputStep::outputPath() const {
  return QDir(QDir::fromNativeSeparators(folder_->text())).filePath(name_->text().trimmed());
}

QString MergeOutputStep::spaceText() const {
  return space_->text();
}

void MergeOutputStep::inspectFolder() {
  const auto folder = toPath(QDir::fromNativeSeparators(folder_->text()));
  const int inspection = ++inspections_; // only the latest inspection's answer counts
  runJob(
      this,
      [folder](ProgressReporter&) -> Result<FolderFacts> {
        FolderFacts facts;
        std::error_code ec;
        facts.exists = std::filesystem::is_directory(folder, ec);
        if (!facts.exists)
          return facts;
        auto info = std::filesystem::space(folder, ec);
        if (!ec)
          facts.freeBytes = static_cast<qint64>(info.available);
        for (const auto& leftover : io::findLeftoverPartials(folder))
          if (!leftover.ownerRunning)
            facts.leftovers << QString::fromStdString(pathToUtf8(leftover.path));
        return facts;
      },
      [this, inspection](Result<FolderFacts> facts) {
        if (inspection != inspections_)
          return;
        folderExists_ = !facts || facts->exists;
        freeBytes_ = facts ? facts->freeBytes : -1;
        leftovers_ = facts ? facts->leftovers : QStringList();
        retranslate();
        Q_EMIT leftoversChanged();
      });
}

void MergeOutputStep::deleteLeftovers() {
  for (const QString& path : std::as_const(leftovers_))
    QFile::remove(path);
  inspectFolder();
}

void MergeOutputStep::createFolder() {
  const auto folder = toPath(QDir::fromNativeSeparators(folder_->text()));
  runJob(
      this,
      [folder](ProgressReporter&) -> Result<bool> {
        std::error_code ec;
        std::filesystem::create_directories(folder, ec);
        if (ec)
          return makeError(ErrorCode::Io,
                           md::Message(md::MessageId::CannotCreateFolder, {pathToUtf8(folder), ec.message()}));
        return true;
      },
      [this](Result<bool> created) {
        if (!created) {
          leftoverBanner_->showError(created.error());
          return;
        }
        inspectFolder();
      });
}

void MergeOutputStep::browse() {
  const QString folder = file_dialogs::existingFolder(this, tr("Choose the output folder"), folder_->text());
  if (!folder.isEmpty()) {
    folder_->setText(QDir::toNativeSeparators(folder));
    inspectFolder();
  }
}

void MergeOutputStep::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

void MergeOutputStep::retranslate() {
  heading_->setText(tr("Where should the merged file go?"));
  folderLabel_->setText(tr("Folder:"));
  nameLabel_->setText(tr("File name:"));
  browse_->setText(tr("Browse…"));
  deleteLeftovers_->setText(tr("Delete leftover temp files"));
  createFolder_->setText(tr("Create this folder"));
  createFolder_->setVisible(!folderExists_);
  const QString needed = sizeText(needed_);
  if (!folderExists_)
    space_->setText(tr("This folder does not exist yet. Needs %1.").arg(needed));
  else if (freeBytes_ < 0)
    space_->setText(tr("Needs %1.").arg(needed));
  else
    space_->setText(
        tr("Needs %1; %2 is free in this folder.").arg(needed, sizeText(static_cast<std::uint64_t>(freeBytes_))));
  deleteLeftovers_->setVisible(!leftovers_.isEmpty());
  if (leftovers_.isEmpty())
    leftoverBanner_->clear();
  else
    leftoverBanner_->showMessage(
        Banner::Kind::Warning, [count = int(leftovers_.size()), first = QFileInfo(leftovers_.first()).fileName()] {
          return tr("This folder holds %n temp file(s) left by an interrupted merge: %1", nullptr, count).arg(first);
        });
}

} // namespace ui
} // namespace md
