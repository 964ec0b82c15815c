#include "ui/merge/merge_page.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedLayout>
#include <QUrl>
#include <QVBoxLayout>

#include "core/util/paths.h"
#include "ui/merge/merge_output_step.h"
#include "ui/merge/merge_plan_view.h"
#include "ui/shell/banner.h"
#include "ui/shell/drop_hint.h"
#include "ui/shell/file_dialogs.h"
#include "ui/shell/job.h"
#include "ui/shell/job_view.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

namespace {

std::vector<std::filesystem::path> toPaths(const QStringList& paths) {
  std::vector<std::filesystem::path> out;
  for (const QString& path : paths)
    out.push_back(pathFromUtf8(QDir::fromNativeSeparators(path).toStdString()));
  return out;
}

QString fromPath(const std::filesystem::path& path) {
  return QDir::toNativeSeparators(QString::fromStdString(pathToUtf8(path)));
}

} // namespace

MergePage::MergePage(QWidget* parent) : Page(parent) {
  auto* outer = new QVBoxLayout(this);
  steps_ = new QLabel(this);
  steps_->setTextFormat(Qt::RichText);
  banner_ = new Banner(this);
  banner_->setObjectName(QStringLiteral("mergeBanner"));
  auto* body = new QWidget(this);
  stack_ = new QStackedLayout(body);

  dropArea_ = new DropHint(QStringLiteral("merge"), this);
  pickButton_ = dropArea_->addButton();
  connect(pickButton_, &QPushButton::clicked, this, &MergePage::addFiles);
  stack_->addWidget(withMargins(dropArea_, 32, this));

  stack_->addWidget(buildFilesStep());

  planView_ = new MergePlanView(this);
  planView_->setObjectName(QStringLiteral("mergePlanView"));
  connect(planView_, &MergePlanView::canRunChanged, this, &MergePage::updateButtons);
  connect(planView_, &MergePlanView::createWithFilesRequested, this, &MergePage::modelfileRequested);
  stack_->addWidget(planView_);
  outputStep_ = new MergeOutputStep(this);
  outputStep_->setObjectName(QStringLiteral("mergeOutputStep"));
  stack_->addWidget(outputStep_);
  stack_->addWidget(buildRunningStep());
  stack_->addWidget(buildResultStep());

  outer->addWidget(steps_);
  outer->addWidget(banner_);
  outer->addWidget(body, 1);
  outer->addLayout(buildNavigation());
  confirmOverwrite_ = [this](const QString& path) {
    return QMessageBox::question(this, tr("Replace the file?"),
                                 tr("%1 already exists. Replace it with the merged file?").arg(path),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
  };
  retranslate();
  setStep(Step::Empty);
}

// Step 1 with files: the list of pieces, Add… and Remove.
QWidget* MergePage::buildFilesStep() {
  auto* files = new QWidget(this);
  auto* filesLayout = new QVBoxLayout(files);
  filesLayout->setContentsMargins(0, 0, 0, 0);
  heading_ = makeHeading(files);
  list_ = new QListWidget(files);
  list_->setObjectName(QStringLiteral("mergeInputs"));
  list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  addButton_ = new QPushButton(files);
  connect(addButton_, &QPushButton::clicked, this, &MergePage::addFiles);
  removeButton_ = new QPushButton(files);
  removeButton_->setObjectName(QStringLiteral("removeInputs"));
  removeButton_->setEnabled(false);
  connect(removeButton_, &QPushButton::clicked, this, &MergePage::removeSelectedFiles);
  connect(list_, &QListWidget::itemSelectionChanged, this,
          [this] { removeButton_->setEnabled(!list_->selectedItems().isEmpty()); });
  list_->installEventFilter(this); // Delete removes the selected files
  auto* fileButtons = new QHBoxLayout;
  fileButtons->addWidget(addButton_);
  fileButtons->addWidget(removeButton_);
  fileButtons->addStretch();
  filesLayout->addWidget(heading_);
  filesLayout->addWidget(list_, 1);
  filesLayout->addLayout(fileButtons);
  return files;
}

// While merging: the output named above the job view.
QWidget* MergePage::buildRunningStep() {
  jobView_ = new JobView(this);
  jobView_->setObjectName(QStringLiteral("mergeJob"));
  jobView_->setPhaseNames({{QStringLiteral("writing"), tr("Writing and hashing")},
                           {QStringLiteral("verifying"), tr("Verifying the output")}});
  // The progress sits under a line naming the output, at the top of the page.
  auto* running = new QWidget(this);
  auto* runningLayout = new QVBoxLayout(running);
  runningLayout->setContentsMargins(24, 24, 24, 24);
  runningTitle_ = new QLabel(running);
  runningTitle_->setObjectName(QStringLiteral("mergeRunningTitle"));
  runningTitle_->setWordWrap(true);
  runningLayout->addWidget(runningTitle_);
  runningLayout->addWidget(jobView_);
  runningLayout->addStretch();
  return running;
}

// After a merge: what was written and what to do with it.
QWidget* MergePage::buildResultStep() {
  auto* result = new QWidget(this);
  auto* resultLayout = new QVBoxLayout(result);
  resultLayout->setContentsMargins(24, 24, 24, 24);
  resultText_ = new QLabel(result);
  resultText_->setObjectName(QStringLiteral("mergeResult"));
  resultText_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  resultText_->setWordWrap(true);
  inspectButton_ = new QPushButton(result);
  inspectButton_->setObjectName(QStringLiteral("openInInspector"));
  createButton_ = new QPushButton(result);
  revealButton_ = new QPushButton(result);
  revealButton_->setObjectName(QStringLiteral("showInFolder"));
  copyShaButton_ = new QPushButton(result);
  copyShaButton_->setObjectName(QStringLiteral("copySha256"));
  connect(revealButton_, &QPushButton::clicked, this,
          [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(fromPath(result_.output.parent_path()))); });
  connect(copyShaButton_, &QPushButton::clicked, this,
          [this] { QGuiApplication::clipboard()->setText(QString::fromStdString(result_.sha256)); });
  connect(inspectButton_, &QPushButton::clicked, this, [this] { Q_EMIT inspectRequested(fromPath(result_.output)); });
  connect(createButton_, &QPushButton::clicked, this,
          [this] { Q_EMIT modelfileRequested({fromPath(result_.output)}); });
  auto* resultButtons = new QHBoxLayout;
  resultButtons->addWidget(inspectButton_);
  resultButtons->addWidget(createButton_);
  importButton_ = new QPushButton(result);
  importButton_->setObjectName(QStringLiteral("mergeImportIntoOllama"));
  connect(importButton_, &QPushButton::clicked, this, [this] { Q_EMIT importRequested({fromPath(result_.output)}); });
  resultButtons->addWidget(revealButton_);
  resultButtons->addWidget(copyShaButton_);
  resultButtons->addStretch();
  auto* importRow = new QHBoxLayout; // the next step, on a row of its own (the row above is full)
  importRow->addWidget(importButton_);
  importRow->addStretch();
  resultLayout->addWidget(resultText_);
  resultLayout->addLayout(resultButtons);
  resultLayout->addLayout(importRow);
  resultLayout->addStretch();
  return result;
}

