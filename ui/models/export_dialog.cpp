// Export…: layout and folder, the run in the JobView, then the tree of what
// was written (see export_dialog.h).
#include "ui/models/export_dialog.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

#include "core/stores/store_locations.h"
#include "core/util/paths.h"
#include "ui/models/ollama_details.h"
#include "ui/shell/core_text.h"
#include "ui/shell/file_dialogs.h"
#include "ui/shell/job.h"
#include "ui/shell/job_view.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

namespace {
const QString kParentKey = QStringLiteral("export/plainParent");

QString fromPath(const std::filesystem::path& path) {
  return QDir::toNativeSeparators(QString::fromStdString(md::pathToUtf8(path)));
}

std::filesystem::path toPath(const QString& text) {
  return md::pathFromUtf8(QDir::fromNativeSeparators(text).toStdString());
}
} // namespace

ExportDialog::ExportDialog(const QString& model, const QStringList& stores, QWidget* parent)
    : QDialog(parent), model_(model), stores_(stores) {
  setObjectName(QStringLiteral("exportDialog"));
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout;
  modelLabel_ = new QLabel(model, this);
  layout_ = new QComboBox(this);
  layout_->setObjectName(QStringLiteral("exportLayout"));
  layout_->addItem(QString(), int(md::ollama::ExportLayout::Plain));
  layout_->addItem(QString(), int(md::ollama::ExportLayout::LmStudio));
  folder_ = new QLineEdit(this);
  folder_->setObjectName(QStringLiteral("exportFolder"));
  chooseFolder_ = new QPushButton(this);
  chooseFolder_->setObjectName(QStringLiteral("exportChooseFolder"));
  auto* folderRow = new QHBoxLayout;
  folderRow->addWidget(folder_, 1);
  folderRow->addWidget(chooseFolder_);
  target_ = new QLabel(this);
  target_->setObjectName(QStringLiteral("exportTarget"));
  target_->setWordWrap(true);
  target_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layoutLabel_ = new QLabel(this);
  folderLabel_ = new QLabel(this);
  targetCaption_ = new QLabel(this);
  modelCaption_ = new QLabel(this);
  form->addRow(modelCaption_, modelLabel_);
  form->addRow(layoutLabel_, layout_);
  form->addRow(folderLabel_, folderRow);
  form->addRow(targetCaption_, target_);
  layout->addLayout(form);
  jobView_ = new JobView(this);
  jobView_->setObjectName(QStringLiteral("exportJob"));
  jobView_->setLogVisible(true);
  layout->addWidget(jobView_, 1);
  tree_ = new QTreeWidget(this);
  tree_->setObjectName(QStringLiteral("exportTree"));
  tree_->setColumnCount(3);
  tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  tree_->setMinimumHeight(180);
  tree_->hide();
  layout->addWidget(tree_, 2);
  auto* buttons = new QDialogButtonBox(this);
  openFolder_ = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
  openFolder_->setObjectName(QStringLiteral("exportOpenFolder"));
  openFolder_->hide();
  start_ = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
  start_->setObjectName(QStringLiteral("exportStart"));
  start_->setDefault(true);
  close_ = buttons->addButton(QDialogButtonBox::Close);
  layout->addWidget(buttons);

  connect(layout_, &QComboBox::currentIndexChanged, this, &ExportDialog::layoutChanged);
  connect(folder_, &QLineEdit::textChanged, this, &ExportDialog::updateTarget);
  connect(start_, &QPushButton::clicked, this, &ExportDialog::startExport);
  connect(close_, &QPushButton::clicked, this, &QDialog::reject);
  connect(openFolder_, &QPushButton::clicked, this,
          [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(exportedFolder_)); });
  connect(chooseFolder_, &QPushButton::clicked, this, [this] {
    const QString folder = file_dialogs::existingFolder(this, tr("Export to folder"), folder_->text());
    if (!folder.isEmpty())
      setFolder(folder);
  });
  retranslate();
  layoutChanged();
  resize(640, 580);
}

ExportDialog::~ExportDialog() = default; // the job (owned by this) is cancelled

void ExportDialog::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QDialog::changeEvent(event);
}

void ExportDialog::retranslate() {
  setWindowTitle(tr("Export “%1”").arg(model_));
  modelCaption_->setText(tr("Model:"));
  layoutLabel_->setText(tr("Layout:"));
  layout_->setItemText(0, tr("A folder of its own (GGUF, Modelfile, README)"));
  layout_->setItemText(1, tr("LM Studio's models folder (publisher/repo/file.gguf)"));
  folderLabel_->setText(tr("Folder:"));
  chooseFolder_->setText(tr("Choose…"));
  targetCaption_->setText(tr("Files go to:"));
  tree_->setHeaderLabels({tr("Name"), tr("Size"), tr("Made by")});
  jobView_->setPhaseNames({{QStringLiteral("exporting"), tr("Copying")},
                           {QStringLiteral("verifying"), tr("Verifying")},
                           {QStringLiteral("hashing"), tr("Verifying")}});
  openFolder_->setText(tr("Open folder"));
  start_->setText(tr("Export"));
  updateTarget();
}

void ExportDialog::setExportLayout(md::ollama::ExportLayout layout) {
  layout_->setCurrentIndex(layout == md::ollama::ExportLayout::LmStudio ? 1 : 0);
}

