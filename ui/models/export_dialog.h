#pragma once
// Export…: an Ollama model out of the store on disk (core's exportModel on
// the job pool; the server may be off) as GGUF files, a Modelfile and a
// README. The layout (a plain folder, or LM Studio's models folder with
// publisher/repo under it) and the folder, where the files will go, the run
// in the JobView with progress and Cancel, then the folder tree it wrote
// (files with sizes and how each was made: clone, hard link or copy) and
// "Open folder". Used by the Ollama tab and the Local stores table.

#include <QDialog>
#include <QPointer>
#include <QStringList>

#include "core/ollama/model_export.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace md {
namespace ui {

class JobHandle;
class JobView;

class ExportDialog : public QDialog {
  Q_OBJECT
public:
  // `stores`: the folders the model's store may be in, most likely first;
  // the first holding the model is read.
  ExportDialog(const QString& model, const QStringList& stores, QWidget* parent = nullptr);
  ~ExportDialog() override;

  bool isRunning() const { return !job_.isNull(); }
  void setExportLayout(md::ollama::ExportLayout layout);
  void setFolder(const QString& folder);
  QString folder() const;
  // Where the files will go (the folder, or publisher/repo under it).
  QString targetFolder() const;
  void startExport();
  QString exportedFolder() const { return exportedFolder_; }

  // Close, Esc: a running export is cancelled first (it leaves nothing).
  void reject() override;

Q_SIGNALS:
  void exportFinished(bool ok);

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslate();
  void layoutChanged();
  void updateTarget();
  void showResult(const md::ollama::ExportResult& result);
  QString placementText(const std::string& placement) const;

  QString model_;
  QStringList stores_;
  QString exportedFolder_;
  QString destination_; // the folder chosen for the last export ('/' separators)
  QPointer<JobHandle> job_;
  QLabel* modelCaption_ = nullptr;
  QLabel* modelLabel_ = nullptr;
  QLabel* layoutLabel_ = nullptr;
  QLabel* folderLabel_ = nullptr;
  QLabel* targetCaption_ = nullptr;
  QComboBox* layout_ = nullptr;
  QLineEdit* folder_ = nullptr;
  QPushButton* chooseFolder_ = nullptr;
  QLabel* target_ = nullptr;
  JobView* jobView_ = nullptr;
  QTreeWidget* tree_ = nullptr;
  QPushButton* start_ = nullptr;
  QPushButton* openFolder_ = nullptr;
  QPushButton* close_ = nullptr;
};

} // namespace ui
} // namespace md
