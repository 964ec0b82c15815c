#include "ui/modelfile/create_in_ollama_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <memory>
#include <utility>
#include <vector>

#include "core/modelfile/text_encoding.h"
#include "core/modelfile/validator.h"
#include "core/ollama/host.h"
#include "core/ollama/modelfile_request.h"
#include "core/ollama/quantize.h"
#include "core/util/paths.h"
#include "ui/import/quantize_choice.h"
#include "ui/modelfile/plan_check.h"
#include "ui/modelfile/template_plan_view.h"
#include "ui/shell/banner.h"
#include "ui/shell/core_text.h"
#include "ui/shell/job.h"
#include "ui/shell/job_view.h"

namespace md {
namespace ui {

CreateInOllamaDialog::CreateInOllamaDialog(const QString& modelfilePath, const QString& hostUrl, QWidget* parent)
    : QDialog(parent), modelfile_(modelfilePath),
      host_(hostUrl.isEmpty() ? QString::fromStdString(md::ollama::hostFromEnvironment()) : hostUrl) {
  setObjectName(QStringLiteral("createInOllamaDialog"));
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout;
  nameLabel_ = new QLabel(this);
  nameEdit_ = new QLineEdit(this);
  nameEdit_->setObjectName(QStringLiteral("modelNameEdit"));
  nameLabel_->setBuddy(nameEdit_);
  nameProblem_ = new QLabel(this);
  nameProblem_->setObjectName(QStringLiteral("modelNameProblem"));
  nameProblem_->setWordWrap(true);
  QPalette warning = nameProblem_->palette();
  warning.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
  nameProblem_->setPalette(warning);
  auto* nameColumn = new QVBoxLayout;
  nameColumn->addWidget(nameEdit_);
  nameColumn->addWidget(nameProblem_);
  form->addRow(nameLabel_, nameColumn);
  hostCaption_ = new QLabel(this);
  hostLabel_ = new QLabel(host_, this);
  hostLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  form->addRow(hostCaption_, hostLabel_);
  fileLabel_ = new QLabel(QDir::toNativeSeparators(modelfilePath), this);
  fileLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  fileLabel_->setWordWrap(true);
  fileCaption_ = new QLabel(this);
  form->addRow(fileCaption_, fileLabel_);
  quantize_ = new QuantizeChoice(this);
  form->addRow(quantize_);
  layout->addLayout(form);
  planView_ = new TemplatePlanView(this);
  planView_->setObjectName(QStringLiteral("createPlan"));
  layout->addWidget(planView_);

  visionBanner_ = new Banner(this);
  visionBanner_->setObjectName(QStringLiteral("visionBanner"));
  jobView_ = new JobView(this);
  jobView_->setObjectName(QStringLiteral("createJob"));
  jobView_->setLogVisible(true);
  layout->addWidget(jobView_, 1);
  layout->addWidget(visionBanner_);
  planCheck_ = new Banner(this);
  planCheck_->setObjectName(QStringLiteral("planCheckBanner"));
  layout->addWidget(planCheck_);

  auto* buttons = new QDialogButtonBox(this);
  createButton_ = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
  createButton_->setObjectName(QStringLiteral("createButton"));
  createButton_->setDefault(true);
  showButton_ = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
  showButton_->setObjectName(QStringLiteral("showInModelsButton"));
  showButton_->setVisible(false);
  closeButton_ = buttons->addButton(QDialogButtonBox::Close);
  layout->addWidget(buttons);

  connect(nameEdit_, &QLineEdit::textChanged, this, &CreateInOllamaDialog::checkName);
  connect(nameEdit_, &QLineEdit::returnPressed, this, [this] {
    if (createButton_->isEnabled())
      startCreate();
  });
  connect(createButton_, &QPushButton::clicked, this, &CreateInOllamaDialog::startCreate);
  connect(showButton_, &QPushButton::clicked, this, [this] {
    Q_EMIT showInModelsRequested(createdName_);
    accept();
  });
  connect(closeButton_, &QPushButton::clicked, this, &QDialog::reject);

  nameEdit_->setText(suggestedName(modelfilePath));
  retranslate();
  checkName();
  resize(600, 560);
  planBeforeCreating();
}

// Destroying the dialog (its job's owner) cancels a running job.
CreateInOllamaDialog::~CreateInOllamaDialog() = default;

void CreateInOllamaDialog::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QDialog::changeEvent(event);
}

void CreateInOllamaDialog::retranslate() {
  setWindowTitle(tr("Create in Ollama"));
  nameLabel_->setText(tr("Model name:"));
  nameEdit_->setPlaceholderText(tr("e.g. my-model:q4_k_m"));
  hostCaption_->setText(tr("Ollama:"));
  fileCaption_->setText(tr("Modelfile:"));
  hostLabel_->setToolTip(tr("The server chosen on the Models page (by default the one OLLAMA_HOST names)"));
  createButton_->setText(tr("Create"));
  showButton_->setText(tr("Show in Models"));
  jobView_->setPhaseNames({{QStringLiteral("hashing"), tr("Hashing")},
                           {QStringLiteral("uploading"), tr("Uploading")},
                           {QStringLiteral("quantizing"), tr("Quantizing")},
                           {QStringLiteral("creating"), tr("Creating")}});
  checkName();
}

QString CreateInOllamaDialog::nameProblemText(const md::ollama::NameCheck& check) {
  using md::ollama::NameProblem;
  const QString text = QString::fromStdString(check.text);
  const QString bad = QString::fromStdString(check.bad);
  QString part;
  if (check.part == "host")
    part = tr("host");
  else if (check.part == "namespace")
    part = tr("namespace");
  else if (check.part == "tag")
    part = tr("tag");
  else
    part = tr("model name");
  switch (check.problem) {
  case NameProblem::None: return {};
  case NameProblem::Empty: return tr("Enter a name for the new model.");
  case NameProblem::TooManyParts: return tr("A name has at most three parts: host/namespace/model.");
  case NameProblem::EmptyPart: return tr("The %1 must not be empty.").arg(part);
  case NameProblem::BadFirst: return tr("The %1 must start with a letter, a digit or “_”, not “%2”.").arg(part, bad);
  case NameProblem::BadCharacter:
    return check.part == "namespace"
               ? tr("The %1 “%2” contains “%3”; use letters, digits, “_” and “-”.").arg(part, text, bad)
               : tr("The %1 “%2” contains “%3”; use letters, digits, “_”, “-” and “.”.").arg(part, text, bad);
  case NameProblem::TooLong: return tr("The %1 is longer than %2 characters.").arg(part).arg(check.limit);
  }
  return {};
}

QString CreateInOllamaDialog::suggestedName(const QString& modelfilePath) {
  const QFileInfo info(modelfilePath);
  QString base = info.completeBaseName();
  if (base.isEmpty() || base.compare(QStringLiteral("Modelfile"), Qt::CaseInsensitive) == 0)
    base = info.absoluteDir().dirName();
  base = base.toLower();
  base.replace(QRegularExpression(QStringLiteral("[^a-z0-9_.-]+")), QStringLiteral("-"));
  base.remove(QRegularExpression(QStringLiteral("^[^a-z0-9_]+")));
  base.truncate(80);
  return md::ollama::checkModelName(base.toStdString()).ok() ? base : QString();
}

void CreateInOllamaDialog::checkName() {
  const auto check = md::ollama::checkModelName(nameEdit_->text().trimmed().toStdString());
  nameProblem_->setText(nameProblemText(check));
  nameProblem_->setVisible(!check.ok());
  createButton_->setEnabled(check.ok() && !isRunning());
}

namespace {

// Reads the Modelfile as Ollama does and plans it for `version` (job pool).
PlanOutcome planFile(const std::filesystem::path& modelfile, const md::Version& version) {
  auto decoded = md::modelfile::readModelfileFile(modelfile);
  if (!decoded) {
    PlanOutcome outcome;
    outcome.problem = PlanProblem::ReadFailed;
    outcome.error = decoded.error();
    outcome.version = version;
    return outcome;
  }
  return computeTemplatePlan(decoded->text, modelfile.parent_path(), version, nullptr);
}

// The plan, and the header of the model a FROM line names (for "Quantize to").
struct PlanAndModel {
  PlanOutcome plan;
  std::shared_ptr<const md::gguf::GgufFile> model;
};

std::shared_ptr<const md::gguf::GgufFile> modelOf(const std::filesystem::path& modelfile) {
  auto decoded = md::modelfile::readModelfileFile(modelfile);
  if (!decoded)
    return nullptr;
  std::vector<std::string> warnings;
  auto request = md::ollama::createRequestFromModelfile("model", decoded->text, modelfile.parent_path(), warnings);
  if (!request)
    return nullptr;
  auto header = md::ollama::quantizeSourceHeader(*request);
  return header ? std::make_shared<const md::gguf::GgufFile>(std::move(*header)) : nullptr;
}

} // namespace

void CreateInOllamaDialog::planBeforeCreating() {
  planView_->showMessage([host = host_] { return tr("Asking Ollama at %1 for its version…").arg(host); });
  auto work = [host = host_.toStdString(), path = md::pathFromUtf8(modelfile_.toStdString())](
                  md::ProgressReporter& progress) -> md::Result<PlanAndModel> {
    auto version = md::ollama::Client(host).serverVersion(progress.cancelToken());
    if (!version)
      return version.error();
    return PlanAndModel{planFile(path, *version), modelOf(path)};
  };
  runJob(this, work, [this](md::Result<PlanAndModel> result) {
    if (result) {
      planView_->showOutcome(result->plan);
      quantize_->setSource(result->model, result->plan.version);
    } else {
      planView_->showMessage([error = result.error()] { return tr("No plan: %1").arg(describeError(error)); });
      quantize_->setSource(nullptr, std::nullopt);
    }
    Q_EMIT planShown();
  });
}

namespace {

// What the create flow warned about, coded for the reader's language.
std::vector<std::pair<int, md::Message>> modelfileWarnings(const std::filesystem::path& path) {
  std::vector<std::pair<int, md::Message>> out;
  auto text = md::modelfile::readModelfileFile(path);
  if (!text)
    return out;
  md::modelfile::CheckOptions options;
  options.modelfileDir = path.parent_path();
  for (const auto& diagnostic : md::modelfile::check(text->text, options).diagnostics)
    if (diagnostic.severity == md::modelfile::Severity::Warning)
      out.emplace_back(diagnostic.span.line, diagnostic.text);
  return out;
}

} // namespace

void CreateInOllamaDialog::startCreate() {
  const QString name = nameEdit_->text().trimmed();
  if (!md::ollama::checkModelName(name.toStdString()).ok() || isRunning())
    return;
  visionBanner_->clear();
  planCheck_->clear();
  showButton_->setVisible(false);
  jobView_->clearLog();
  lastPhase_.clear();
  createdName_ = name;
  jobView_->appendLog(tr("Creating “%1” on %2").arg(name, host_));
  auto work = [host = host_.toStdString(), model = name.toStdString(),
               path = md::pathFromUtf8(modelfile_.toStdString()),
               quantize = quantize_->type()](md::ProgressReporter& progress) -> md::Result<CreateAndCheck> {
    const md::ollama::Client client(host);
    auto flow = md::ollama::runCreateFlow(client, model, path, progress, quantize);
    if (!flow)
      return flow.error();
    CreateAndCheck out{std::move(*flow), planFile(path, flow->server), std::nullopt, modelfileWarnings(path)};
    if (auto shown = client.show(model, false, progress.cancelToken()))
      out.shown = std::move(*shown);
    return out;
  };
  job_ = runJob(this, work, [this](md::Result<CreateAndCheck> result) { finish(std::move(result)); });
  connect(job_, &JobHandle::progress, this, [this](const JobProgress& progress) { lastPhase_ = progress.phase; });
  jobView_->track(job_);
  nameEdit_->setEnabled(false);
  quantize_->setEnabled(false);
  createButton_->setEnabled(false);
}

QString CreateInOllamaDialog::visionWarning(const md::ollama::CreateFlowResult& result) const {
  if (result.vision != md::ollama::VisionCheck::Missing)
    return {};
  const auto* file = result.projectorFile();
  const QString fileName = file ? QString::fromStdString(file->name) : QString();
  const QString model = QString::fromStdString(result.model);
  if (result.projectorDroppedByServer())
    return tr("Ollama %1 reads only the first GGUF of a file, so the projector concatenated into “%2” was ignored and "
              "“%3” has no vision. Put the model and the projector on two FROM lines as separate files.")
        .arg(QString::fromStdString(result.server.toString()), fileName, model);
  return tr("The projector “%1” was included, but Ollama does not list “vision” among the capabilities of “%2”: it "
            "will not accept images.")
      .arg(fileName, model);
}

void CreateInOllamaDialog::showPlanCheck(const CreateAndCheck& result) {
  if (!result.shown) {
    planCheck_->showMessage(Banner::Kind::Warning, [] {
      return tr("Could not ask Ollama about the new model (/api/show), so it was not compared with the plan.");
    });
    return;
  }
  if (result.plan.problem != PlanProblem::None)
    return;
  if (PlanCheck::differences(result.plan, *result.shown).isEmpty())
    planCheck_->showMessage(Banner::Kind::Success, [shown = *result.shown] { return PlanCheck::agreement(shown); });
  else
    planCheck_->showMessage(Banner::Kind::Warning, [plan = result.plan, shown = *result.shown]() -> QString {
      return tr("Ollama did not do what the plan said:") + QLatin1Char('\n') +
             PlanCheck::differences(plan, shown).join(QLatin1Char('\n'));
    });
}

void CreateInOllamaDialog::finish(md::Result<CreateAndCheck> result) {
  job_.clear(); // finished: the handle deletes itself
  nameEdit_->setEnabled(true);
  quantize_->setEnabled(true);
  checkName();
  if (!result) {
    const bool serverWorking = lastPhase_ == QLatin1String("creating") || lastPhase_ == QLatin1String("quantizing");
    jobView_->showOutcome(false, result.error(), {}, [serverWorking] {
      return serverWorking ? tr("Cancelled while Ollama was creating the model; it may exist anyway. Check the "
                                "Models page.")
                           : tr("Cancelled. Nothing was created.");
    });
    Q_EMIT createFinished(false);
    return;
  }
  const md::ollama::CreateFlowResult& flow = result->flow;
  for (const auto& [line, warning] : result->warnings)
    jobView_->appendLog(tr("warning: line %1: %2").arg(line).arg(coreText(warning)));
  jobView_->showOutcome(true, {},
                        [name = createdName_, vision = flow.vision == md::ollama::VisionCheck::Vision]() -> QString {
                          const QString created = tr("Created “%1” in Ollama.").arg(name);
                          return vision ? created + QLatin1Char(' ') + tr("It accepts images (vision).") : created;
                        },
                        {});
  if (!visionWarning(flow).isEmpty())
    visionBanner_->showMessage(Banner::Kind::Warning, [this, flow] { return visionWarning(flow); });
  showPlanCheck(*result);
  showButton_->setVisible(true);
  showButton_->setDefault(true);
  Q_EMIT createFinished(true);
}

} // namespace ui
} // namespace md
