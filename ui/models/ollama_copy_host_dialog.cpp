#include "ui/models/ollama_copy_host_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include "core/ollama/copy_to_host.h"
#include "core/ollama/host.h"
#include "core/ollama/model_name.h"
#include "core/stores/store_locations.h"
#include "core/util/paths.h"
#include "ui/modelfile/create_in_ollama_dialog.h"
#include "ui/models/ollama_details.h"
#include "ui/models/ollama_hosts.h"
#include "ui/shell/banner.h"
#include "ui/shell/core_text.h"
#include "ui/shell/file_dialogs.h"
#include "ui/shell/job.h"
#include "ui/shell/job_view.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

namespace {
const QString kStoreFolderKey = QStringLiteral("ollama/copyStoreFolder");
}

OllamaCopyHostDialog::OllamaCopyHostDialog(const QString& sourceUrl, const QStringList& stores, const QString& model,
                                           const QStringList& targets, QWidget* parent)
    : QDialog(parent), source_(sourceUrl), stores_(stores), model_(model) {
  setObjectName(QStringLiteral("ollamaCopyHostDialog"));
  setWindowTitle(tr("Copy to another Ollama server"));
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout;
  form->addRow(tr("Model:"), new QLabel(tr("%1 on %2").arg(model, sourceUrl), this));
  target_ = new QComboBox(this);
  target_->setObjectName(QStringLiteral("copyTarget"));
  target_->setEditable(true);
  target_->addItems(targets);
  target_->lineEdit()->setPlaceholderText(tr("e.g. http://192.168.1.20:11434"));
  form->addRow(tr("To server:"), target_);
  name_ = new QLineEdit(model, this);
  name_->setObjectName(QStringLiteral("copyTargetName"));
  form->addRow(tr("As:"), name_);
  auto* storeRow = new QHBoxLayout;
  storeLabel_ = new QLabel(this);
  storeLabel_->setWordWrap(true);
  storeLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  storeButton_ = new QPushButton(tr("Store folder…"), this);
  storeButton_->setObjectName(QStringLiteral("copyStoreFolder"));
  storeButton_->setToolTip(tr("The folder the source server keeps its models in (its OLLAMA_MODELS), when it is not "
                              "one of the usual places"));
  storeButton_->setEnabled(!stores.isEmpty());
  storeRow->addWidget(storeLabel_, 1);
  storeRow->addWidget(storeButton_);
  form->addRow(tr("Read from:"), storeRow);
  layout->addLayout(form);
  problem_ = new QLabel(this);
  problem_->setWordWrap(true);
  layout->addWidget(problem_);
  jobView_ = new JobView(this);
  jobView_->setObjectName(QStringLiteral("copyJob"));
  jobView_->setLogVisible(true);
  jobView_->setPhaseNames({{QStringLiteral("hashing"), tr("Hashing")},
                           {QStringLiteral("uploading"), tr("Uploading")},
                           {QStringLiteral("creating"), tr("Creating")}});
  layout->addWidget(jobView_, 1);
  auto* buttons = new QDialogButtonBox(this);
  copy_ = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
  copy_->setObjectName(QStringLiteral("copyToHostButton"));
  copy_->setDefault(true);
  auto* close = buttons->addButton(QDialogButtonBox::Close);
  layout->addWidget(buttons);

  connect(target_, &QComboBox::editTextChanged, this, &OllamaCopyHostDialog::check);
  connect(name_, &QLineEdit::textChanged, this, &OllamaCopyHostDialog::check);
  connect(copy_, &QPushButton::clicked, this, [this] { startCopy(); });
  connect(close, &QPushButton::clicked, this, &QDialog::reject);
  connect(storeButton_, &QPushButton::clicked, this, [this] {
    const QString folder = file_dialogs::existingFolder(this, tr("The source server's store folder"), storeFolder_);
    if (!folder.isEmpty())
      setStoreFolder(folder);
  });
  if (!stores.isEmpty())
    storeFolder_ = QSettings().value(kStoreFolderKey).toString();
  updateStoreLabel();
  check();
  resize(560, 460);
}

OllamaCopyHostDialog::~OllamaCopyHostDialog() = default; // the job (owned by this) is cancelled

bool OllamaCopyHostDialog::ask(const QString& title, const QString& question) {
  if (confirm_)
    return confirm_(question);
  return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
         QMessageBox::Yes;
}

void OllamaCopyHostDialog::reject() {
  if (isRunning()) {
    if (!ask(tr("Stop copying"),
             tr("Stop copying “%1” to %2? The model will not be created there.").arg(model_, targetUrl_)))
      return; // it keeps running, and the dialog stays open
    if (job_)
      job_->cancel();
  }
  QDialog::reject();
}

void OllamaCopyHostDialog::setStoreFolder(const QString& folder) {
  storeFolder_ = folder;
  usedStore_.clear(); // the next copy finds it again
  QSettings().setValue(kStoreFolderKey, folder);
  updateStoreLabel();
}

