#include "ui/models/store_browser.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

#include "core/stores/leftovers.h"
#include "core/stores/store_locations.h"
#include "core/util/paths.h"
#include "ui/models/store_actions.h"
#include "ui/models/store_scan_scope.h"
#include "ui/models/store_table_model.h"
#include "ui/models/store_usage_chart.h"
#include "ui/models/store_watcher.h"
#include "ui/shell/banner.h"
#include "ui/shell/core_text.h"
#include "ui/shell/drop_hint.h"
#include "ui/shell/job.h"
#include "ui/shell/progress_panel.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {
namespace {

const QString kFoldersKey = QStringLiteral("stores/folders");

std::filesystem::path toPath(const QString& text) {
  return pathFromUtf8(text.toStdString());
}

QString pathText(const std::filesystem::path& path) {
  return QString::fromStdString(pathToUtf8(path));
}

} // namespace

StoreBrowser::StoreBrowser(QWidget* parent) : QWidget(parent) {
  setProperty("bannerScope", true); // one banner in this tab, whatever the Ollama tab shows
  model_ = new StoreTableModel(this);
  model_->setObjectName(QStringLiteral("storeTableModel"));
  filter_ = new StoreFilter(this);
  filter_->setObjectName(QStringLiteral("storeFilter"));
  filter_->setSourceModel(model_);

  search_ = new QLineEdit(this);
  search_->setObjectName(QStringLiteral("storeSearch"));
  search_->setClearButtonEnabled(true);
  sources_ = new QComboBox(this);
  sources_->setObjectName(QStringLiteral("storeSource"));
  for (int i = 0; i < 5; ++i)
    sources_->addItem(QString(), i - 1); // -1: every source
  modelFilesOnly_ = new QCheckBox(this);
  modelFilesOnly_->setObjectName(QStringLiteral("storeModelFilesOnly"));
  modelFilesOnly_->setChecked(true);
  rescanButton_ = new QPushButton(this);
  rescanButton_->setObjectName(QStringLiteral("storeRescan"));
  auto* filterBar = new QHBoxLayout;
  filterBar->addWidget(search_, 1);
  filterBar->addWidget(sources_);
  filterBar->addWidget(modelFilesOnly_);
  filterBar->addWidget(rescanButton_);

  view_ = new QTableView(this);
  view_->setObjectName(QStringLiteral("storeTable"));
  view_->setModel(filter_);
  view_->setSortingEnabled(true);
  view_->sortByColumn(StoreTableModel::Size, Qt::DescendingOrder);
  view_->setSelectionBehavior(QAbstractItemView::SelectRows);
  view_->setDragEnabled(true);
  view_->setDragDropMode(QAbstractItemView::DragOnly);
  view_->verticalHeader()->hide();
  view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
  view_->setWordWrap(false);
  view_->setTextElideMode(Qt::ElideMiddle);
  view_->setAlternatingRowColors(true);
  // Name and path share what the short columns leave (long paths elide in
  // the middle), so every column fits at 1100 px.
  QHeaderView* header = view_->horizontalHeader();
  header->setSectionResizeMode(QHeaderView::ResizeToContents);
  header->setSectionResizeMode(StoreTableModel::Name, QHeaderView::Stretch);
  header->setSectionResizeMode(StoreTableModel::Path, QHeaderView::Stretch);
  header->setSectionResizeMode(StoreTableModel::Role, QHeaderView::Interactive);
  header->setStretchLastSection(false);
  view_->setColumnWidth(StoreTableModel::Role, 150);

  auto* actionBar = new QWidget(this);
  buildActions(actionBar);
  status_ = new QLabel(this);
  status_->setObjectName(QStringLiteral("storeStatus"));
  leftoversButton_ = new QPushButton(this);
  leftoversButton_->setObjectName(QStringLiteral("storeRemoveLeftovers"));
  leftoversButton_->hide();
  connect(leftoversButton_, &QPushButton::clicked, this, &StoreBrowser::removeLeftovers);
  auto* statusBar = new QHBoxLayout;
  statusBar->addWidget(status_, 1);
  statusBar->addWidget(leftoversButton_);
  banner_ = new Banner(this);
  banner_->setObjectName(QStringLiteral("storeBanner"));
  progress_ = new ProgressPanel(this);
  progress_->setCountsItems(true);
  progress_->hide();
  chart_ = new StoreUsageChart(this);

  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(view_);
  splitter->addWidget(chart_);
  splitter->setStretchFactor(0, 1);
  emptyHint_ = new DropHint(QStringLiteral("models"), this);
  emptyHint_->setObjectName(QStringLiteral("storesEmptyState"));
  emptyAddFolderButton_ = emptyHint_->addButton();
  connect(emptyAddFolderButton_, &QPushButton::clicked, this, &StoreBrowser::addFolderRequested);
  results_ = new QStackedWidget(this);
  results_->addWidget(splitter);
  results_->addWidget(emptyHint_);
  scannedFolders_ = new QLabel(this);
  scannedFolders_->setObjectName(QStringLiteral("storeScannedFolders"));
  scannedFolders_->setWordWrap(true);
  scannedFolders_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(filterBar);
  layout->addWidget(scannedFolders_);
  layout->addWidget(banner_);
  layout->addWidget(progress_);
  layout->addWidget(results_, 1);
  layout->addWidget(actionBar);
  layout->addLayout(statusBar);

  watcher_ = new StoreWatcher(this);
  connect(watcher_, &StoreWatcher::changed, this, &StoreBrowser::rescan);
  connect(search_, &QLineEdit::textChanged, filter_, &StoreFilter::setText);
  connect(sources_, &QComboBox::currentIndexChanged, this, [this](int index) {
    const int source = sources_->itemData(index).toInt();
    filter_->setSource(source < 0 ? std::nullopt : std::optional(static_cast<stores::SourceKind>(source)));
  });
  connect(modelFilesOnly_, &QCheckBox::toggled, filter_, &StoreFilter::setModelFilesOnly);
  connect(rescanButton_, &QPushButton::clicked, this, &StoreBrowser::rescan);
  connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StoreBrowser::updateButtons);
  connect(view_, &QTableView::doubleClicked, this, &StoreBrowser::openSelectedInInspector);
  view_->setContextMenuPolicy(Qt::CustomContextMenu);
  connect(view_, &QWidget::customContextMenuRequested, this, &StoreBrowser::showContextMenu);
  confirm_ = [this](const QString& question) {
    return QMessageBox::question(this, tr("Delete files"), question) == QMessageBox::Yes;
  };
  retranslate();
  updateButtons();
}

