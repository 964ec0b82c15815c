#include "ui/merge/split_dialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <memory>

#include "core/merge/split_model.h"
#include "core/util/paths.h"
#include "ui/shell/banner.h"
#include "ui/shell/file_dialogs.h"
#include "ui/shell/job.h"
#include "ui/shell/progress_panel.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {
namespace {

std::filesystem::path toPath(const QString& text) {
  return pathFromUtf8(text.toStdString());
}

QString pathText(const std::filesystem::path& path) {
  return QString::fromStdString(pathToUtf8(path));
}

// "qwen2.5-7b-q4_k_m.gguf" → "qwen2.5-7b-q4_k_m"
QString defaultPrefix(const QString& input) {
  const QString name = QFileInfo(input).fileName();
  return name.endsWith(QStringLiteral(".gguf"), Qt::CaseInsensitive) ? name.chopped(5) : name;
}

} // namespace

SplitDialog::SplitDialog(const QString& inputPath, QWidget* parent) : QDialog(parent), input_(inputPath) {
  setObjectName(QStringLiteral("splitDialog"));
  intro_ = new QLabel(this);
  intro_->setWordWrap(true);
  bySize_ = new QRadioButton(this);
  bySize_->setObjectName(QStringLiteral("splitBySize"));
  byTensors_ = new QRadioButton(this);
  byTensors_->setObjectName(QStringLiteral("splitByTensors"));
  auto* group = new QButtonGroup(this);
  group->addButton(bySize_);
  group->addButton(byTensors_);
  bySize_->setChecked(true);
  maxSize_ = new QLineEdit(QStringLiteral("4000M"), this);
  maxSize_->setObjectName(QStringLiteral("maxSize"));
  maxTensors_ = new QSpinBox(this);
  maxTensors_->setObjectName(QStringLiteral("maxTensors"));
  maxTensors_->setRange(1, 100000);
  maxTensors_->setValue(128);
  sizeHint_ = new QLabel(this);
  sizeHint_->setWordWrap(true);
  folder_ = new QLineEdit(QDir::toNativeSeparators(QFileInfo(inputPath).absolutePath()), this);
  folder_->setObjectName(QStringLiteral("splitFolder"));
  browse_ = new QPushButton(this);
  prefix_ = new QLineEdit(defaultPrefix(inputPath), this);
  prefix_->setObjectName(QStringLiteral("splitPrefix"));
  namePreview_ = new QLabel(this);
  namePreview_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  folderLabel_ = new QLabel(this);
  prefixLabel_ = new QLabel(this);

  auto* sizeRow = new QHBoxLayout;
  sizeRow->addWidget(bySize_);
  sizeRow->addWidget(maxSize_);
  sizeRow->addSpacing(16);
  sizeRow->addWidget(byTensors_);
  sizeRow->addWidget(maxTensors_);
  sizeRow->addStretch(1);
  auto* folderRow = new QHBoxLayout;
  folderRow->addWidget(folder_, 1);
  folderRow->addWidget(browse_);
  auto* form = new QFormLayout;
  form->addRow(folderLabel_, folderRow);
  form->addRow(prefixLabel_, prefix_);
  form->addRow(QString(), namePreview_);

  banner_ = new Banner(this);
  banner_->setObjectName(QStringLiteral("splitBanner"));
  progress_ = new ProgressPanel(this);
  progress_->setObjectName(QStringLiteral("splitProgress"));
  progress_->setVisible(false);
  result_ = new QLabel(this);
  result_->setObjectName(QStringLiteral("splitResult"));
  result_->setWordWrap(true);
  result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  result_->hide();

  auto* buttons = new QDialogButtonBox(this);
  split_ = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
  split_->setObjectName(QStringLiteral("splitButton"));
  inspectFirst_ = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
  checkMerge_ = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
  close_ = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
  inspectFirst_->hide();
  checkMerge_->hide();

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro_);
  layout->addLayout(sizeRow);
  layout->addWidget(sizeHint_);
  layout->addLayout(form);
  layout->addWidget(banner_);
  layout->addWidget(progress_);
  layout->addWidget(result_);
  layout->addStretch(1);
  layout->addWidget(buttons);

  connect(bySize_, &QRadioButton::toggled, this, &SplitDialog::updateState);
  connect(maxSize_, &QLineEdit::textChanged, this, &SplitDialog::updateState);
  connect(folder_, &QLineEdit::textChanged, this, &SplitDialog::updateState);
  connect(prefix_, &QLineEdit::textChanged, this, &SplitDialog::updateState);
  connect(browse_, &QPushButton::clicked, this, &SplitDialog::browseFolder);
  connect(split_, &QPushButton::clicked, this, [this] { start(); });
  connect(close_, &QPushButton::clicked, this, &SplitDialog::reject);
  connect(inspectFirst_, &QPushButton::clicked, this, [this] {
    if (!shards_.isEmpty())
      Q_EMIT inspectRequested(shards_.first());
  });
  connect(checkMerge_, &QPushButton::clicked, this, [this] { Q_EMIT mergeRequested(shards_); });
  confirm_ = [this](const QString& question) {
    return QMessageBox::question(this, tr("Replace shards"), question) == QMessageBox::Yes;
  };
  retranslate();
  resize(620, sizeHint().height());
}

