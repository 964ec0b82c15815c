// "Reclaim space…": the dry run, the items by kind with checkboxes, a bar per
// store, and the run of the checked items in the JobView.

#include "ui/models/reclaim_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

#include "core/ollama/client.h"
#include "core/ollama/reclaim_server.h"
#include "core/util/paths.h"
#include "ui/models/ollama_hosts.h"
#include "ui/models/reclaim_bars.h"
#include "ui/models/store_table_model.h"
#include "ui/shell/core_text.h"
#include "ui/shell/job.h"
#include "ui/shell/job_view.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {
namespace {

enum Column { Name, Size, Action, Outcome };
constexpr int kIndexRole = Qt::UserRole + 1; // the item's index in the plan; -1 for a group or held item

QString nativePath(const std::filesystem::path& path) {
  return QDir::toNativeSeparators(QString::fromStdString(pathToUtf8(path)));
}

} // namespace

ReclaimDialog::ReclaimDialog(stores::ScanRequest request, QWidget* parent)
    : QDialog(parent), request_(std::move(request)), serverUrl_(OllamaHosts::localUrl()) {
  setObjectName(QStringLiteral("reclaimDialog"));
  confirm_ = [this](const QString& question) {
    return QMessageBox::question(this, windowTitle(), question) == QMessageBox::Yes;
  };
  intro_ = new QLabel(this);
  intro_->setWordWrap(true);
  summary_ = new QLabel(this);
  summary_->setObjectName(QStringLiteral("reclaimSummary"));
  summary_->setWordWrap(true);
  bars_ = new ReclaimBars(this);
  tree_ = new QTreeWidget(this);
  tree_->setObjectName(QStringLiteral("reclaimItems"));
  tree_->setColumnCount(4);
  tree_->setTextElideMode(Qt::ElideMiddle); // the file name stays in view
  tree_->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
  tree_->header()->setStretchLastSection(false);
  connect(tree_, &QTreeWidget::itemChanged, this, [this] { updateState(); });
  job_ = new JobView(this);
  job_->setObjectName(QStringLiteral("reclaimJob"));
  job_->setLogVisible(true);
  rescan_ = new QPushButton(this);
  rescan_->setObjectName(QStringLiteral("reclaimRescan"));
  run_ = new QPushButton(this);
  run_->setObjectName(QStringLiteral("reclaimRun"));
  close_ = new QPushButton(this);
  auto* buttons = new QDialogButtonBox(this);
  buttons->addButton(rescan_, QDialogButtonBox::ActionRole);
  buttons->addButton(run_, QDialogButtonBox::AcceptRole);
  buttons->addButton(close_, QDialogButtonBox::RejectRole);
  connect(rescan_, &QPushButton::clicked, this, &ReclaimDialog::plan);
  connect(run_, &QPushButton::clicked, this, &ReclaimDialog::reclaim);
  connect(close_, &QPushButton::clicked, this, &QDialog::reject);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro_);
  layout->addWidget(bars_);
  layout->addWidget(summary_);
  layout->addWidget(tree_, 3);
  layout->addWidget(job_, 1);
  layout->addWidget(buttons);
  resize(860, 600);
  retranslate();
}

void ReclaimDialog::showEvent(QShowEvent* event) {
  QDialog::showEvent(event);
  if (!planStarted_)
    plan();
}

void ReclaimDialog::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QDialog::changeEvent(event);
}

void ReclaimDialog::retranslate() {
  setWindowTitle(tr("Reclaim space"));
  intro_->setText(tr("A dry run first: nothing is changed until you press Reclaim. Orphan blobs, partial downloads "
                     "and leftovers of interrupted runs are deleted; a duplicate copy is replaced by a link to the "
                     "copy kept, so both stores keep working. Each item is checked again right before it is "
                     "touched."));
  tree_->setHeaderLabels({tr("Item"), tr("Size"), tr("Action"), tr("Result")});
  rescan_->setText(tr("Scan again"));
  close_->setText(tr("Close"));
  job_->setPhaseNames({{QStringLiteral("discovering"), tr("Looking for models")},
                       {QStringLiteral("reading headers"), tr("Reading headers")},
                       {QStringLiteral("hashing"), tr("Hashing possible duplicates")},
                       {QStringLiteral("reclaiming"), tr("Reclaiming")}});
  if (plan_)
    fillTree();
  updateState();
}