void ExportDialog::setFolder(const QString& folder) {
  folder_->setText(QDir::toNativeSeparators(folder));
}

QString ExportDialog::folder() const {
  return folder_->text().trimmed();
}

// Each layout suggests its own folder: LM Studio's models folder, or a
// folder named after the model where the last plain export went.
void ExportDialog::layoutChanged() {
  const auto layout = md::ollama::ExportLayout(layout_->currentData().toInt());
  if (layout == md::ollama::ExportLayout::LmStudio) {
    setFolder(fromPath(md::ollama::defaultLmStudioModelsDir()));
  } else {
    const QString parent = QSettings().value(kParentKey, QDir::homePath()).toString();
    const auto names = md::ollama::exportNames(model_.toStdString());
    setFolder(QDir(parent).filePath(QString::fromStdString(names.repo)));
  }
  updateTarget();
}

QString ExportDialog::targetFolder() const {
  md::ollama::ExportOptions options;
  options.model = model_.toStdString();
  options.destination = toPath(folder());
  options.layout = md::ollama::ExportLayout(layout_->currentData().toInt());
  return fromPath(md::ollama::exportFolder(options));
}

void ExportDialog::updateTarget() {
  const bool ready = !folder().isEmpty() && !stores_.isEmpty();
  target_->setText(folder().isEmpty() ? tr("Choose a folder.") : targetFolder());
  start_->setEnabled(ready && !isRunning());
}

void ExportDialog::reject() {
  if (job_)
    job_->cancel();
  QDialog::reject();
}

void ExportDialog::startExport() {
  updateTarget();
  if (!start_->isEnabled())
    return;
  md::ollama::ExportOptions options;
  options.model = model_.toStdString();
  options.destination = toPath(folder());
  options.layout = md::ollama::ExportLayout(layout_->currentData().toInt());
  destination_ = QDir::fromNativeSeparators(folder());
  if (options.layout == md::ollama::ExportLayout::Plain)
    QSettings().setValue(kParentKey, QDir::fromNativeSeparators(folder()).section(QLatin1Char('/'), 0, -2));
  jobView_->clearBanner();
  jobView_->clearLog();
  tree_->hide();
  openFolder_->hide();
  jobView_->appendLog(tr("Exporting “%1” to %2").arg(model_, targetFolder()));
  auto work = [options, stores = storePaths(stores_)](
                  md::ProgressReporter& progress) mutable -> md::Result<md::ollama::ExportResult> {
    auto store = md::stores::findStoreHolding(options.model, stores);
    if (!store)
      return store.error();
    options.store = *store;
    return md::ollama::exportModel(options, progress);
  };
  job_ = runJob(this, work, [this](md::Result<md::ollama::ExportResult> result) {
    job_.clear();
    for (QWidget* widget : std::initializer_list<QWidget*>{layout_, folder_, chooseFolder_})
      widget->setEnabled(true);
    updateTarget();
    if (!result) {
      jobView_->showOutcome(false, result.error(), {}, [] { return tr("Cancelled. Nothing was written."); });
      Q_EMIT exportFinished(false);
      return;
    }
    showResult(*result);
    Q_EMIT exportFinished(true);
  });
  jobView_->track(job_);
  for (QWidget* widget : std::initializer_list<QWidget*>{layout_, folder_, chooseFolder_, start_})
    widget->setEnabled(false);
}

QString ExportDialog::placementText(const std::string& placement) const {
  if (placement == "reflink")
    return tr("clone (no bytes written)");
  if (placement == "hardlink")
    return tr("hard link (no bytes written)");
  return tr("written");
}

// The folder as a tree: the folder chosen, the folders under it (LM
// Studio's publisher/repo), then the files.
void ExportDialog::showResult(const md::ollama::ExportResult& result) {
  exportedFolder_ = fromPath(result.folder);
  tree_->clear();
  auto* root = new QTreeWidgetItem(tree_, {QDir::toNativeSeparators(destination_)});
  const QString below = QDir(destination_).relativeFilePath(QDir::fromNativeSeparators(exportedFolder_));
  for (const QString& part : below.split(QLatin1Char('/'), Qt::SkipEmptyParts))
    if (part != QLatin1String("."))
      root = new QTreeWidgetItem(root, {part});
  std::uint64_t total = 0;
  for (const auto& file : result.files) {
    auto* item = new QTreeWidgetItem(
        root, {QString::fromStdString(file.relative), sizeText(file.size), placementText(file.placement)});
    item->setToolTip(0, QStringLiteral("SHA-256 %1").arg(QString::fromStdString(file.sha256)));
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    total += file.size;
  }
  tree_->topLevelItem(0)->setText(1, sizeText(total));
  tree_->topLevelItem(0)->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
  tree_->expandAll();
  tree_->resizeColumnToContents(1);
  tree_->resizeColumnToContents(2);
  tree_->show();
  openFolder_->show();
  jobView_->showMessage(
      Banner::Kind::Success, [folder = exportedFolder_, files = result.files.size(), written = result.bytesWritten] {
        return tr("Exported to %1: %2 file(s), %3 written.").arg(folder).arg(files).arg(sizeText(written));
      });
}

} // namespace ui
} // namespace md
