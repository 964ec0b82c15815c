#include "ui/models/ollama_pull_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <mutex>
#include <vector>

#include "core/ollama/client.h"
#include "core/ollama/model_name.h"
#include "ui/modelfile/create_in_ollama_dialog.h"
#include "ui/shell/banner.h"
#include "ui/shell/job.h"
#include "ui/shell/progress_panel.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

// The layers as the pull reports them, in the order they first appear.
struct OllamaPullDialog::State {
  struct Layer {
    std::string digest;
    std::uint64_t total = 0;
    std::uint64_t completed = 0;
  };
  std::mutex mutex;
  std::vector<Layer> layers;

  void record(const std::string& digest, std::uint64_t completed, std::uint64_t total) {
    std::lock_guard lock(mutex);
    auto it = std::find_if(layers.begin(), layers.end(), [&](const Layer& layer) { return layer.digest == digest; });
    if (it == layers.end())
      it = layers.insert(layers.end(), Layer{digest});
    it->completed = completed;
    it->total = total;
  }
};

OllamaPullDialog::OllamaPullDialog(const QString& hostUrl, QWidget* parent)
    : QDialog(parent), host_(hostUrl), state_(std::make_shared<State>()) {
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
  banner_ = new Banner(this);
  layout->addWidget(banner_);
  progress_ = new ProgressPanel(this);
  progress_->setPhaseNames({{QStringLiteral("pulling"), tr("Pulling")}});
  layout->addWidget(progress_);
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

  drainTimer_ = new QTimer(this);
  drainTimer_->setInterval(100);
  connect(drainTimer_, &QTimer::timeout, this, &OllamaPullDialog::showLayers);
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
  banner_->clear();
  layers_->clear();
  state_ = std::make_shared<State>();
  job_ =
      runJob(this,
             [url = host_.toStdString(), model = name.toStdString(),
              state = state_](md::ProgressReporter& progress) -> md::Status {
               return md::ollama::Client(url).pull(
                   model, progress, {}, [&state](const std::string& digest, std::uint64_t done, std::uint64_t total) {
                     state->record(digest, done, total);
                   });
             });
  progress_->track(job_);
  connect(job_, &JobHandle::finished, this, [this](bool ok, const md::Error& error) {
    job_.clear();
    drainTimer_->stop();
    showLayers();
    nameEdit_->setEnabled(true);
    checkName();
    if (ok)
      banner_->showMessage(Banner::Kind::Success, tr("Pulled “%1”.").arg(model_));
    else if (error.code == md::ErrorCode::Cancelled)
      banner_->showMessage(Banner::Kind::Warning, tr("Cancelled. The pull can be resumed later."));
    else
      banner_->showError(error);
    Q_EMIT pullFinished(ok);
  });
  drainTimer_->start();
  nameEdit_->setEnabled(false);
  pullButton_->setEnabled(false);
}

void OllamaPullDialog::showLayers() {
  std::lock_guard lock(state_->mutex);
  for (int i = 0; i < int(state_->layers.size()); ++i) {
    const auto& layer = state_->layers[std::size_t(i)];
    QTreeWidgetItem* item = layers_->topLevelItem(i);
    if (!item) {
      item = new QTreeWidgetItem(layers_, {QString::fromStdString(layer.digest).mid(7, 12)});
      item->setToolTip(0, QString::fromStdString(layer.digest));
    }
    item->setText(1, sizeText(layer.total));
    const int percent = layer.total ? int(std::min<std::uint64_t>(100, layer.completed * 100 / layer.total)) : 0;
    item->setText(2, layer.total && layer.completed >= layer.total ? tr("done") : QStringLiteral("%1%").arg(percent));
    item->setData(2, Qt::UserRole, percent);
  }
}

} // namespace ui
} // namespace md
