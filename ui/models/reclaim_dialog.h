#pragma once
// "Reclaim space…" (issue 21): a dry run first, the plan of the local
// stores (core/stores/reclaim_plan) listed by kind (orphan blobs, partial
// downloads, leftovers of interrupted runs, duplicate copies, each replaced
// by a link to the copy kept), with sizes, checkboxes and the total; a bar
// per store of what can be freed; then, after a question, the checked items
// done in the JobView (progress, Cancel) with each item checked again right
// before it is touched (core/stores/reclaim_run; orphans also against the
// local Ollama server when it runs on that store), and the result per item.

#include <QDialog>

#include <functional>
#include <optional>

#include "core/stores/reclaim_plan.h"
#include "core/stores/reclaim_run.h"
#include "core/stores/store_scanner.h"

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace md {
namespace ui {

class JobView;
class ReclaimBars;

class ReclaimDialog : public QDialog {
  Q_OBJECT
public:
  using Confirmation = std::function<bool(const QString& question)>;

  explicit ReclaimDialog(stores::ScanRequest request, QWidget* parent = nullptr);

  // Asks before the real run; a message box unless replaced (tests).
  void setConfirmation(Confirmation confirm) { confirm_ = std::move(confirm); }
  // The Ollama server asked before orphans are deleted; the local one by default.
  void setServerUrl(const QString& url) { serverUrl_ = url; }

  // The dry run (again): scans and plans on the job pool.
  void plan();
  // Does the checked items, after the question.
  void reclaim();
  // The checked items' bytes.
  quint64 checkedBytes() const;
  bool isBusy() const { return busy_; }

Q_SIGNALS:
  void planned(bool ok);
  void reclaimed(bool ok);

protected:
  void changeEvent(QEvent* event) override;
  void showEvent(QShowEvent* event) override;

private:
  void retranslate();
  void fillTree();
  void showResult(const stores::ReclaimResult& result);
  void updateState();
  stores::ReclaimPlan checkedPlan() const;
  QString kindTitle(stores::ReclaimKind kind) const;
  QString actionText(const stores::ReclaimItem& item) const;

  stores::ScanRequest request_;
  Confirmation confirm_;
  QString serverUrl_;
  std::optional<stores::ReclaimPlan> plan_;
  std::optional<stores::ReclaimResult> result_;
  bool busy_ = false;
  bool planStarted_ = false;

  QLabel* intro_ = nullptr;
  QLabel* summary_ = nullptr;
  ReclaimBars* bars_ = nullptr;
  QTreeWidget* tree_ = nullptr;
  JobView* job_ = nullptr;
  QPushButton* rescan_ = nullptr;
  QPushButton* run_ = nullptr;
  QPushButton* close_ = nullptr;
};

} // namespace ui
} // namespace md
