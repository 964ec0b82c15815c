#pragma once
// The Ollama tab's model table: the models of one server with their badges,
// sorted, refreshed on a job thread (never two at once: a refresh asked for
// while one runs follows it), with the last error kept for the empty state.
// A selection asked for before the model is listed waits one refresh.

#include <QPointer>
#include <QVector>
#include <QWidget>

#include <map>
#include <string>

#include "ui/models/ollama_snapshot.h"

class QSortFilterProxyModel;
class QTableView;

namespace md {
namespace ui {

class JobHandle;
class OllamaModelTable;
struct OllamaModelRow;

class OllamaModelList : public QWidget {
  Q_OBJECT
public:
  explicit OllamaModelList(QWidget* parent = nullptr);

  // Shows the models of `url`: what a running refresh brings back is
  // dropped, and the rows, the cache and a waiting selection are cleared.
  void setHost(const QString& url);
  QString hostUrl() const { return url_; }

  // Starts a refresh unless one is running (then one more follows it).
  void refresh();
  bool isRefreshing() const { return !refresh_.isNull(); }
  // Why the last refresh failed, and whether the server answered at all.
  QString lastError() const { return lastError_; }
  bool lastErrorIsHttp() const { return lastErrorIsHttp_; }

  // Selects `name` now, or after the next refresh when it is not listed yet.
  void selectModel(const QString& name);
  QString selectedModel() const;
  const QVector<OllamaModelRow>& rows() const;
  // The listed row named `name`, or null.
  const OllamaModelRow* row(const QString& name) const;

Q_SIGNALS:
  // A refresh failed (not cancelled): the rows are gone, lastError() says why.
  void refreshFailed();
  // After every refresh, once its rows are shown.
  void refreshed(bool ok);
  void selectionChanged();

protected:
  void resizeEvent(QResizeEvent* event) override;
  void showEvent(QShowEvent* event) override;

private:
  void applySnapshot(const OllamaSnapshot& snapshot);
  void fitNameColumn();

  QString url_;
  OllamaModelTable* table_ = nullptr;
  QSortFilterProxyModel* sorted_ = nullptr;
  QTableView* view_ = nullptr;
  std::map<std::string, OllamaShowFacts> facts_;
  QPointer<JobHandle> refresh_;
  bool refreshAgain_ = false;
  int generation_ = 0; // bumped on a host switch
  QString pendingSelection_;
  QString lastError_;
  bool lastErrorIsHttp_ = false;
};

} // namespace ui
} // namespace md