// Start over, Back and Next under every step.
QHBoxLayout* MergePage::buildNavigation() {
  auto* navigation = new QHBoxLayout;
  startOverButton_ = new QPushButton(this);
  backButton_ = new QPushButton(this);
  backButton_->setObjectName(QStringLiteral("mergeBack"));
  nextButton_ = new QPushButton(this);
  nextButton_->setObjectName(QStringLiteral("mergeNext"));
  nextButton_->setDefault(true);
  navigation->addWidget(startOverButton_);
  navigation->addStretch();
  navigation->addWidget(backButton_);
  navigation->addWidget(nextButton_);
  connect(startOverButton_, &QPushButton::clicked, this, &MergePage::startOver);
  connect(backButton_, &QPushButton::clicked, this, [this] {
    setStep(step_ == Step::Output ? Step::Plan : step_ == Step::Plan ? Step::Files : step_);
  });
  connect(nextButton_, &QPushButton::clicked, this, [this] {
    if (step_ == Step::Files)
      checkFiles();
    else if (step_ == Step::Plan)
      chooseOutput();
    else if (step_ == Step::Output)
      startMerge();
  });
  return navigation;
}

void MergePage::retranslate() {
  dropArea_->setTexts(tr("Drop the pieces of a model here"),
                      tr("Byte-split parts (x.gguf.a, x.gguf.b…), llama.cpp shards (x-00001-of-00003.gguf), "
                         "or a model with its vision projector (mmproj)."));
  pickButton_->setText(tr("Choose files…"));
  heading_->setText(tr("Files to merge"));
  addButton_->setText(tr("Add files…"));
  removeButton_->setText(tr("Remove"));
  runningTitle_->setText(tr("Merging into %1").arg(runningOutput_));
  startOverButton_->setText(tr("Start over"));
  backButton_->setText(tr("Back"));
  inspectButton_->setText(tr("Open in inspector"));
  createButton_->setText(tr("Create Ollama model from this…"));
  importButton_->setText(tr("Import into Ollama…"));
  revealButton_->setText(tr("Show in folder"));
  copyShaButton_->setText(tr("Copy SHA-256"));
  if (!result_.output.empty())
    showResult(result_);
  setStep(step_);
}

