#include "ui/models/ollama_tab.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedLayout>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/models/ollama_details.h"
#include "ui/models/ollama_hosts.h"
#include "ui/models/ollama_model_table.h"
#include "ui/shell/banner.h"
#include "ui/shell/core_text.h"
#include "ui/shell/drop_hint.h"
#include "ui/shell/job.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

OllamaTab::OllamaTab(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("ollamaTab"));
  hosts_ = new OllamaHosts(this);
  table_ = new OllamaModelTable(this);
  table_->setObjectName(QStringLiteral("ollamaModelTable"));
  sorted_ = new QSortFilterProxyModel(this);
  sorted_->setSourceModel(table_);
  sorted_->setSortRole(OllamaModelTable::SortRole);

  auto* layout = new QVBoxLayout(this);
  auto* bar = new QHBoxLayout;
  hostLabel_ = new QLabel(this);
  hostCombo_ = new QComboBox(this);
  hostCombo_->setObjectName(QStringLiteral("ollamaHost"));
  hostCombo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  hostLabel_->setBuddy(hostCombo_);
  addHostButton_ = new QToolButton(this);
  addHostButton_->setObjectName(QStringLiteral("ollamaAddHost"));
  removeHostButton_ = new QToolButton(this);
  refreshButton_ = new QPushButton(this);
  refreshButton_->setObjectName(QStringLiteral("ollamaRefresh"));
  pullButton_ = new QPushButton(this);
  pullButton_->setObjectName(QStringLiteral("ollamaPull"));
  bar->addWidget(hostLabel_);
  bar->addWidget(hostCombo_);
  bar->addWidget(addHostButton_);
  bar->addWidget(removeHostButton_);
  bar->addStretch(1);
  bar->addWidget(pullButton_);
  bar->addWidget(refreshButton_);
  layout->addLayout(bar);
  banner_ = new Banner(this);
  banner_->setObjectName(QStringLiteral("ollamaBanner"));
  layout->addWidget(banner_);

  auto* stackHost = new QWidget(this);
  stack_ = new QStackedLayout(stackHost);
  loading_ = new QLabel(stackHost);
  loading_->setAlignment(Qt::AlignCenter);
  unreachable_ = new DropHint(QStringLiteral("models"), stackHost);
  retryButton_ = unreachable_->addButton();
  retryButton_->setObjectName(QStringLiteral("ollamaRetry"));
  empty_ = new DropHint(QStringLiteral("models"), stackHost);
  emptyPullButton_ = empty_->addButton();

  content_ = new QSplitter(Qt::Vertical, stackHost);
  auto* splitter = static_cast<QSplitter*>(content_);
  view_ = new QTableView(splitter);
  view_->setObjectName(QStringLiteral("ollamaModels"));
  view_->setModel(sorted_);
  view_->setSelectionBehavior(QAbstractItemView::SelectRows);
  view_->setSelectionMode(QAbstractItemView::SingleSelection);
  view_->setSortingEnabled(true);
  view_->sortByColumn(OllamaModelTable::Name, Qt::AscendingOrder);
  view_->verticalHeader()->hide();
  view_->setAlternatingRowColors(true);
  view_->setWordWrap(false);
  view_->setItemDelegateForColumn(OllamaModelTable::Badges, new BadgeDelegate(view_));
  view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 10);
  view_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  view_->horizontalHeader()->setSectionResizeMode(OllamaModelTable::Name, QHeaderView::Interactive);
  view_->horizontalHeader()->setStretchLastSection(true);
  view_->horizontalHeader()->setMinimumSectionSize(60);
  view_->setTextElideMode(Qt::ElideMiddle);
  auto* right = new QWidget(splitter);
  auto* rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(0, 0, 0, 0);
  auto* actions = new QHBoxLayout;
  actions->setContentsMargins(0, 6, 0, 0);
  auto makeButton = [&](QPushButton*& button, const char* name) {
    button = new QPushButton(right);
    button->setObjectName(QLatin1String(name));
    actions->addWidget(button);
  };
  makeButton(promptButton_, "ollamaTestPrompt");
  makeButton(editButton_, "ollamaEditModelfile");
  makeButton(copyButton_, "ollamaCopy");
  makeButton(renameButton_, "ollamaRename");
  makeButton(deleteButton_, "ollamaDelete");
  makeButton(compareButton_, "ollamaCompare");
  makeButton(copyHostButton_, "ollamaCopyToHost");
  actions->addStretch(1);
  details_ = new OllamaDetails(right);
  details_->setObjectName(QStringLiteral("ollamaDetails"));
  rightLayout->addLayout(actions);
  rightLayout->addWidget(details_, 1);
  splitter->addWidget(view_);
  splitter->addWidget(right);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 1);
  splitter->setChildrenCollapsible(false);

  stack_->addWidget(loading_);
  stack_->addWidget(withMargins(unreachable_, 32, stackHost));
  stack_->addWidget(withMargins(empty_, 32, stackHost));
  stack_->addWidget(content_);
  layout->addWidget(stackHost, 1);

  timer_.setInterval(10000);
  connect(&timer_, &QTimer::timeout, this, &OllamaTab::refresh);
  connect(refreshButton_, &QPushButton::clicked, this, &OllamaTab::refresh);
  connect(retryButton_, &QPushButton::clicked, this, &OllamaTab::refresh);
  connect(pullButton_, &QPushButton::clicked, this, &OllamaTab::openPullDialog);
  connect(emptyPullButton_, &QPushButton::clicked, this, &OllamaTab::openPullDialog);
  connect(addHostButton_, &QToolButton::clicked, this, &OllamaTab::addHost);
  connect(removeHostButton_, &QToolButton::clicked, this, &OllamaTab::removeHost);
  connect(hostCombo_, &QComboBox::activated, this,
          [this](int index) { hosts_->setActive(hostCombo_->itemData(index).toString()); });
  connect(hosts_, &OllamaHosts::listChanged, this, &OllamaTab::fillHosts);
  connect(hosts_, &OllamaHosts::activeChanged, this, &OllamaTab::hostChanged);
  connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OllamaTab::selectionChanged);
  connect(deleteButton_, &QPushButton::clicked, this, &OllamaTab::deleteSelected);
  connect(copyButton_, &QPushButton::clicked, this, [this] { copySelected(false); });
  connect(renameButton_, &QPushButton::clicked, this, [this] { copySelected(true); });
  connect(editButton_, &QPushButton::clicked, this, &OllamaTab::editModelfile);
  connect(promptButton_, &QPushButton::clicked, this, &OllamaTab::openPromptDialog);
  connect(compareButton_, &QPushButton::clicked, this, &OllamaTab::openCompareDialog);
  connect(copyHostButton_, &QPushButton::clicked, this, &OllamaTab::openCopyToHostDialog);

  fillHosts();
  retranslate();
  setState(State::Loading);
  updateActions();
}