QStringList OllamaCopyHostDialog::storeCandidates() const {
  if (stores_.isEmpty())
    return {}; // a remote source: its files are not here
  QStringList folders = stores_;
  if (!storeFolder_.isEmpty()) {
    folders.removeAll(storeFolder_);
    folders.prepend(storeFolder_);
  }
  return folders;
}

void OllamaCopyHostDialog::updateStoreLabel() {
  QStringList shown;
  for (const QString& folder : storeCandidates())
    shown << QDir::toNativeSeparators(folder);
  if (!usedStore_.isEmpty())
    storeLabel_->setText(QDir::toNativeSeparators(usedStore_));
  else
    storeLabel_->setText(shown.isEmpty() ? QString() : tr("the first of: %1").arg(listText(shown)));
}

void OllamaCopyHostDialog::check() {
  QString problem;
  targetUrl_ = OllamaHosts::normalise(target_->currentText(), &problem);
  const QString name = name_->text().trimmed();
  if (stores_.isEmpty())
    problem = tr("Copying reads the model's files from the store folder, so it works from the local server only.");
  else if (problem.isEmpty())
    problem = CreateInOllamaDialog::nameProblemText(md::ollama::checkModelName(name.toStdString()));
  if (problem.isEmpty() && md::ollama::sameOllamaServer(targetUrl_.toStdString(), source_.toStdString()) &&
      (name == model_ || name + QStringLiteral(":latest") == model_))
    problem = tr("This is the server the model is on: pick another server or another name.");
  problem_->setText(problem);
  problem_->setVisible(!problem.isEmpty());
  copy_->setEnabled(problem.isEmpty() && !isRunning());
}

void OllamaCopyHostDialog::startCopy(bool replaceExisting) {
  check();
  if (!copy_->isEnabled())
    return;
  jobView_->clearBanner();
  if (!replaceExisting)
    jobView_->clearLog();
  jobView_->appendLog(tr("Copying “%1” to %2").arg(model_, targetUrl_));
  md::ollama::CopyToHostOptions options{
      model_.toStdString(), name_->text().trimmed().toStdString(), {}, replaceExisting};
  // Which store holds the model is found on the job thread (it looks at the disk).
  auto store =
      std::make_shared<md::Result<std::filesystem::path>>(md::makeError(md::ErrorCode::NotFound, std::string()));
  auto work = [source = source_.toStdString(), target = targetUrl_.toStdString(), options,
               stores = storePaths(storeCandidates()),
               store](md::ProgressReporter& progress) mutable -> md::Result<md::ollama::CopyToHostResult> {
    *store = md::stores::findStoreHolding(options.sourceModel, stores);
    if (!*store)
      return store->error();
    options.sourceStore = **store;
    return md::ollama::copyModelToHost(md::ollama::Client(source), md::ollama::Client(target), options, progress);
  };
  job_ = runJob(this, work, [this, store, replaceExisting](md::Result<md::ollama::CopyToHostResult> result) {
    job_.clear();
    target_->setEnabled(true);
    name_->setEnabled(true);
    storeButton_->setEnabled(!stores_.isEmpty());
    usedStore_ = *store ? QString::fromStdString(md::pathToUtf8(**store)) : QString();
    updateStoreLabel();
    check();
    if (!result) {
      const md::Error& error = result.error();
      if (error.code == md::ErrorCode::Cancelled) {
        jobView_->showMessage(Banner::Kind::Warning,
                              [url = targetUrl_] { return tr("Cancelled. Nothing was created on %1.").arg(url); });
      } else if (error.code == md::ErrorCode::AlreadyExists && !replaceExisting) {
        const QString name = name_->text().trimmed();
        if (ask(tr("Replace model"), tr("“%1” already exists on %2. Replace it?").arg(name, targetUrl_))) {
          startCopy(true);
          return; // its own copyFinished follows
        }
        jobView_->showMessage(Banner::Kind::Warning, [name, url = targetUrl_] {
          return tr("“%1” was left as it is on %2: nothing was copied.").arg(name, url);
        });
      } else if (!*store) {
        jobView_->showMessage(Banner::Kind::Error, [error]() -> QString {
          return describeError(error) + QLatin1Char(' ') +
                 tr("If the server keeps its models elsewhere, pick that folder with “Store folder…”.");
        });
      } else {
        jobView_->showOutcome(false, error, {}, {});
      }
      Q_EMIT copyFinished(false);
      return;
    }
    jobView_->showMessage(Banner::Kind::Success, [url = targetUrl_, copied = *result] {
      return tr("Copied to %1 as “%2”: %3 file(s) uploaded (%4), %5 already there.")
          .arg(url, QString::fromStdString(copied.targetModel))
          .arg(copied.blobsUploaded)
          .arg(sizeText(copied.bytesUploaded))
          .arg(copied.blobsAlreadyThere);
    });
    Q_EMIT copyFinished(true);
  });
  jobView_->track(job_);
  target_->setEnabled(false);
  name_->setEnabled(false);
  storeButton_->setEnabled(false);
  copy_->setEnabled(false);
}

} // namespace ui
} // namespace md
