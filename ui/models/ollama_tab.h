#pragma once
// The Models page's Ollama tab: the server picker (OllamaHostBar), the
// models of the active server (OllamaModelList, refreshed every 10 s while
// shown and on Refresh), the selected model's details (OllamaDetails) and the
// actions on it (OllamaModelActions), plus Pull…. This class composes them
// and owns the state: loading, not running (Retry), no models (Pull…), models.

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QStackedLayout;

namespace md {
namespace ui {

class Banner;
class DropHint;
class OllamaCompareDialog;
class OllamaCopyHostDialog;
class OllamaDetails;
class OllamaHostBar;
class OllamaHosts;
class OllamaModelActions;
class OllamaModelList;
class OllamaNameDialog;
class OllamaPromptDialog;
class OllamaPullDialog;

class OllamaTab : public QWidget {
  Q_OBJECT
public:
  enum class State { Loading, Unreachable, Empty, Models };

  explicit OllamaTab(QWidget* parent = nullptr);

  OllamaHosts* hosts() const;
  QString hostUrl() const;
  // The folders the active server's store may be in when it is the local
  // one (the first holding a model is used), else none.
  QStringList localStores() const;
  State state() const { return state_; }
  QString emptyStateText() const;
  bool isRefreshing() const;
  bool isBusy() const;

  // Starts a refresh unless one is running (then one more follows it).
  void refresh();
  // Selects `name` now, or after the next refresh when it is not listed yet.
  void selectModel(const QString& name);
  QString selectedModel() const;

  // The actions, for the selected model. Dialogs open non-modally.
  using Confirm = std::function<bool(const QString& question)>;
  void setConfirm(Confirm confirm);
  // Asks for a server URL for "Add…" (an input box by default); nullopt when cancelled.
  using HostPrompt = std::function<std::optional<QString>()>;
  void setHostPrompt(HostPrompt prompt);
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

private:
  QWidget* buildStates();
  void connectParts();
  void retranslate();
  void hostChanged();
  void listRefreshed(bool ok);
  void setState(State state);
  void selectionChanged();
  void updateActions();

  QTimer timer_;
  State state_ = State::Loading;

  OllamaHostBar* hostBar_ = nullptr;
  QPushButton* refreshButton_ = nullptr;
  QPushButton* pullButton_ = nullptr;
  Banner* banner_ = nullptr;
  QStackedLayout* stack_ = nullptr;
  QLabel* loading_ = nullptr;
  DropHint* unreachable_ = nullptr;
  QPushButton* retryButton_ = nullptr;
  DropHint* empty_ = nullptr;
  QPushButton* emptyPullButton_ = nullptr;
  OllamaModelList* list_ = nullptr;
  OllamaDetails* details_ = nullptr;
  OllamaModelActions* actions_ = nullptr;
};

} // namespace ui
} // namespace md
