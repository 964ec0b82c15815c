// The Ollama tab's model table and its refresh job (see ollama_model_list.h).
#include "ui/models/ollama_model_list.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/models/ollama_model_table.h"
#include "ui/shell/core_text.h"
#include "ui/shell/job.h"

namespace md {
namespace ui {

OllamaModelList::OllamaModelList(QWidget* parent) : QWidget(parent) {
  table_ = new OllamaModelTable(this);
  table_->setObjectName(QStringLiteral("ollamaModelTable"));
  sorted_ = new QSortFilterProxyModel(this);
  sorted_->setSourceModel(table_);
  sorted_->setSortRole(OllamaModelTable::SortRole);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  view_ = new QTableView(this);
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
  layout->addWidget(view_);
  connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OllamaModelList::selectionChanged);
}

void OllamaModelList::setHost(const QString& url) {
  url_ = url;
  if (refresh_)
    refresh_->cancel();
  refresh_.clear();
  ++generation_; // what the cancelled refresh brings back is dropped
  refreshAgain_ = false;
  pendingSelection_.clear(); // a model of the old host
  facts_.clear();
  table_->setRows({});
}

void OllamaModelList::refresh() {
  if (refresh_) {
    refreshAgain_ = true;
    return;
  }
  auto work = [url = url_.toStdString(), cache = facts_](md::ProgressReporter& reporter) {
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
      Q_EMIT refreshFailed();
    }
    if (!wanted.isEmpty() && pendingSelection_ == wanted && (result || result.error().code != md::ErrorCode::Cancelled))
      pendingSelection_.clear();
    Q_EMIT refreshed(result.ok());
    if (std::exchange(refreshAgain_, false))
      refresh();
  });
}

void OllamaModelList::applySnapshot(const OllamaSnapshot& snapshot) {
  facts_ = snapshot.facts;
  const QString selected = pendingSelection_.isEmpty() ? selectedModel() : pendingSelection_;
  table_->setRows(OllamaModelTable::rowsFrom(snapshot));
  fitNameColumn();
  if (!selected.isEmpty() && table_->rowOf(selected) >= 0 &&
      (selected != selectedModel() || pendingSelection_ == selected))
    selectModel(selected);
}

void OllamaModelList::fitNameColumn() {
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

void OllamaModelList::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  fitNameColumn();
}

void OllamaModelList::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  fitNameColumn();
}

void OllamaModelList::selectModel(const QString& name) {
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
  Q_EMIT selectionChanged();
}

QString OllamaModelList::selectedModel() const {
  const QModelIndexList rows = view_->selectionModel()->selectedRows();
  if (rows.isEmpty())
    return {};
  const OllamaModelRow* row = table_->rowAt(sorted_->mapToSource(rows.first()).row());
  return row ? row->name : QString();
}

const QVector<OllamaModelRow>& OllamaModelList::rows() const {
  return table_->rows();
}

const OllamaModelRow* OllamaModelList::row(const QString& name) const {
  const int index = table_->rowOf(name);
  return index < 0 ? nullptr : table_->rowAt(index);
}

} // namespace ui
} // namespace md