QString ReclaimDialog::kindTitle(stores::ReclaimKind kind) const {
  switch (kind) {
  case stores::ReclaimKind::Orphan: return tr("Orphan blobs (no manifest uses them)");
  case stores::ReclaimKind::Partial: return tr("Partial downloads");
  case stores::ReclaimKind::Leftover: return tr("Left by interrupted runs");
  case stores::ReclaimKind::Duplicate: return tr("Duplicate copies (replaced by a link)");
  }
  return {};
}

QString ReclaimDialog::actionText(const stores::ReclaimItem& item) const {
  if (item.action == stores::ReclaimAction::Link)
    return tr("Link to %1").arg(StoreTableModel::sourceLabel(item.keptSource)); // the path in the tooltip
  return tr("Delete");
}

void ReclaimDialog::plan() {
  if (busy_)
    return;
  planStarted_ = true;
  busy_ = true;
  result_.reset();
  job_->clearBanner();
  job_->clearLog();
  updateState();
  const stores::ScanRequest request = request_;
  JobHandle* handle = runJob(
      this, [request](ProgressReporter& progress) { return stores::planReclaim(request, {}, progress); },
      [this](Result<stores::ReclaimPlan> made) {
        busy_ = false;
        const bool ok = made.ok();
        if (made) {
          plan_ = std::move(*made);
          bars_->setStores(plan_->stores);
          fillTree();
        } else {
          job_->showError(made.error());
        }
        updateState();
        Q_EMIT planned(ok);
      });
  job_->track(handle);
}

