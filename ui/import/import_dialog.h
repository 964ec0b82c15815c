#pragma once
// "Import into Ollama": GGUF files (parts, shards, a projector, an adapter,
// or a folder of them) become a model of the server chosen in the app, in one
// dialog. First the plan (which files become which blob), the name (guessed
// from general.name or the file name, checked by Ollama's rules and against
// the server's models: a taken name only when the user ticks Replace), what
// that Ollama version will do with the chat template, "Quantize to" (Ollama's
// quantize, with the estimated size and memory of the result), and the preflight (the
// store proven writable or the upload fallback and why, the space on the
// volume written, the name free, the inputs complete; the store is probed
// once, not for each name typed). Then the run in the
// JobView (probing, joining, placing, hashing, uploading, creating, verifying;
// Cancel leaves nothing), and the result: how the bytes were placed and what
// that means, bytes written, capabilities, Show in Models, Test prompt, and
// an optional Save Modelfile… (the Modelfile lives in memory).
// Every core call runs on the job pool.

#include <QDialog>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

#include "core/ollama/import_flow.h"
#include "ui/import/import_text.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace md {
namespace ui {

class Banner;
class JobHandle;
class JobView;
class QuantizeChoice;
class TemplatePlanView;
struct ImportSetup;

class ImportDialog : public QDialog {
  Q_OBJECT
public:
  // Where Save Modelfile… writes: asked with a file dialog unless replaced (tests).
  using SavePathPrompt = std::function<QString(const QString& suggested)>;

  // `paths`: GGUF files or folders; `hostUrl` empty: the client URL for OLLAMA_HOST.
  explicit ImportDialog(const QStringList& paths, const QString& hostUrl = {}, QWidget* parent = nullptr);
  ~ImportDialog() override;

  QString hostUrl() const { return host_; }
  QStringList paths() const { return paths_; }
  void setSavePathPrompt(SavePathPrompt prompt) { savePath_ = std::move(prompt); }
  // A name of the caller's instead of the suggested one (checked as typed).
  void setModelName(const QString& name);

  // Plans the files again and checks (the server may have started meanwhile).
  void checkAgain();
  void startImport();
  void saveModelfile();

Q_SIGNALS:
  // The plan (or why there is none) is shown.
  void planned();
  // The preflight for the current name is shown.
  void checked();
  void importFinished(bool ok);
  void showInModelsRequested(const QString& model);
  void modelfileTextRequested(const QString& text, const QString& model);

protected:
  void changeEvent(QEvent* event) override;

private:
  QWidget* buildSetupPage();
  QWidget* buildResultPage();
  void retranslate();
  void showSetup(ImportSetup setup);
  void fillPlanTable();
  void nameChanged();
  void runPreflight();
  void showCheck(PreflightCheck check);
  void showServerError();
  void finishImport(md::Result<md::ollama::ImportResult> result);
  void openTestPrompt();
  void updateButtons();
  md::ollama::ImportOptions options() const;
  QString modelfileText() const;

  QStringList paths_;
  QString host_;
  SavePathPrompt savePath_;
  std::shared_ptr<const md::ollama::ImportPlan> plan_;
  std::optional<md::Error> serverError_;
  std::optional<PreflightCheck> check_;
  std::optional<md::ollama::ImportStore> store_; // probed once; again after Check again or a failed import
  std::optional<md::ollama::ImportResult> result_;
  QString lastPhase_;
  bool planning_ = false;
  bool nameEdited_ = false;
  quint64 generation_ = 0;
  int preflightsRunning_ = 0;
  QTimer preflightTimer_;
  QPointer<JobHandle> job_;

  QLabel* heading_ = nullptr;
  QLabel* hostLabel_ = nullptr;
  Banner* banner_ = nullptr;
  QStackedWidget* pages_ = nullptr;
  QLabel* planCaption_ = nullptr;
  QTreeWidget* planTable_ = nullptr;
  QLabel* nameLabel_ = nullptr;
  QLineEdit* nameEdit_ = nullptr;
  QLabel* nameProblem_ = nullptr;
  QCheckBox* replace_ = nullptr;
  QuantizeChoice* quantize_ = nullptr;
  QLabel* preflightCaption_ = nullptr;
  QLabel* preflight_ = nullptr;
  TemplatePlanView* templatePlan_ = nullptr;
  QLabel* modelfileCaption_ = nullptr;
  QPlainTextEdit* modelfilePreview_ = nullptr;
  QLabel* resultText_ = nullptr;
  JobView* jobView_ = nullptr;
  QPushButton* saveButton_ = nullptr;
  QPushButton* showButton_ = nullptr;
  QPushButton* promptButton_ = nullptr;
  QPushButton* openModelfileButton_ = nullptr;
  QPushButton* checkButton_ = nullptr;
  QPushButton* importButton_ = nullptr;
  QPushButton* closeButton_ = nullptr;
};

} // namespace ui
} // namespace md
