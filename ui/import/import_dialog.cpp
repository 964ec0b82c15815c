// The "Import into Ollama" dialog (import_dialog.h): its layout and the flow
// plan → name → preflight → run → result, each core step a job.
#include "ui/import/import_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "core/ollama/host.h"
#include "core/ollama/model_name.h"
#include "core/util/paths.h"
#include "ui/import/import_work.h"
#include "ui/import/quantize_choice.h"
#include "ui/modelfile/create_in_ollama_dialog.h"
#include "ui/modelfile/template_plan_pane.h"
#include "ui/modelfile/template_plan_view.h"
#include "ui/models/ollama_prompt_dialog.h"
#include "ui/shell/banner.h"
#include "ui/shell/core_text.h"
#include "ui/shell/job.h"
#include "ui/shell/job_view.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

namespace mo = md::ollama;

namespace {

QString fileName(const std::filesystem::path& path) {
  return QString::fromStdString(pathToUtf8(path.filename()));
}

// The header of the plan's model (its first model, shard or part), sharing the plan.
std::shared_ptr<const md::gguf::GgufFile> modelHeader(const std::shared_ptr<const mo::ImportPlan>& plan) {
  using md::merge::FileRole;
  for (const auto& file : plan->model.files)
    if ((file.role == FileRole::Model || file.role == FileRole::Shard || file.role == FileRole::Part) && file.header)
      return std::shared_ptr<const md::gguf::GgufFile>(plan, &*file.header);
  return nullptr;
}

} // namespace

ImportDialog::ImportDialog(const QStringList& paths, const QString& hostUrl, QWidget* parent)
    : QDialog(parent), paths_(paths),
      host_(hostUrl.isEmpty() ? QString::fromStdString(mo::hostFromEnvironment()) : hostUrl) {
  setObjectName(QStringLiteral("importDialog"));
  auto* layout = new QVBoxLayout(this);
  heading_ = makeHeading(this);
  hostLabel_ = new QLabel(this);
  hostLabel_->setObjectName(QStringLiteral("importHost"));
  hostLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* top = new QHBoxLayout;
  top->addWidget(heading_);
  top->addStretch(1);
  top->addWidget(hostLabel_);
  layout->addLayout(top);
  banner_ = new Banner(this);
  banner_->setObjectName(QStringLiteral("importBanner"));
  layout->addWidget(banner_);
  pages_ = new QStackedWidget(this);
  pages_->addWidget(buildSetupPage());
  pages_->addWidget(buildResultPage());
  layout->addWidget(pages_, 3);
  jobView_ = new JobView(this);
  jobView_->setObjectName(QStringLiteral("importJob"));
  layout->addWidget(jobView_, 1);

  auto* buttons = new QDialogButtonBox(this);
  auto add = [&](QPushButton*& button, const char* name, QDialogButtonBox::ButtonRole role) {
    button = buttons->addButton(QString(), role);
    button->setObjectName(QLatin1String(name));
  };
  add(saveButton_, "importSaveModelfile", QDialogButtonBox::ActionRole);
  add(openModelfileButton_, "importOpenModelfile", QDialogButtonBox::ActionRole);
  add(promptButton_, "importTestPrompt", QDialogButtonBox::ActionRole);
  add(showButton_, "importShowInModels", QDialogButtonBox::ActionRole);
  add(checkButton_, "importCheckAgain", QDialogButtonBox::ActionRole);
  add(importButton_, "importButton", QDialogButtonBox::ActionRole);
  closeButton_ = buttons->addButton(QDialogButtonBox::Close);
  importButton_->setDefault(true);
  layout->addWidget(buttons);

  preflightTimer_.setSingleShot(true);
  preflightTimer_.setInterval(350);
  connect(&preflightTimer_, &QTimer::timeout, this, &ImportDialog::runPreflight);
  connect(nameEdit_, &QLineEdit::textEdited, this, [this] { nameEdited_ = true; });
  connect(nameEdit_, &QLineEdit::textChanged, this, &ImportDialog::nameChanged);
  connect(replace_, &QCheckBox::toggled, this, &ImportDialog::nameChanged);
  connect(quantize_, &QuantizeChoice::typeChanged, this, &ImportDialog::nameChanged);
  connect(checkButton_, &QPushButton::clicked, this, &ImportDialog::checkAgain);
  connect(importButton_, &QPushButton::clicked, this, &ImportDialog::startImport);
  connect(saveButton_, &QPushButton::clicked, this, &ImportDialog::saveModelfile);
  connect(promptButton_, &QPushButton::clicked, this, &ImportDialog::openTestPrompt);
  connect(showButton_, &QPushButton::clicked, this, [this] {
    Q_EMIT showInModelsRequested(QString::fromStdString(result_->name));
    accept();
  });
  connect(openModelfileButton_, &QPushButton::clicked, this,
          [this] { Q_EMIT modelfileTextRequested(modelfileText(), QString::fromStdString(result_->name)); });
  connect(closeButton_, &QPushButton::clicked, this, &QDialog::reject);
  savePath_ = [this](const QString& suggested) {
    return QFileDialog::getSaveFileName(this, tr("Save Modelfile"), suggested,
                                        tr("Modelfiles (Modelfile *.Modelfile *.mf);;All files (*)"));
  };
  retranslate();
  resize(980, 700);
  checkAgain();
}