void ReclaimDialog::fillTree() {
  const QSignalBlocker blocker(tree_);
  std::map<int, bool> unchecked; // kept across a retranslation
  for (int g = 0; g < tree_->topLevelItemCount(); ++g)
    for (int c = 0; c < tree_->topLevelItem(g)->childCount(); ++c) {
      const QTreeWidgetItem* child = tree_->topLevelItem(g)->child(c);
      if (child->data(Name, kIndexRole).toInt() >= 0 && child->checkState(Name) == Qt::Unchecked)
        unchecked[child->data(Name, kIndexRole).toInt()] = true;
    }
  tree_->clear();
  std::map<stores::ReclaimKind, QTreeWidgetItem*> groups;
  for (int i = 0; i < int(plan_->items.size()); ++i) {
    const auto& item = plan_->items[std::size_t(i)];
    QTreeWidgetItem*& group = groups[item.kind];
    if (!group) {
      group = new QTreeWidgetItem(tree_, {kindTitle(item.kind), sizeText(plan_->bytesOf(item.kind))});
      group->setFlags(group->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
      group->setData(Name, kIndexRole, -1);
      group->setExpanded(true);
    }
    auto* row = new QTreeWidgetItem(group, {nativePath(item.path), sizeText(item.size), actionText(item)});
    row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
    row->setCheckState(Name, unchecked.count(i) ? Qt::Unchecked : Qt::Checked);
    row->setData(Name, kIndexRole, i);
    row->setToolTip(Name, row->text(Name));
    row->setToolTip(Action, item.kept.empty() ? row->text(Action) : nativePath(item.kept));
  }
  if (!plan_->held.empty()) {
    auto* held = new QTreeWidgetItem(tree_, {tr("Not offered now")});
    held->setData(Name, kIndexRole, -1);
    held->setExpanded(true);
    for (const auto& hold : plan_->held) {
      auto* row = new QTreeWidgetItem(
          held, {nativePath(hold.item.path), sizeText(hold.item.size), QString(), coreText(hold.reason)});
      row->setData(Name, kIndexRole, -1);
      row->setToolTip(Outcome, row->text(Outcome));
    }
  }
  if (result_)
    showResult(*result_);
}

quint64 ReclaimDialog::checkedBytes() const {
  quint64 bytes = 0;
  for (const auto& item : checkedPlan().items)
    bytes += item.size;
  return bytes;
}

stores::ReclaimPlan ReclaimDialog::checkedPlan() const {
  stores::ReclaimPlan checked;
  if (!plan_)
    return checked;
  for (int g = 0; g < tree_->topLevelItemCount(); ++g)
    for (int c = 0; c < tree_->topLevelItem(g)->childCount(); ++c) {
      const QTreeWidgetItem* child = tree_->topLevelItem(g)->child(c);
      const int index = child->data(Name, kIndexRole).toInt();
      if (index >= 0 && child->checkState(Name) == Qt::Checked)
        checked.items.push_back(plan_->items[std::size_t(index)]);
    }
  return checked;
}

void ReclaimDialog::updateState() {
  const quint64 checked = checkedBytes();
  run_->setText(tr("Reclaim %1").arg(sizeText(checked)));
  run_->setEnabled(!busy_ && plan_ && checked > 0 && !result_);
  rescan_->setEnabled(!busy_);
  if (busy_ || !plan_ || result_)
    return;
  summary_->setText(
      plan_->items.empty()
          ? tr("Dry run: nothing to reclaim in these stores.")
          : tr("Dry run: %1 can be freed in %2 items; %3 checked. Nothing has been changed yet.")
                .arg(sizeText(plan_->totalBytes()), QString::number(plan_->items.size()), sizeText(checked)));
}

void ReclaimDialog::reclaim() {
  if (busy_ || !plan_)
    return;
  const stores::ReclaimPlan checked = checkedPlan();
  std::size_t links = 0;
  for (const auto& item : checked.items)
    links += item.action == stores::ReclaimAction::Link ? 1 : 0;
  const QString question =
      tr("Files to delete: %1. Duplicates to replace by a link: %2. Space to free: %3. Go ahead?")
          .arg(QString::number(checked.items.size() - links), QString::number(links), sizeText(checkedBytes()));
  if (checked.items.empty() || !confirm_(question))
    return;
  busy_ = true;
  updateState();
  const std::string url = serverUrl_.toStdString();
  JobHandle* handle = runJob(
      this,
      [checked, url](ProgressReporter& progress) {
        const ollama::Client server(url, {.connectTimeout = std::chrono::milliseconds(1500)});
        ollama::ServerReclaimCheck check(server, progress);
        stores::ReclaimRunOptions options;
        options.beforeDelete = std::ref(check);
        return stores::runReclaim(checked, options, progress);
      },
      [this](Result<stores::ReclaimResult> run) {
        busy_ = false;
        const bool ok = run.ok() && !run->cancelled;
        if (run) {
          result_ = std::move(*run);
          showResult(*result_);
        } else {
          job_->showError(run.error());
        }
        updateState();
        Q_EMIT reclaimed(ok);
      });
  job_->track(handle);
}

void ReclaimDialog::showResult(const stores::ReclaimResult& result) {
  std::map<std::string, QString> outcomes; // path -> what happened
  for (const auto& done : result.done)
    outcomes[pathToUtf8(done.item.path)] = done.how == "reflink"    ? tr("Done: replaced by a clone")
                                           : done.how == "hardlink" ? tr("Done: replaced by a hard link")
                                                                    : tr("Done: deleted");
  for (const auto& skipped : result.skipped)
    outcomes[pathToUtf8(skipped.item.path)] = tr("Kept: %1").arg(coreText(skipped.reason));
  const QSignalBlocker blocker(tree_);
  for (int g = 0; g < tree_->topLevelItemCount(); ++g)
    for (int c = 0; c < tree_->topLevelItem(g)->childCount(); ++c) {
      QTreeWidgetItem* child = tree_->topLevelItem(g)->child(c);
      const int index = child->data(Name, kIndexRole).toInt();
      if (index < 0)
        continue;
      const auto found = outcomes.find(pathToUtf8(plan_->items[std::size_t(index)].path));
      if (found != outcomes.end()) {
        child->setText(Outcome, found->second);
        child->setToolTip(Outcome, found->second);
      }
      child->setFlags(child->flags() & ~Qt::ItemIsUserCheckable);
    }
  const auto summary = [freed = result.freedBytes, done = result.done.size(), kept = result.skipped.size(),
                        cancelled = result.cancelled]() -> QString {
    const QString counts =
        tr("Freed %1: %2 done, %3 kept.").arg(sizeText(freed), QString::number(done), QString::number(kept));
    return cancelled ? counts + QLatin1Char(' ') + tr("Cancelled: the rest was not touched.") : counts;
  };
  summary_->setText(summary());
  job_->showMessage(result.cancelled || !result.skipped.empty() ? Banner::Kind::Warning : Banner::Kind::Success,
                    summary);
}

} // namespace ui
} // namespace md
