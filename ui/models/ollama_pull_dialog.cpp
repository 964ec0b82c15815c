#include "ui/models/ollama_pull_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "core/ollama/client.h"
#include "core/ollama/model_name.h"
#include "ui/modelfile/create_in_ollama_dialog.h"
#include "ui/shell/job.h"
#include "ui/shell/job_view.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

OllamaPullDialog::OllamaPullDialog(const QString& hostUrl, QWidget* parent) : QDialog(parent), host_(hostUrl) {
  setObjectName(QStringLiteral("ollamaPullDialog"));
  setWindowTitle(tr("Pull a model"));
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout;
  nameEdit_ = new QLineEdit(this);
  nameEdit_->setObjectName(QStringLiteral("pullName"));
  nameEdit_->setPlaceholderText(tr("e.g. qwen2.5:7b or hf.co/user/repo:Q4_K_M"));
  form->addRow(tr("Model:"), nameEdit_);
  auto* host = new QLabel(hostUrl, this);
  host->setTextInteractionFlags(Qt::TextSelectableByMouse);
  form->addRow(tr("Into:"), host);
  layout->addLayout(form);
  nameProblem_ = new QLabel(this);
  nameProblem_->setWordWrap(true);
  layout->addWidget(nameProblem_);
  jobView_ = new JobView(this);
  jobView_->setObjectName(QStringLiteral("pullJob"));
  jobView_->setPhaseNames({{QStringLiteral("pulling"), tr("Pulling")}});
  layout->addWidget(jobView_);
  layers_ = new QTreeWidget(this);
  layers_->setObjectName(QStringLiteral("pullLayers"));
  layers_->setRootIsDecorated(false);
  layers_->setHeaderLabels({tr("Layer"), tr("Size"), tr("Progress")});
  layers_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  layers_->setMinimumHeight(120);
  layout->addWidget(layers_, 1);
  auto* buttons = new QDialogButtonBox(this);
  pullButton_ = buttons->addButton(tr("Pull"), QDialogButtonBox::ActionRole);
  pullButton_->setObjectName(QStringLiteral("pullButton"));
  pullButton_->setDefault(true);
  closeButton_ = buttons->addButton(QDialogButtonBox::Close);
  layout->addWidget(buttons);

  connect(nameEdit_, &QLineEdit::textChanged, this, &OllamaPullDialog::checkName);
  connect(nameEdit_, &QLineEdit::returnPressed, this, &OllamaPullDialog::startPull);
  connect(pullButton_, &QPushButton::clicked, this, &OllamaPullDialog::startPull);
  connect(closeButton_, &QPushButton::clicked, this, &QDialog::reject);
  checkName();
  resize(560, 420);
}

OllamaPullDialog::~OllamaPullDialog() = default; // the job (owned by this) is cancelled

void OllamaPullDialog::checkName() {
  const auto check = md::ollama::checkModelName(nameEdit_->text().trimmed().toStdString());
  nameProblem_->setText(nameEdit_->text().isEmpty() ? QString() : CreateInOllamaDialog::nameProblemText(check));
  nameProblem_->setVisible(!nameProblem_->text().isEmpty());
  pullButton_->setEnabled(check.ok() && !isRunning());
}

void OllamaPullDialog::startPull() {
  const QString name = nameEdit_->text().trimmed();
  if (!md::ollama::checkModelName(name.toStdString()).ok() || isRunning())
    return;
  model_ = name;
  layers_->clear();
  job_ = runJob(this, [url = host_.toStdString(), model = name.toStdString()](md::ProgressReporter& progress) {
    return md::ollama::Client(url).pull(model, progress);
  });
  connect(job_, &JobHandle::items, this, &OllamaPullDialog::showLayers);
  jobView_->track(job_);
  connect(job_, &JobHandle::finished, this, [this](bool ok, const md::Error& error) {
    job_.clear();
    nameEdit_->setEnabled(true);
    checkName();
    jobView_->showOutcome(
        ok, error, [model = model_] { return tr("Pulled “%1”.").arg(model); },
        [] { return tr("Cancelled. The pull can be resumed later."); });
    Q_EMIT pullFinished(ok);
  });
  nameEdit_->setEnabled(false);
  pullButton_->setEnabled(false);
}

// One row a layer, in the order the layers first appear.
void OllamaPullDialog::showLayers(const QList<JobItem>& changed) {
  for (const JobItem& layer : changed) {
    const auto found = layers_->findItems(layer.key.mid(7, 12), Qt::MatchExactly, 0);
    QTreeWidgetItem* item = found.isEmpty() ? nullptr : found.front();
    if (!item) {
      item = new QTreeWidgetItem(layers_, {layer.key.mid(7, 12)});
      item->setToolTip(0, layer.key);
    }
    item->setText(1, sizeText(layer.total));
    const int percent = layer.total ? int(std::min<quint64>(100, layer.done * 100 / layer.total)) : 0;
    item->setText(2, layer.total && layer.done >= layer.total ? tr("done") : QStringLiteral("%1%").arg(percent));
    item->setData(2, Qt::UserRole, percent);
  }
}

} // namespace ui
} // namespace md
