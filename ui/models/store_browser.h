#pragma once
// Every local model store in one table: the Ollama store, the Hugging Face
// and ModelScope caches and the user's folders. A search box, a source
// filter, sorting by any column, role badges, actions (inspect, reveal,
// merge, new Modelfile, copy path, delete, export; remove the temp files of killed
// merges and imports), rows that drag out as file URLs,
// a disk usage chart, and a file-system watcher that rescans changed folders.
// Scans run as jobs with a progress panel and Cancel, through the index cache.

#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

#include "core/stores/store_scanner.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;
class QLineEdit;
class QPushButton;
class QTableView;

namespace md {
namespace ui {

class Banner;
class DropHint;
class ExportDialog;
class ProgressPanel;
class StoreFilter;
class StoreTableModel;
class StoreUsageChart;
class StoreWatcher;

class StoreBrowser : public QWidget {
  Q_OBJECT
public:
  using Confirmation = std::function<bool(const QString& question)>;

  explicit StoreBrowser(QWidget* parent = nullptr);
  ~StoreBrowser() override;

  // What to scan. Until set, the stores from the environment, the Downloads
  // folder, the folders saved in settings and an index in the app's data
  // folder (store_scan_scope.h). A label under the search bar lists them.
  void setRequest(stores::ScanRequest request);
  stores::ScanRequest request() const;
  // Adds a folder to scan (saved in settings) and rescans.
  void addFolder(const QString& folder);
  // Asks before deleting; a message box unless replaced (tests).
  void setConfirmation(Confirmation confirm) { confirm_ = std::move(confirm); }

  void rescan();
  bool isScanning() const { return scanning_; }

  // True while a finished scan found no files and the empty state shows.
  bool isShowingEmptyState() const;
  QStringList watchedFolders() const;
  // Selects the row showing `path`; false when it is filtered out or absent.
  bool selectPath(const QString& path);
  QStringList selectedPaths() const;

  void openSelectedInInspector();
  void revealSelected();
  void sendSelectedToMerge();
  void newModelfileFromSelected();
  // GGUF files (a loose file or a cache entry) → "Import into Ollama…"; one
  // model brings the projector beside it.
  void importSelected();
  void copySelectedPath();
  void deleteSelected();
  // Deletes the temp files killed merges and imports left (their process is
  // gone), after a question.
  void removeLeftovers();
  // One Ollama model → "Export…" (ui/models/export_dialog.h).
  ExportDialog* exportSelected();

Q_SIGNALS:
  void openInInspector(const QString& path);
  void sendToMerge(const QStringList& paths);
  void newModelfile(const QString& from, const QString& projector);
  void importRequested(const QStringList& paths);
  void scanFinished(bool ok);
  // After Delete on Ollama models (through the API or on disk).
  void ollamaModelsRemoved(bool ok);
  // The empty state's "Add folder…" button.
  void addFolderRequested();

protected:
  void showEvent(QShowEvent* event) override;
  void changeEvent(QEvent* event) override;

private:
  void buildActions(QWidget* bar);
  void showContextMenu(const QPoint& at);
  void retranslate();
  void applyReport(stores::ScanReport report);
  void updateButtons();
  void updateLeftovers();
  std::vector<const stores::StoreEntry*> selectedEntries() const;
  void deleteOllamaModels(const std::vector<const stores::StoreEntry*>& selected);

  std::optional<stores::ScanRequest> request_;
  Confirmation confirm_;
  bool scanning_ = false;
  bool rescanPending_ = false;
  bool scannedOnce_ = false;

  StoreTableModel* model_ = nullptr;
  StoreFilter* filter_ = nullptr;
  QTableView* view_ = nullptr;
  StoreUsageChart* chart_ = nullptr;
  QLineEdit* search_ = nullptr;
  QComboBox* sources_ = nullptr;
  QCheckBox* modelFilesOnly_ = nullptr;
  QLabel* status_ = nullptr;
  QLabel* scannedFolders_ = nullptr;
  QStackedWidget* results_ = nullptr;
  DropHint* emptyHint_ = nullptr;
  QPushButton* emptyAddFolderButton_ = nullptr;
  Banner* banner_ = nullptr;
  ProgressPanel* progress_ = nullptr;
  StoreWatcher* watcher_ = nullptr;
  QPushButton* rescanButton_ = nullptr;
  QPushButton* inspectButton_ = nullptr;
  QPushButton* revealButton_ = nullptr;
  QPushButton* mergeButton_ = nullptr;
  QPushButton* modelfileButton_ = nullptr;
  QPushButton* importButton_ = nullptr;
  QPushButton* copyButton_ = nullptr;
  QPushButton* deleteButton_ = nullptr;
  QPushButton* exportButton_ = nullptr;
  QPushButton* leftoversButton_ = nullptr;
  QList<QPushButton*> actionButtons_;
};

} // namespace ui
} // namespace md