void SplitDialog::retranslate() {
  setWindowTitle(tr("Split into shards"));
  intro_->setText(tr("Splits “%1” into llama.cpp shards (name-00001-of-0000N.gguf). llama.cpp, LM Studio and "
                     "Ollama 0.30 or newer load them directly; ModelDesk merges them back into one file.")
                      .arg(QFileInfo(input_).fileName()));
  bySize_->setText(tr("At most this size per shard:"));
  byTensors_->setText(tr("At most this many tensors:"));
  sizeHint_->setText(
      tr("Sizes like 2G, 1500M or 2000000000 (bytes). FAT32 drives hold files under 4 GiB: use 4000M or less."));
  folderLabel_->setText(tr("Output folder:"));
  prefixLabel_->setText(tr("Name:"));
  browse_->setText(tr("Browse…"));
  split_->setText(tr("Split"));
  close_->setText(running_ ? tr("Cancel") : tr("Close"));
  inspectFirst_->setText(tr("Open first shard in inspector"));
  checkMerge_->setText(tr("Check with the Merge wizard"));
  progress_->setPhaseNames(
      {{QStringLiteral("writing"), tr("Writing shards")}, {QStringLiteral("verifying"), tr("Verifying the shards")}});
  updateState();
}

void SplitDialog::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QDialog::changeEvent(event);
}

void SplitDialog::updateState() {
  maxSize_->setEnabled(bySize_->isChecked() && !running_);
  maxTensors_->setEnabled(byTensors_->isChecked() && !running_);
  const bool sizeOk =
      !bySize_->isChecked() || merge::parseSize(maxSize_->text().trimmed().toStdString()).value_or(0) > 0;
  const bool nameOk = !prefix_->text().trimmed().isEmpty() && !prefix_->text().contains(QLatin1Char('/')) &&
                      !prefix_->text().contains(QLatin1Char('\\'));
  const bool folderOk = QFileInfo(folder_->text()).isDir();
  split_->setEnabled(sizeOk && nameOk && folderOk && !running_);
  if (!sizeOk)
    namePreview_->setText(tr("“%1” is not a size.").arg(maxSize_->text()));
  else if (!folderOk)
    namePreview_->setText(tr("The output folder does not exist."));
  else if (!nameOk)
    namePreview_->setText(tr("Enter a name without slashes."));
  else
    namePreview_->setText(tr("Files: %1-00001-of-0000N.gguf, …").arg(prefix_->text().trimmed()));
}

void SplitDialog::browseFolder() {
  const QString folder = file_dialogs::existingFolder(this, tr("Output folder"), folder_->text());
  if (!folder.isEmpty())
    folder_->setText(QDir::toNativeSeparators(folder));
}

void SplitDialog::start(bool overwrite) {
  if (running_ || !split_->isEnabled())
    return;
  merge::SplitOptions options;
  if (bySize_->isChecked())
    options.maxBytes = merge::parseSize(maxSize_->text().trimmed().toStdString()).value_or(0);
  else
    options.maxTensors = static_cast<std::size_t>(maxTensors_->value());
  options.output.overwrite = overwrite;
  const auto input = toPath(input_);
  const auto prefix = toPath(QDir::fromNativeSeparators(folder_->text())) / toPath(prefix_->text().trimmed());

  running_ = true;
  banner_->hide();
  result_->hide();
  inspectFirst_->hide();
  checkMerge_->hide();
  progress_->setVisible(true);
  retranslate();
  auto result = std::make_shared<merge::SplitResult>();
  JobHandle* job = runJob(this, [input, prefix, options, result](ProgressReporter& progress) -> Status {
    auto split = merge::splitModel(input, prefix, options, progress);
    if (!split)
      return split.error();
    *result = std::move(*split);
    return {};
  });
  connect(job, &JobHandle::finished, this, [this, result](bool ok, const md::Error& error) {
    running_ = false;
    progress_->setVisible(false);
    retranslate();
    if (!ok && error.code == ErrorCode::AlreadyExists &&
        confirm_(tr("%1 already exists. Replace the shards with new ones?").arg(pathText(error.where.path)))) {
      start(true);
      return;
    }
    if (ok) {
      QStringList shards;
      for (const auto& shard : result->shards)
        shards << pathText(shard);
      showResult(shards, result->bytes);
    } else {
      showFailure(error);
    }
    Q_EMIT finished(ok);
  });
  progress_->track(job);
}

void SplitDialog::showResult(const QStringList& shards, quint64 bytes) {
  shards_ = shards;
  if (shards.isEmpty())
    return;
  const QString size = sizeText(bytes);
  const QString folder = QDir::toNativeSeparators(QFileInfo(shards.first()).absolutePath());
  const QString first = QFileInfo(shards.first()).fileName();
  const QString last = QFileInfo(shards.last()).fileName();
  result_->setText(
      shards.size() == 1
          ? tr("Wrote 1 shard (%1) in %2: %3").arg(size, folder, first)
          : tr("Wrote %1 shards (%2) in %3: %4 … %5").arg(QString::number(shards.size()), size, folder, first, last));
  result_->show();
  inspectFirst_->show();
  checkMerge_->show();
  banner_->showMessage(Banner::Kind::Success, [] { return tr("Split finished. The original file was not changed."); });
  adjustSize();
}

void SplitDialog::showFailure(const md::Error& error) {
  if (error.code == ErrorCode::Cancelled)
    banner_->showMessage(Banner::Kind::Info, [] { return tr("Cancelled. No shard was written."); });
  else
    banner_->showError(error);
}

void SplitDialog::reject() {
  if (running_) { // Close reads "Cancel" while the split runs
    if (auto* cancel = progress_->cancelButton())
      cancel->click();
    return;
  }
  QDialog::reject();
}

} // namespace ui
} // namespace md
