// The Ollama tab: the parts composed, the state stack, the polling timer.
#include "ui/models/ollama_tab.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedLayout>
#include <QVBoxLayout>

#include "ui/models/ollama_details.h"
#include "ui/models/ollama_host_bar.h"
#include "ui/models/ollama_hosts.h"
#include "ui/models/ollama_model_actions.h"
#include "ui/models/ollama_model_list.h"
#include "ui/models/ollama_model_table.h"
#include "ui/shell/banner.h"
#include "ui/shell/drop_hint.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

OllamaTab::OllamaTab(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("ollamaTab"));
  setProperty("bannerScope", true); // one banner in this tab, whatever Local stores shows
  auto* layout = new QVBoxLayout(this);
  auto* bar = new QHBoxLayout;
  hostBar_ = new OllamaHostBar(this);
  refreshButton_ = new QPushButton(this);
  refreshButton_->setObjectName(QStringLiteral("ollamaRefresh"));
  pullButton_ = new QPushButton(this);
  pullButton_->setObjectName(QStringLiteral("ollamaPull"));
  bar->addWidget(hostBar_);
  bar->addStretch(1);
  bar->addWidget(pullButton_);
  bar->addWidget(refreshButton_);
  layout->addLayout(bar);
  banner_ = new Banner(this);
  banner_->setObjectName(QStringLiteral("ollamaBanner"));
  layout->addWidget(banner_);
  layout->addWidget(buildStates(), 1);
  list_->setHost(hosts()->active());
  connectParts();
  retranslate();
  setState(State::Loading);
}

// The four states in a stack; the last is the list beside the details.
QWidget* OllamaTab::buildStates() {
  auto* stackHost = new QWidget(this);
  stack_ = new QStackedLayout(stackHost);
  loading_ = new QLabel(stackHost);
  loading_->setAlignment(Qt::AlignCenter);
  unreachable_ = new DropHint(QStringLiteral("models"), stackHost);
  retryButton_ = unreachable_->addButton();
  retryButton_->setObjectName(QStringLiteral("ollamaRetry"));
  empty_ = new DropHint(QStringLiteral("models"), stackHost);
  emptyPullButton_ = empty_->addButton();

  auto* splitter = new QSplitter(Qt::Vertical, stackHost);
  list_ = new OllamaModelList(splitter);
  auto* right = new QWidget(splitter);
  auto* rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(0, 0, 0, 0);
  details_ = new OllamaDetails(right);
  details_->setObjectName(QStringLiteral("ollamaDetails"));
  actions_ = new OllamaModelActions({hostBar_->hosts(), list_, details_, banner_}, right);
  rightLayout->addWidget(actions_);
  rightLayout->addWidget(details_, 1);
  splitter->addWidget(list_);
  splitter->addWidget(right);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 1);
  splitter->setChildrenCollapsible(false);

  stack_->addWidget(loading_);
  stack_->addWidget(withMargins(unreachable_, 32, stackHost));
  stack_->addWidget(withMargins(empty_, 32, stackHost));
  stack_->addWidget(splitter);
  return stackHost;
}

void OllamaTab::connectParts() {
  timer_.setInterval(10000);
  connect(&timer_, &QTimer::timeout, this, &OllamaTab::refresh);
  connect(refreshButton_, &QPushButton::clicked, this, &OllamaTab::refresh);
  connect(retryButton_, &QPushButton::clicked, this, &OllamaTab::refresh);
  connect(pullButton_, &QPushButton::clicked, this, &OllamaTab::openPullDialog);
  connect(emptyPullButton_, &QPushButton::clicked, this, &OllamaTab::openPullDialog);
  connect(hostBar_, &OllamaHostBar::addFailed, this, [this](const QString& typed) {
    banner_->showMessage(Banner::Kind::Error, [typed] {
      QString problem;
      OllamaHosts::normalise(typed, &problem);
      return problem;
    });
  });
  connect(hostBar_->hosts(), &OllamaHosts::activeChanged, this, &OllamaTab::hostChanged);
  connect(list_, &OllamaModelList::refreshFailed, this, [this] {
    details_->clear();
    setState(State::Unreachable);
  });
  connect(list_, &OllamaModelList::refreshed, this, &OllamaTab::listRefreshed);
  connect(list_, &OllamaModelList::selectionChanged, this, &OllamaTab::selectionChanged);
  connect(actions_, &OllamaModelActions::actionFinished, this, &OllamaTab::actionFinished);
  connect(actions_, &OllamaModelActions::modelfileTextRequested, this, &OllamaTab::modelfileTextRequested);
}

