#pragma once
// "Create in Ollama": a model name checked live against Ollama's rules, the
// target host (the server chosen on the Models page), the template plan for
// that server's version (what renders chats, capabilities, stops), "Quantize
// to" (Ollama's quantize, with the estimated size and memory of the result),
// then the create flow on
// the job pool (hashing, uploading, creating) with rate, ETA and a working
// Cancel, a log of the server's status lines, and the outcome: success (with
// "Show in Models"), an error, or a clear warning when a projector did not
// become vision; and whether /api/show (capabilities, template) agrees with
// the plan, naming each difference.

#include <QDialog>
#include <QPointer>

#include <memory>

#include "core/ollama/create_flow.h"
#include "core/ollama/model_name.h"
#include "core/ollama/types.h"
#include "ui/modelfile/template_planner.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace md {
namespace ui {

class Banner;
class JobHandle;
class JobView;
class QuantizeChoice;
class TemplatePlanView;

// What the create job brings back: the flow's result, the plan for the
// server's version and what /api/show says about the new model.
struct CreateAndCheck {
  md::ollama::CreateFlowResult flow;
  PlanOutcome plan;
  std::optional<md::ollama::ShowResult> shown; // nothing when /api/show failed
  // The Modelfile's warnings as coded messages with their lines (flow.warnings
  // has them in English, for the CLI).
  std::vector<std::pair<int, md::Message>> warnings;
};

class CreateInOllamaDialog : public QDialog {
  Q_OBJECT
public:
  // `hostUrl` empty: the client URL for OLLAMA_HOST.
  explicit CreateInOllamaDialog(const QString& modelfilePath, const QString& hostUrl = {}, QWidget* parent = nullptr);
  ~CreateInOllamaDialog() override;

  QString hostUrl() const { return host_; }
  bool isRunning() const { return !job_.isNull(); }

  // The user-facing reason a name breaks Ollama's rules (empty when fine).
  static QString nameProblemText(const md::ollama::NameCheck& check);
  // A valid name derived from the Modelfile's name or folder, or empty.
  static QString suggestedName(const QString& modelfilePath);

Q_SIGNALS:
  // The flow ended: ok, failed or cancelled.
  void createFinished(bool ok);
  void showInModelsRequested(const QString& modelName);
  // The plan before creating is shown (or why there is none).
  void planShown();

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslate();
  void checkName();
  void startCreate();
  void planBeforeCreating();
  void finish(md::Result<CreateAndCheck> result);
  void showPlanCheck(const CreateAndCheck& result);
  QString visionWarning(const md::ollama::CreateFlowResult& result) const;

  QString modelfile_;
  QString host_;
  QString createdName_;
  QString lastPhase_;
  QPointer<JobHandle> job_;
  QLabel* nameLabel_ = nullptr;
  QLineEdit* nameEdit_ = nullptr;
  QLabel* nameProblem_ = nullptr;
  QLabel* hostCaption_ = nullptr;
  QLabel* hostLabel_ = nullptr;
  QLabel* fileCaption_ = nullptr;
  QLabel* fileLabel_ = nullptr;
  Banner* visionBanner_ = nullptr;
  TemplatePlanView* planView_ = nullptr;
  QuantizeChoice* quantize_ = nullptr;
  Banner* planCheck_ = nullptr;
  JobView* jobView_ = nullptr;
  QPushButton* createButton_ = nullptr;
  QPushButton* showButton_ = nullptr;
  QPushButton* closeButton_ = nullptr;
};

} // namespace ui
} // namespace md
