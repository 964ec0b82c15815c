// The Ollama tab's servers: the host selector (the local default plus the
// URLs the user added, kept by OllamaHosts), Add… and Remove, and what a
// switch resets: the running refresh, the rows, the details and the wanted
// selection of the old host.
#include <QComboBox>
#include <QInputDialog>
#include <QToolButton>

#include "ui/models/ollama_details.h"
#include "ui/models/ollama_hosts.h"
#include "ui/models/ollama_model_table.h"
#include "ui/models/ollama_tab.h"
#include "ui/shell/banner.h"
#include "ui/shell/job.h"

namespace md {
namespace ui {

void OllamaTab::fillHosts() {
  const QSignalBlocker blocker(hostCombo_);
  hostCombo_->clear();
  for (const QString& url : hosts_->urls())
    hostCombo_->addItem(hosts_->isLocal(url) ? tr("%1 (local)").arg(url) : url, url);
  hostCombo_->setCurrentIndex(qMax(0, hostCombo_->findData(hosts_->active())));
  removeHostButton_->setEnabled(!hosts_->isLocal(hosts_->active()));
}

QString OllamaTab::hostUrl() const {
  return hosts_->active();
}

QStringList OllamaTab::localStores() const {
  if (!hosts_->isLocal(hostUrl()))
    return {};
  return localOllamaStores();
}

void OllamaTab::hostChanged() {
  fillHosts();
  if (refresh_)
    refresh_->cancel();
  refresh_.clear();
  ++generation_; // what the cancelled refresh (or a running action) brings back is dropped
  refreshAgain_ = false;
  pendingSelection_.clear(); // a model of the old host
  facts_.clear();
  table_->setRows({});
  details_->clear();
  banner_->clear();
  setState(State::Loading);
  refresh();
}

void OllamaTab::addHost() {
  std::optional<QString> text;
  if (hostPrompt_) {
    text = hostPrompt_();
  } else {
    bool ok = false;
    const QString typed = QInputDialog::getText(this, tr("Add an Ollama server"),
                                                tr("URL of the server (e.g. http://192.168.1.20:11434):"),
                                                QLineEdit::Normal, QString(), &ok);
    if (ok)
      text = typed;
  }
  if (!text)
    return;
  QString problem;
  if (!hosts_->add(*text, &problem))
    banner_->showMessage(Banner::Kind::Error, problem);
}

void OllamaTab::removeHost() {
  hosts_->remove(hosts_->active());
}

} // namespace ui
} // namespace md