// Destroying the dialog (its jobs' owner) cancels a running job.
ImportDialog::~ImportDialog() = default;

void ImportDialog::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QDialog::changeEvent(event);
}

void ImportDialog::checkAgain() {
  if (planning_ || job_)
    return;
  planning_ = true;
  check_.reset();
  store_.reset(); // the server or its store may have changed
  preflight_->setText(tr("Reading the files and asking Ollama at %1 for its version…").arg(host_.toHtmlEscaped()));
  templatePlan_->showMessage([host = host_] { return tr("Asking Ollama at %1 for its version…").arg(host); });
  updateButtons();
  auto work = [host = host_.toStdString(), paths = paths_](md::ProgressReporter& progress) {
    return planImportJob(host, paths, TemplatePlanPane::kCurrentVersion, progress);
  };
  runJob(this, work, [this](md::Result<ImportSetup> setup) {
    planning_ = false;
    if (setup)
      showSetup(std::move(*setup));
    else
      banner_->showError(setup.error());
    updateButtons();
  });
}

void ImportDialog::showSetup(ImportSetup setup) {
  plan_ = std::move(setup.plan);
  serverError_ = std::move(setup.serverError);
  if (serverError_)
    showServerError();
  else
    banner_->clear();
  fillPlanTable();
  quantize_->setSource(plan_->ok() ? modelHeader(plan_) : nullptr,
                       serverError_ ? std::nullopt : std::optional<md::Version>(plan_->server));
  PlanOutcome outcome;
  outcome.version = plan_->server;
  outcome.plan = plan_->templatePlan;
  if (plan_->ok())
    templatePlan_->showOutcome(outcome);
  else
    templatePlan_->showMessage([] { return tr("No plan: these files cannot be imported."); });
  modelfilePreview_->setPlainText(plan_->ok() ? modelfileText() : QString());
  if (!nameEdited_ && plan_->ok())
    nameEdit_->setText(QString::fromStdString(plan_->suggestedName));
  Q_EMIT planned();
  nameChanged();
}

