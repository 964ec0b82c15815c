// The Ollama tab's server picker (see ollama_host_bar.h).
#include "ui/models/ollama_host_bar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QToolButton>

#include "ui/models/ollama_hosts.h"

namespace md {
namespace ui {

OllamaHostBar::OllamaHostBar(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("ollamaHostBar"));
  hosts_ = new OllamaHosts(this);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  label_ = new QLabel(this);
  combo_ = new QComboBox(this);
  combo_->setObjectName(QStringLiteral("ollamaHost"));
  combo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  label_->setBuddy(combo_);
  addButton_ = new QToolButton(this);
  addButton_->setObjectName(QStringLiteral("ollamaAddHost"));
  removeButton_ = new QToolButton(this);
  removeButton_->setObjectName(QStringLiteral("ollamaRemoveHost"));
  layout->addWidget(label_);
  layout->addWidget(combo_);
  layout->addWidget(addButton_);
  layout->addWidget(removeButton_);

  connect(addButton_, &QToolButton::clicked, this, &OllamaHostBar::addHost);
  connect(removeButton_, &QToolButton::clicked, this, [this] { hosts_->remove(hosts_->active()); });
  connect(combo_, &QComboBox::activated, this,
          [this](int index) { hosts_->setActive(combo_->itemData(index).toString()); });
  // Connected first, so the list is current when others hear of a switch.
  connect(hosts_, &OllamaHosts::listChanged, this, &OllamaHostBar::fillHosts);
  connect(hosts_, &OllamaHosts::activeChanged, this, &OllamaHostBar::fillHosts);
  fillHosts();
  retranslate();
}

void OllamaHostBar::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

void OllamaHostBar::retranslate() {
  label_->setText(tr("Ollama server:"));
  addButton_->setText(tr("Add…"));
  addButton_->setToolTip(tr("Add another Ollama server by its URL"));
  removeButton_->setText(tr("Remove"));
  removeButton_->setToolTip(tr("Remove this server from the list"));
  if (combo_->count() > 0)
    combo_->setItemText(0, tr("%1 (local)").arg(combo_->itemData(0).toString()));
}

void OllamaHostBar::fillHosts() {
  const QSignalBlocker blocker(combo_);
  combo_->clear();
  for (const QString& url : hosts_->urls())
    combo_->addItem(hosts_->isLocal(url) ? tr("%1 (local)").arg(url) : url, url);
  combo_->setCurrentIndex(qMax(0, combo_->findData(hosts_->active())));
  removeButton_->setEnabled(!hosts_->isLocal(hosts_->active()));
}

void OllamaHostBar::addHost() {
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
  if (!hosts_->add(*text))
    Q_EMIT addFailed(*text);
}

} // namespace ui
} // namespace md
