#pragma once
// The Models page's Ollama tab: the models on the active Ollama server in a
// table that refreshes itself (every 10 s while shown, and on Refresh, on a
// job thread, never two at once), the selected model's details, the actions (Pull…,
// Delete, Copy…, Rename…, Edit Modelfile, Test prompt…) and the host
// selector; Compare… and Copy to host…. Empty states: the server is not running (Retry) or has no
// models (Pull…).

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <map>
#include <optional>
#include <string>

#include "ui/models/ollama_snapshot.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedLayout;
class QTableView;
class QToolButton;

namespace md {
namespace ui {

class Banner;
class DropHint;
class JobHandle;
class OllamaCompareDialog;
class OllamaCopyHostDialog;
class OllamaDetails;
class OllamaHosts;
class OllamaModelTable;
class OllamaNameDialog;
class OllamaPromptDialog;
class OllamaPullDialog;

class OllamaTab : public QWidget {
  Q_OBJECT
public:
  enum class State { Loading, Unreachable, Empty, Models };

  explicit OllamaTab(QWidget* parent = nullptr);

  OllamaHosts* hosts() const { return hosts_; }
  QString hostUrl() const;
  // The folders the active server's store may be in when it is the local
  // one (the first holding a model is used), else none.
  QStringList localStores() const;
  State state() const { return state_; }
  QString emptyStateText() const;
  bool isRefreshing() const { return !refresh_.isNull(); }
  bool isBusy() const { return !action_.isNull(); }

  // Starts a refresh unless one is running (then one more follows it).
  void refresh();
  // Selects `name` now, or after the next refresh when it is not listed yet.
  void selectModel(const QString& name);
  QString selectedModel() const;

  // The actions, for the selected model. Dialogs open non-modally.
  using Confirm = std::function<bool(const QString& question)>;
  void setConfirm(Confirm confirm) { confirm_ = std::move(confirm); }
  // Asks for a server URL for "Add…" (an input box by default); nullopt when cancelled.
  using HostPrompt = std::function<std::optional<QString>()>;
  void setHostPrompt(HostPrompt prompt) { hostPrompt_ = std::move(prompt); }
  void deleteSelected();
  OllamaNameDialog* copySelected(bool rename);
  void editModelfile();
  OllamaPullDialog* openPullDialog();
  OllamaPromptDialog* openPromptDialog();
  OllamaCompareDialog* openCompareDialog();
  OllamaCopyHostDialog* openCopyToHostDialog();

Q_SIGNALS:
  void refreshed(bool ok);
  void actionFinished(bool ok);
  void modelfileTextRequested(const QString& text, const QString& modelName);

protected:
  void changeEvent(QEvent* event) override;
  void showEvent(QShowEvent* event) override;
  void hideEvent(QHideEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

private:
  void retranslate();
  void fillHosts();
  void hostChanged();
  void addHost();
  void removeHost();
  void setState(State state);
  void applySnapshot(const OllamaSnapshot& snapshot);
  void selectionChanged();
  void fitNameColumn();
  void updateActions();
  void runAction(const QString& running, std::function<md::Status(const std::string& url)> work,
                 std::function<void(bool)> after = {});

  OllamaHosts* hosts_ = nullptr;
  OllamaModelTable* table_ = nullptr;
  QSortFilterProxyModel* sorted_ = nullptr;
  std::map<std::string, OllamaShowFacts> facts_;
  QTimer timer_;
  QPointer<JobHandle> refresh_;
  QPointer<JobHandle> action_;
  bool refreshAgain_ = false;
  int generation_ = 0; // bumped on a host switch
  State state_ = State::Loading;
  QString pendingSelection_;
  QString lastError_;
  bool lastErrorIsHttp_ = false;
  Confirm confirm_;
  HostPrompt hostPrompt_;

  QLabel* hostLabel_ = nullptr;
  QComboBox* hostCombo_ = nullptr;
  QToolButton* addHostButton_ = nullptr;
  QToolButton* removeHostButton_ = nullptr;
  QPushButton* refreshButton_ = nullptr;
  QPushButton* pullButton_ = nullptr;
  Banner* banner_ = nullptr;
  QStackedLayout* stack_ = nullptr;
  QLabel* loading_ = nullptr;
  DropHint* unreachable_ = nullptr;
  QPushButton* retryButton_ = nullptr;
  DropHint* empty_ = nullptr;
  QPushButton* emptyPullButton_ = nullptr;
  QWidget* content_ = nullptr;
  QTableView* view_ = nullptr;
  OllamaDetails* details_ = nullptr;
  QPushButton* deleteButton_ = nullptr;
  QPushButton* copyButton_ = nullptr;
  QPushButton* renameButton_ = nullptr;
  QPushButton* editButton_ = nullptr;
  QPushButton* promptButton_ = nullptr;
  QPushButton* compareButton_ = nullptr;
  QPushButton* copyHostButton_ = nullptr;
};

} // namespace ui
} // namespace md