void ImportDialog::fillPlanTable() {
  planTable_->clear();
  for (const auto& blob : plan_->blobs) {
    QStringList sources;
    for (const auto& segment : blob.segments)
      if (segment.kind == md::io::Segment::Kind::FileRange)
        sources << fileName(segment.path);
    auto* item = new QTreeWidgetItem(planTable_, {ImportText::role(blob.role), QString::fromStdString(blob.name),
                                                  sizeText(blob.size), ImportText::blobSource(*plan_, blob)});
    item->setToolTip(3, sources.join(QLatin1Char('\n')));
    item->setToolTip(1, sources.join(QLatin1Char('\n')));
  }
  if (plan_->blobs.empty())
    for (const auto& input : plan_->inputs)
      new QTreeWidgetItem(planTable_, {QStringLiteral("–"), fileName(input), QString(), tr("not imported")});
  for (int column = 0; column < 3; ++column)
    planTable_->resizeColumnToContents(column);
}

void ImportDialog::setModelName(const QString& name) {
  nameEdited_ = true;
  nameEdit_->setText(name);
}

void ImportDialog::nameChanged() {
  const auto check = mo::checkModelName(nameEdit_->text().trimmed().toStdString());
  nameProblem_->setText(CreateInOllamaDialog::nameProblemText(check));
  nameProblem_->setVisible(!check.ok() && plan_ && plan_->ok()); // no name to ask for when nothing can be imported
  check_.reset();
  ++generation_; // a running preflight is for another name now
  preflightTimer_.start();
  updateButtons();
}

mo::ImportOptions ImportDialog::options() const {
  mo::ImportOptions options;
  options.name = nameEdit_->text().trimmed().toStdString();
  options.replaceExisting = !replace_->isHidden() && replace_->isChecked();
  options.quantize = quantize_->type();
  return options;
}

void ImportDialog::runPreflight() {
  if (!plan_ || planning_ || job_)
    return;
  if (!plan_->ok()) {
    preflight_->setText(ImportText::preflightLines(*plan_, PreflightCheck{}).join(QStringLiteral("<br>")));
    Q_EMIT checked();
    return;
  }
  if (!mo::checkModelName(options().name).ok()) {
    preflight_->setText(tr("Enter a valid name to check the rest."));
    Q_EMIT checked();
    return;
  }
  preflight_->setText(tr("Checking…"));
  const quint64 generation = ++generation_;
  ++preflightsRunning_;
  auto work = [host = host_.toStdString(), plan = plan_, options = options(), store = store_](
                  md::ProgressReporter& progress) { return preflightImportJob(host, plan, options, store, progress); };
  runJob(this, work, [this, generation](md::Result<PreflightCheck> check) {
    --preflightsRunning_;
    if (check && check->store && !store_)
      store_ = check->store;
    if (generation == generation_ && check)
      showCheck(std::move(*check));
    updateButtons();
  });
  updateButtons();
}

void ImportDialog::showCheck(PreflightCheck check) {
  const bool taken =
      !check.preflight ? check.preflight.error().code == md::ErrorCode::AlreadyExists : check.preflight->nameTaken;
  replace_->setVisible(taken);
  if (!taken)
    replace_->setChecked(false);
  preflight_->setText(ImportText::preflightLines(*plan_, check).join(QStringLiteral("<br>")));
  check_ = std::move(check);
  updateButtons();
  Q_EMIT checked();
}

void ImportDialog::updateButtons() {
  const bool running = !job_.isNull();
  const bool done = result_.has_value();
  const bool ready = plan_ && plan_->ok() && check_ && check_->preflight.ok() && !preflightTimer_.isActive() &&
                     preflightsRunning_ == 0 && !planning_;
  importButton_->setEnabled(ready && !running && !done);
  importButton_->setVisible(!done);
  checkButton_->setVisible(!done);
  checkButton_->setEnabled(!running && !planning_);
  nameEdit_->setEnabled(!running && !done && plan_ && plan_->ok());
  replace_->setEnabled(!running && !done);
  quantize_->setEnabled(!running && !done);
  saveButton_->setEnabled(plan_ && plan_->ok() && !running);
  showButton_->setVisible(done);
  promptButton_->setVisible(done);
  openModelfileButton_->setVisible(done);
}

