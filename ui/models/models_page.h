#pragma once

#include <QStringList>

#include "ui/shell/page.h"

class QLabel;
class QPushButton;
class QStackedLayout;
class QTabWidget;

namespace md {
namespace ui {

class DropHint;
class GgufInspector;
class OllamaTab;
class ReclaimDialog;
class SplitDialog;
class StoreBrowser;

// Models: every model in one place. Three tabs: the models of an Ollama
// server (table, details, actions, hosts), the local stores browser (Ollama,
// Hugging Face, ModelScope and added folders) and the GGUF inspector, which
// shows an empty state until a GGUF is opened or dropped.
class ModelsPage : public Page {
  Q_OBJECT
public:
  enum class Tab { Ollama = 0, Stores = 1, Inspector = 2 };

  explicit ModelsPage(QWidget* parent = nullptr);

  QString title() const override { return tr("Models"); }
  QString iconName() const override { return QStringLiteral("models"); }
  // One GGUF → the inspector; a folder → scanned with the local stores.
  void receiveDrop(const DropDecision& decision) override;

  // Shows the inspector and starts reading `path` (a GGUF) in it.
  void inspect(const QString& path);
  OllamaTab* ollamaTab() const { return ollama_; }
  bool isSettled() const override;
  // Shows the Ollama tab and selects `name` (after a refresh when needed).
  void showOllamaModel(const QString& name);
  bool isShowingInspector() const;
  Tab currentTab() const;

  // What the last drop or open delivered (native separators).
  QStringList receivedPaths() const { return received_; }
  // The inspector tab's empty state (no GGUF open).
  bool isShowingEmptyState() const;
  QString emptyStateText() const;
  // "Split…" for the inspected model: opens the dialog (non-modal in tests).
  SplitDialog* openSplitDialog();
  // "Reclaim space…" on the scanned stores: the dialog (non-modal in tests).
  ReclaimDialog* openReclaimDialog();

Q_SIGNALS:
  void mergeRequested(const QStringList& paths);
  // "Import into Ollama…" for these GGUF files (the inspected one, a store entry).
  void importRequested(const QStringList& paths);
  void modelfileRequested(const QStringList& ggufPaths);
  // "Edit Modelfile" on an Ollama model: the /api/show modelfile text.
  void modelfileTextRequested(const QString& text, const QString& modelName);

protected:
  void retranslate() override;

private:
  void addFolder();
  void openGguf();
  void closeInspector();

  QTabWidget* tabs_ = nullptr;
  OllamaTab* ollama_ = nullptr;
  StoreBrowser* stores_ = nullptr;
  QStackedLayout* inspectorStack_ = nullptr;
  DropHint* empty_ = nullptr;
  QPushButton* addFolderButton_ = nullptr;
  QPushButton* openButton_ = nullptr;
  QWidget* inspectorPane_ = nullptr;
  QLabel* inspectedPath_ = nullptr;
  QPushButton* openAnotherButton_ = nullptr;
  QPushButton* closeButton_ = nullptr;
  QPushButton* reclaimButton_ = nullptr;
  QPushButton* splitButton_ = nullptr;
  QPushButton* importButton_ = nullptr;
  GgufInspector* inspector_ = nullptr;
  QStringList received_;
};

} // namespace ui
} // namespace md