StoreBrowser::~StoreBrowser() = default;

void StoreBrowser::retranslate() {
  search_->setPlaceholderText(tr("Search name, architecture, quantization or path"));
  const QStringList sourceNames{tr("All sources"), StoreTableModel::sourceLabel(stores::SourceKind::Ollama),
                                StoreTableModel::sourceLabel(stores::SourceKind::HuggingFace),
                                StoreTableModel::sourceLabel(stores::SourceKind::ModelScope),
                                StoreTableModel::sourceLabel(stores::SourceKind::Folder)};
  for (int i = 0; i < sourceNames.size(); ++i)
    sources_->setItemText(i, sourceNames[i]);
  modelFilesOnly_->setText(tr("Model files only"));
  rescanButton_->setText(tr("Rescan"));
  inspectButton_->setText(tr("Inspect"));
  revealButton_->setText(tr("Show in folder"));
  mergeButton_->setText(tr("Send to Merge"));
  modelfileButton_->setText(tr("New Modelfile"));
  importButton_->setText(tr("Import…")); // short: this bar sets the window's least width
  importButton_->setToolTip(tr("Import into Ollama…"));
  copyButton_->setText(tr("Copy path"));
  deleteButton_->setText(tr("Delete…"));
  exportButton_->setText(tr("Export…"));
  exportButton_->setToolTip(tr("Write this Ollama model's GGUF files, a Modelfile and a README to a folder, or "
                               "into LM Studio's models folder"));
  progress_->setPhaseNames({{QStringLiteral("discovering"), tr("Looking for models")},
                            {QStringLiteral("reading headers"), tr("Reading headers")}});
  status_->setText(tr("Files found: %1").arg(model_->entries().size()));
  scannedFolders_->setText(scannedFoldersText(request()));
  updateLeftovers();
  emptyHint_->setTexts(tr("No model files found yet"),
                       tr("ModelDesk looked in the Ollama store, the Hugging Face and ModelScope caches and your "
                          "folders. Drop a folder of GGUF files here, or add one."));
  emptyAddFolderButton_->setText(tr("Add folder…"));
}