void ImportDialog::startImport() {
  if (!importButton_->isEnabled())
    return;
  lastPhase_.clear();
  jobView_->setLogVisible(true); // hidden until there is something to log
  jobView_->clearLog();
  jobView_->appendLog(tr("Importing “%1” into Ollama at %2").arg(nameEdit_->text().trimmed(), host_));
  auto work = [host = host_.toStdString(), plan = plan_, preflight = *check_->preflight,
               options = options()](md::ProgressReporter& progress) {
    return mo::runImport(mo::Client(host), *plan, preflight, options, progress);
  };
  job_ = runJob(this, work, [this](md::Result<mo::ImportResult> result) { finishImport(std::move(result)); });
  connect(job_, &JobHandle::progress, this, [this](const JobProgress& progress) { lastPhase_ = progress.phase; });
  jobView_->track(job_);
  updateButtons();
}

void ImportDialog::finishImport(md::Result<mo::ImportResult> result) {
  job_.clear(); // finished: the handle deletes itself
  if (!result) {
    const bool replacing = check_ && check_->preflight && check_->preflight->nameTaken;
    const bool creating = lastPhase_ == QLatin1String("creating") || lastPhase_ == QLatin1String("quantizing") ||
                          lastPhase_ == QLatin1String("verifying");
    jobView_->showOutcome(false, result.error(), {},
                          [replaced = replacing && creating, name = nameEdit_->text().trimmed()] {
                            return replaced ? tr("Cancelled while Ollama was creating the model; “%1” may have been "
                                                 "replaced.")
                                                  .arg(name)
                                            : tr("Cancelled. Nothing was left behind: no blob, no model, no temp "
                                                 "file.");
                          });
    store_.reset();
    nameChanged(); // check again: the store or the server may have changed
    Q_EMIT importFinished(false);
    return;
  }
  result_ = std::move(*result);
  resultText_->setText(ImportText::resultText(*plan_, *result_));
  pages_->setCurrentIndex(1);
  jobView_->showOutcome(
      true, {}, [name = QString::fromStdString(result_->name)] { return tr("“%1” is ready in Ollama.").arg(name); },
      {});
  updateButtons();
  showButton_->setDefault(true);
  Q_EMIT importFinished(true);
}

QString ImportDialog::modelfileText() const {
  if (result_)
    return ImportText::modelfile(result_->modelfile);
  std::vector<std::filesystem::path> sources;
  for (const auto& blob : plan_->blobs)
    sources.push_back(blob.source);
  return ImportText::modelfile(mo::modelfileWithPaths(*plan_, sources));
}

void ImportDialog::saveModelfile() {
  if (!plan_ || !plan_->ok())
    return;
  const std::filesystem::path first = plan_->inputs.empty() ? std::filesystem::path() : plan_->inputs.front();
  QString base = nameEdit_->text().trimmed();
  base.replace(QRegularExpression(QStringLiteral("[/:\\\\]+")), QStringLiteral("-"));
  const QString folder = QString::fromStdString(pathToUtf8(first.parent_path()));
  const QString path = savePath_(QDir(folder).filePath(base + QStringLiteral(".Modelfile")));
  if (path.isEmpty())
    return;
  QSaveFile file(path);
  const QByteArray bytes = modelfileText().toUtf8();
  if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
    banner_->showMessage(Banner::Kind::Success,
                         [path] { return tr("Saved the Modelfile as %1.").arg(QDir::toNativeSeparators(path)); });
  else
    banner_->showMessage(Banner::Kind::Error, [path, why = file.errorString()] {
      return tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), why);
    });
}

void ImportDialog::openTestPrompt() {
  if (!result_)
    return;
  const auto& capabilities = result_->capabilities;
  const bool vision = std::find(capabilities.begin(), capabilities.end(), "vision") != capabilities.end();
  auto* dialog = new OllamaPromptDialog(host_, QString::fromStdString(result_->name), vision, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->open();
}

} // namespace ui
} // namespace md
