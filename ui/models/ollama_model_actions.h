#pragma once
// The Ollama tab's actions on the selected model, as a row of buttons: Test
// prompt…, Edit Modelfile, Copy…, Rename…, Delete, Compare…, Copy to host…, Export…,
// and Pull… (for the tab's own buttons). One server call at a time runs on
// the job pool; its outcome goes to the tab's banner and the list refreshes.

#include <QPointer>
#include <QWidget>

#include <functional>

#include "core/util/result.h"

class QPushButton;

namespace md {
namespace ui {

class Banner;
class ExportDialog;
class JobHandle;
class OllamaCompareDialog;
class OllamaCopyHostDialog;
class OllamaDetails;
class OllamaHosts;
class OllamaModelList;
class OllamaNameDialog;
class OllamaPromptDialog;
class OllamaPullDialog;

class OllamaModelActions : public QWidget {
  Q_OBJECT
public:
  // What the actions work on and report to; all outlive this widget's use.
  struct Parts {
    OllamaHosts* hosts = nullptr;
    OllamaModelList* list = nullptr;
    OllamaDetails* details = nullptr;
    Banner* banner = nullptr;
  };
  OllamaModelActions(Parts parts, QWidget* parent = nullptr);

  bool isBusy() const { return !action_.isNull(); }
  // Whether the list of models is what the tab shows (the buttons need it).
  void setModelsShown(bool shown);
  // A switch of server: a running action's result no longer belongs here.
  void hostChanged() { ++generation_; }
  void updateButtons();

  using Confirm = std::function<bool(const QString& question)>;
  void setConfirm(Confirm confirm) { confirm_ = std::move(confirm); }
  void deleteSelected();
  OllamaNameDialog* copySelected(bool rename);
  void editModelfile();
  OllamaPullDialog* openPullDialog();
  OllamaPromptDialog* openPromptDialog();
  OllamaCompareDialog* openCompareDialog();
  OllamaCopyHostDialog* openCopyToHostDialog();
  ExportDialog* openExportDialog();

Q_SIGNALS:
  void actionFinished(bool ok);
  void modelfileTextRequested(const QString& text, const QString& modelName);

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslate();
  QString hostUrl() const;
  void runAction(std::function<QString()> running, std::function<md::Status(const std::string& url)> work,
                 std::function<void(bool)> after = {});

  Parts parts_;
  Confirm confirm_;
  QPointer<JobHandle> action_;
  int generation_ = 0; // bumped on a host switch
  bool modelsShown_ = false;
  QPushButton* promptButton_ = nullptr;
  QPushButton* editButton_ = nullptr;
  QPushButton* copyButton_ = nullptr;
  QPushButton* renameButton_ = nullptr;
  QPushButton* deleteButton_ = nullptr;
  QPushButton* compareButton_ = nullptr;
  QPushButton* copyHostButton_ = nullptr;
  QPushButton* exportButton_ = nullptr;
};

} // namespace ui
} // namespace md