void StoreBrowser::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

void StoreBrowser::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (!scannedOnce_)
    rescan();
}

void StoreBrowser::setRequest(stores::ScanRequest request) {
  request_ = std::move(request);
  scannedFolders_->setText(scannedFoldersText(*request_));
}

stores::ScanRequest StoreBrowser::request() const {
  return request_ ? *request_ : defaultScanRequest(QSettings().value(kFoldersKey).toStringList());
}

void StoreBrowser::addFolder(const QString& folder) {
  if (request_) {
    request_->folders.push_back(toPath(folder));
  } else {
    QStringList folders = QSettings().value(kFoldersKey).toStringList();
    if (!folders.contains(folder))
      QSettings().setValue(kFoldersKey, folders << folder);
  }
  rescan();
}

void StoreBrowser::rescan() {
  if (scanning_) {
    rescanPending_ = true;
    return;
  }
  scanning_ = true;
  scannedOnce_ = true;
  const stores::ScanRequest request = this->request();
  auto work = [request](ProgressReporter& progress) { return stores::scanStores(request, progress); };
  JobHandle* job = runJob(this, work, [this](Result<stores::ScanReport> result) {
    scanning_ = false;
    if (result.ok())
      applyReport(std::move(result).value());
    else if (result.error().code != ErrorCode::Cancelled)
      banner_->showError(result.error());
    Q_EMIT scanFinished(result.ok());
    if (std::exchange(rescanPending_, false))
      rescan();
  });
  progress_->track(job);
}

void StoreBrowser::applyReport(stores::ScanReport report) {
  watcher_->follow(request(), report.entries);
  model_->setEntries(std::move(report.entries));
  chart_->setUsage(model_->usage());
  results_->setCurrentWidget(model_->entries().empty() ? static_cast<QWidget*>(emptyHint_) : results_->widget(0));
  if (!report.notes.empty()) {
    const QString count = QString::number(report.notes.size());
    const QString path = pathText(report.notes.front().path);
    banner_->showMessage(Banner::Kind::Info, [count, path, note = report.notes.front().text] {
      return tr("Skipped files or folders: %1. First: %2: %3").arg(count, path, coreText(note));
    });
  }
  retranslate();
  updateButtons();
}

bool StoreBrowser::isShowingEmptyState() const {
  return results_->currentWidget() == emptyHint_;
}

QStringList StoreBrowser::watchedFolders() const {
  return watcher_->folders();
}

bool StoreBrowser::selectPath(const QString& path) {
  for (int row = 0; row < filter_->rowCount(); ++row) {
    const QModelIndex index = filter_->index(row, StoreTableModel::Path);
    if (index.data().toString() == path) {
      view_->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
      return true;
    }
  }
  return false;
}

std::vector<const stores::StoreEntry*> StoreBrowser::selectedEntries() const {
  std::vector<const stores::StoreEntry*> entries;
  for (const QModelIndex& index : view_->selectionModel()->selectedRows())
    if (const auto* entry = model_->entryAt(filter_->mapToSource(index)))
      entries.push_back(entry);
  return entries;
}

QStringList StoreBrowser::selectedPaths() const {
  QStringList paths;
  for (const auto* entry : selectedEntries())
    paths << pathText(entry->path);
  return paths;
}

} // namespace ui
} // namespace md