void MergePage::setStep(Step step) {
  step_ = step;
  stack_->setCurrentIndex(int(step));
  const QStringList names = {tr("Files"), tr("Plan"), tr("Output"), tr("Merge"), tr("Result")};
  QStringList parts;
  for (int i = 0; i < names.size(); ++i) {
    const QString text = QStringLiteral("%1 %2").arg(i + 1).arg(names[i]);
    parts << (i + 1 == int(step) ? QStringLiteral("<b>%1</b>").arg(text) : text);
  }
  steps_->setText(parts.join(QStringLiteral(" &rsaquo; ")));
  steps_->setVisible(step != Step::Empty);
  updateButtons();
  Q_EMIT stepChanged(step);
}

void MergePage::updateButtons() {
  const bool idle = step_ != Step::Running;
  startOverButton_->setVisible(step_ != Step::Empty);
  startOverButton_->setEnabled(idle);
  backButton_->setVisible(step_ == Step::Plan || step_ == Step::Output);
  nextButton_->setVisible(step_ == Step::Files || step_ == Step::Plan || step_ == Step::Output);
  nextButton_->setText(step_ == Step::Files  ? tr("Check the files")
                       : step_ == Step::Plan ? tr("Choose the output")
                                             : tr("Merge"));
  nextButton_->setEnabled(step_ != Step::Plan || planView_->canRun());
}

void MergePage::receiveDrop(const DropDecision& decision) {
  if (step_ == Step::Running)
    return;
  if (step_ != Step::Files && step_ != Step::Empty) {
    list_->clear();
    banner_->clear();
  }
  for (const QString& path : decision.paths) {
    const QString native = QDir::toNativeSeparators(path);
    if (list_->findItems(native, Qt::MatchExactly).isEmpty())
      list_->addItem(native);
  }
  setStep(list_->count() > 0 ? Step::Files : Step::Empty);
}

bool MergePage::eventFilter(QObject* watched, QEvent* event) {
  if (watched == list_ && event->type() == QEvent::KeyPress &&
      static_cast<QKeyEvent*>(event)->matches(QKeySequence::Delete)) {
    removeSelectedFiles();
    return true;
  }
  return Page::eventFilter(watched, event);
}

void MergePage::removeSelectedFiles() {
  if (step_ != Step::Files)
    return;
  qDeleteAll(list_->selectedItems());
  setStep(list_->count() > 0 ? Step::Files : Step::Empty);
}

QStringList MergePage::inputPaths() const {
  QStringList paths;
  for (int i = 0; i < list_->count(); ++i)
    paths << list_->item(i)->text();
  return paths;
}

void MergePage::addFiles() {
  const QStringList files = file_dialogs::openFileNames(this, tr("Choose the parts, shards or projector"),
                                                        tr("GGUF files and parts (*.gguf *.gguf.*);;All files (*)"));
  if (!files.isEmpty())
    receiveDrop(DropDecision{DropTarget::Merge, files, {}});
}