void OllamaTab::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  fitNameColumn();
  if (!timer_.isActive()) {
    timer_.start();
    refresh();
  }
}

void OllamaTab::hideEvent(QHideEvent* event) {
  QWidget::hideEvent(event);
  timer_.stop(); // no polling while nobody looks
}

void OllamaTab::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

void OllamaTab::retranslate() {
  hostLabel_->setText(tr("Ollama server:"));
  addHostButton_->setText(tr("Add…"));
  addHostButton_->setToolTip(tr("Add another Ollama server by its URL"));
  removeHostButton_->setText(tr("Remove"));
  removeHostButton_->setToolTip(tr("Remove this server from the list"));
  refreshButton_->setText(tr("Refresh"));
  pullButton_->setText(tr("Pull…"));
  pullButton_->setToolTip(tr("Download a model from the Ollama registry"));
  loading_->setText(tr("Asking Ollama for its models…"));
  retryButton_->setText(tr("Retry"));
  empty_->setTexts(tr("No models yet"), tr("Pull a model from the registry, or create one from a Modelfile."));
  emptyPullButton_->setText(tr("Pull…"));
  promptButton_->setText(tr("Test prompt…"));
  editButton_->setText(tr("Edit Modelfile"));
  copyButton_->setText(tr("Copy…"));
  renameButton_->setText(tr("Rename…"));
  deleteButton_->setText(tr("Delete"));
  compareButton_->setText(tr("Compare…"));
  compareButton_->setToolTip(tr("Compare this model with another one: layers, template, projector, stop parameters"));
  copyHostButton_->setText(tr("Copy to host…"));
  copyHostButton_->setToolTip(tr("Copy this model to another Ollama server without a registry"));
  if (hostCombo_->count() > 0)
    hostCombo_->setItemText(0, tr("%1 (local)").arg(hostCombo_->itemData(0).toString()));
  setState(state_); // the unreachable text names the host
}

void OllamaTab::refresh() {
  if (refresh_) {
    refreshAgain_ = true;
    return;
  }
  const QString url = hostUrl();
  auto work = [url = url.toStdString(), cache = facts_](md::ProgressReporter& reporter) {
    return fetchOllamaSnapshot(url, cache, reporter.cancelToken());
  };
  // The model waiting to be selected when this refresh started gets this one
  // attempt: when the snapshot does not list it, it is given up.
  const QString wanted = pendingSelection_;
  refresh_ = runJob(this, work, [this, generation = generation_, wanted](md::Result<OllamaSnapshot> result) {
    if (generation != generation_)
      return; // the host changed while this refresh ran
    refresh_.clear();
    if (result) {
      applySnapshot(*result);
    } else if (result.error().code != md::ErrorCode::Cancelled) {
      lastError_ = describeError(result.error());
      lastErrorIsHttp_ = result.error().code == md::ErrorCode::Http;
      table_->setRows({});
      details_->clear();
      setState(State::Unreachable);
    }
    if (!wanted.isEmpty() && pendingSelection_ == wanted && (result || result.error().code != md::ErrorCode::Cancelled))
      pendingSelection_.clear();
    Q_EMIT refreshed(result.ok());
    if (std::exchange(refreshAgain_, false))
      refresh();
  });
}