void OllamaTab::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (!timer_.isActive()) {
    timer_.start();
    refresh();
  }
}

void OllamaTab::hideEvent(QHideEvent* event) {
  QWidget::hideEvent(event);
  timer_.stop(); // no polling while nobody looks
}

void OllamaTab::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

void OllamaTab::retranslate() {
  refreshButton_->setText(tr("Refresh"));
  pullButton_->setText(tr("Pull…"));
  pullButton_->setToolTip(tr("Download a model from the Ollama registry"));
  loading_->setText(tr("Asking Ollama for its models…"));
  retryButton_->setText(tr("Retry"));
  empty_->setTexts(tr("No models yet"), tr("Pull a model from the registry, or create one from a Modelfile."));
  emptyPullButton_->setText(tr("Pull…"));
  setState(state_); // the unreachable text names the host
}

OllamaHosts* OllamaTab::hosts() const {
  return hostBar_->hosts();
}

QString OllamaTab::hostUrl() const {
  return hosts()->active();
}

QStringList OllamaTab::localStores() const {
  return hosts()->localStores();
}

bool OllamaTab::isRefreshing() const {
  return list_->isRefreshing();
}

bool OllamaTab::isBusy() const {
  return actions_->isBusy();
}

void OllamaTab::refresh() {
  list_->refresh();
}

// A switch of server drops the old one's refresh, rows, details, wanted
// selection and banner, and starts over.
void OllamaTab::hostChanged() {
  list_->setHost(hostUrl());
  actions_->hostChanged();
  details_->clear();
  banner_->clear();
  setState(State::Loading);
  refresh();
}

void OllamaTab::listRefreshed(bool ok) {
  if (ok)
    setState(list_->rows().isEmpty() ? State::Empty : State::Models);
  if (list_->selectedModel().isEmpty())
    details_->clear();
  updateActions();
  Q_EMIT refreshed(ok);
}

void OllamaTab::setState(State state) {
  state_ = state;
  switch (state) {
  case State::Loading: stack_->setCurrentIndex(0); break;
  case State::Unreachable:
    // An answer with an error status means it runs but fails; anything else means it is not there.
    if (list_->lastErrorIsHttp())
      unreachable_->setTexts(tr("Ollama at %1 answered with an error").arg(hostUrl()), list_->lastError());
    else
      unreachable_->setTexts(tr("Ollama is not running at %1").arg(hostUrl()),
                             tr("Start Ollama, or pick another server above."));
    unreachable_->setToolTip(list_->lastError());
    stack_->setCurrentIndex(1);
    break;
  case State::Empty: stack_->setCurrentIndex(2); break;
  case State::Models: stack_->setCurrentIndex(3); break;
  }
  updateActions();
}

QString OllamaTab::emptyStateText() const {
  switch (state_) {
  case State::Unreachable: return unreachable_->headline();
  case State::Empty: return empty_->headline();
  default: return {};
  }
}

void OllamaTab::selectModel(const QString& name) {
  list_->selectModel(name);
}

QString OllamaTab::selectedModel() const {
  return list_->selectedModel();
}

void OllamaTab::selectionChanged() {
  const QString name = selectedModel();
  updateActions();
  if (name.isEmpty()) {
    details_->clear();
    return;
  }
  if (name != details_->modelName() || (!details_->data() && !details_->isLoading()))
    details_->load(hostUrl(), name, localStores());
}

void OllamaTab::updateActions() {
  actions_->setModelsShown(state_ == State::Models);
  pullButton_->setEnabled(state_ != State::Unreachable);
}

void OllamaTab::setConfirm(Confirm confirm) {
  actions_->setConfirm(std::move(confirm));
}

void OllamaTab::setHostPrompt(HostPrompt prompt) {
  hostBar_->setHostPrompt(std::move(prompt));
}

void OllamaTab::deleteSelected() {
  actions_->deleteSelected();
}

OllamaNameDialog* OllamaTab::copySelected(bool rename) {
  return actions_->copySelected(rename);
}

void OllamaTab::editModelfile() {
  actions_->editModelfile();
}

OllamaPullDialog* OllamaTab::openPullDialog() {
  return actions_->openPullDialog();
}

OllamaPromptDialog* OllamaTab::openPromptDialog() {
  return actions_->openPromptDialog();
}

OllamaCompareDialog* OllamaTab::openCompareDialog() {
  return actions_->openCompareDialog();
}

OllamaCopyHostDialog* OllamaTab::openCopyToHostDialog() {
  return actions_->openCopyToHostDialog();
}

} // namespace ui
} // namespace md