void MergePage::checkFiles() {
  banner_->clear();
  nextButton_->setEnabled(false);
  auto inputs = toPaths(inputPaths());
  runJob(
      this, [inputs](ProgressReporter&) -> Result<merge::MergePlan> { return merge::classify(inputs); },
      [this](Result<merge::MergePlan> plan) {
        plan_ = std::move(*plan);
        planView_->showPlan(plan_, ollamaVersion_);
        setStep(Step::Plan);
      });
}

void MergePage::chooseOutput() {
  const QString firstFolder = QFileInfo(inputPaths().value(0)).absolutePath();
  outputStep_->setDefaults(firstFolder, QString::fromStdString(plan_.suggestedName), plan_.outputSize);
  setStep(Step::Output);
}

void MergePage::startMerge() {
  banner_->clear();
  const QString output = outputStep_->outputPath();
  merge::MergeOptions options;
  options.legacyConcat = planView_->legacyConcatChosen();
  if (QFileInfo::exists(output)) {
    if (!confirmOverwrite_(QDir::toNativeSeparators(output)))
      return;
    options.overwrite = true;
  }
  const auto target = pathFromUtf8(QDir::cleanPath(output).toStdString());
  auto plan = plan_;
  runningOutput_ = QDir::toNativeSeparators(output);
  runningTitle_->setText(tr("Merging into %1").arg(runningOutput_));
  setStep(Step::Running);
  auto* job = runJob(
      this,
      [plan, target, options](ProgressReporter& progress) { return merge::runMerge(plan, target, options, progress); },
      [this](Result<merge::MergeResult> result) {
        if (!result) {
          setStep(Step::Output);
          if (result.error().code == ErrorCode::Cancelled)
            banner_->showMessage(Banner::Kind::Info,
                                 [] { return tr("Cancelled. Nothing was written; the inputs are untouched."); });
          else
            banner_->showError(result.error());
          return;
        }
        showResult(*result);
        setStep(Step::Result);
      });
  jobView_->track(job);
}

QString MergePage::methodText(const std::string& method) {
  QStringList parts;
  for (const QString& name : QString::fromStdString(method).split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
    if (name == QLatin1String("clone"))
      parts << tr("shared blocks (a clone: no data copied, no extra disk space)");
    else if (name == QLatin1String("copy_file_range"))
      parts << tr("a direct file-to-file copy by the system");
    else
      parts << tr("a buffered copy");
  }
  return parts.join(tr(", then "));
}

void MergePage::showResult(const merge::MergeResult& result) {
  result_ = result;
  resultText_->setText(
      tr("<b>Done.</b><br>Output: %1<br>Size: %2<br>SHA-256: <tt>%3</tt><br>Checksum file: %4")
          .arg(fromPath(result.output).toHtmlEscaped(), sizeText(result.bytes), QString::fromStdString(result.sha256),
               fromPath(result.checksumFile).toHtmlEscaped()) +
      QStringLiteral("<br>") +
      (result.seconds < 0.05
           ? tr("Written in under 0.1 s by %1.").arg(methodText(result.method).toHtmlEscaped())
           : tr("Written in %1 s by %2.")
                 .arg(QLocale().toString(result.seconds, 'f', 1), methodText(result.method).toHtmlEscaped())) +
      (result.mode == merge::MergeMode::ModelAndProjector
           ? QStringLiteral("<br>") + tr("Only Ollama older than 0.7.1 reads the projector from this file: newer "
                                         "Ollama drops it, and the model loses vision.")
           : QString()) +
      (result.leftoversRemoved.empty()
           ? QString()
           : QStringLiteral("<br>") + tr("Removed %n temporary file(s) an interrupted merge had left here (%1).",
                                         nullptr, int(result.leftoversRemoved.size()))
                                          .arg(sizeText(result.leftoverBytes))));
}

void MergePage::startOver() {
  list_->clear();
  banner_->clear();
  plan_ = {};
  result_ = {};
  setStep(Step::Empty);
}

} // namespace ui
} // namespace md