void OllamaTab::applySnapshot(const OllamaSnapshot& snapshot) {
  facts_ = snapshot.facts;
  const QString selected = pendingSelection_.isEmpty() ? selectedModel() : pendingSelection_;
  table_->setRows(OllamaModelTable::rowsFrom(snapshot));
  fitNameColumn();
  setState(table_->rowCount() == 0 ? State::Empty : State::Models);
  if (!selected.isEmpty() && table_->rowOf(selected) >= 0) {
    if (selected != selectedModel() || pendingSelection_ == selected)
      selectModel(selected);
  } else if (selectedModel().isEmpty()) {
    details_->clear();
  }
  updateActions();
}

void OllamaTab::fitNameColumn() {
  // The name gets what the other columns leave (long hf.co names are elided
  // in the middle, the tooltip has them whole), but at least 160 pixels.
  const QAbstractItemView* view = view_; // sizeHintForColumn is public there
  int others = 0;
  for (int column = 0; column < OllamaModelTable::ColumnCount; ++column)
    if (column != OllamaModelTable::Name)
      others += qMax(view->sizeHintForColumn(column), view_->horizontalHeader()->sectionSizeHint(column));
  const int wanted = qMax(view->sizeHintForColumn(OllamaModelTable::Name),
                          view_->horizontalHeader()->sectionSizeHint(OllamaModelTable::Name));
  const int available = view_->viewport()->width() - others - 2;
  view_->setColumnWidth(OllamaModelTable::Name, qMax(160, qMin(wanted, available)));
}

void OllamaTab::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  fitNameColumn();
}

void OllamaTab::setState(State state) {
  state_ = state;
  switch (state) {
  case State::Loading: stack_->setCurrentIndex(0); break;
  case State::Unreachable:
    // An answer with an error status means it runs but fails; anything else means it is not there.
    if (lastErrorIsHttp_)
      unreachable_->setTexts(tr("Ollama at %1 answered with an error").arg(hostUrl()), lastError_);
    else
      unreachable_->setTexts(tr("Ollama is not running at %1").arg(hostUrl()),
                             tr("Start Ollama, or pick another server above."));
    unreachable_->setToolTip(lastError_);
    stack_->setCurrentIndex(1);
    break;
  case State::Empty: stack_->setCurrentIndex(2); break;
  case State::Models: stack_->setCurrentIndex(3); break;
  }
  updateActions();
}

QString OllamaTab::emptyStateText() const {
  switch (state_) {
  case State::Unreachable: return unreachable_->headline();
  case State::Empty: return empty_->headline();
  default: return {};
  }
}

void OllamaTab::selectModel(const QString& name) {
  const int row = table_->rowOf(name);
  if (row < 0) {
    pendingSelection_ = name;
    refresh();
    return;
  }
  pendingSelection_.clear();
  const QModelIndex index = sorted_->mapFromSource(table_->index(row, 0));
  view_->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
  view_->setCurrentIndex(index);
  view_->scrollTo(index);
  selectionChanged();
}

QString OllamaTab::selectedModel() const {
  const QModelIndexList rows = view_->selectionModel()->selectedRows();
  if (rows.isEmpty())
    return {};
  const OllamaModelRow* row = table_->rowAt(sorted_->mapToSource(rows.first()).row());
  return row ? row->name : QString();
}

void OllamaTab::selectionChanged() {
  const QString name = selectedModel();
  updateActions();
  if (name.isEmpty()) {
    details_->clear();
    return;
  }
  if (name != details_->modelName() || (!details_->data() && !details_->isLoading()))
    details_->load(hostUrl(), name, localStores());
}

void OllamaTab::updateActions() {
  const bool selected = !selectedModel().isEmpty() && state_ == State::Models;
  const bool idle = !isBusy();
  for (QPushButton* button : {deleteButton_, copyButton_, renameButton_, editButton_})
    button->setEnabled(selected && idle);
  promptButton_->setEnabled(selected);
  compareButton_->setEnabled(selected && table_->rowCount() > 1);
  copyHostButton_->setEnabled(selected && !localStores().isEmpty());
  copyHostButton_->setToolTip(localStores().isEmpty()
                                  ? tr("Copying reads the model's files from the store folder, so it works from the "
                                       "local server only.")
                                  : tr("Copy this model to another Ollama server without a registry"));
  pullButton_->setEnabled(state_ != State::Unreachable);
}

} // namespace ui
} // namespace md
