#include "ui/env/env_history_view.h"

#include <algorithm>

#include <QDateTime>
#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/env/catalog.h"
#include "core/env/secret_mask.h"
#include "ui/shell/core_text.h"

namespace md {
namespace ui {

namespace {

constexpr int kIdRole = Qt::UserRole;

QString shownValue(const env::HistoryEntry& entry, const std::optional<std::string>& value) {
  if (!value)
    return EnvHistoryView::tr("(not set)");
  const env::VariableInfo* info = env::findVariable(entry.variable);
  const bool secret = info != nullptr && info->kind == env::VarKind::Secret;
  return QString::fromStdString(secret ? env::maskSecret(*value) : *value);
}

} // namespace

EnvHistoryView::EnvHistoryView(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  empty_ = new QLabel(this);
  empty_->setObjectName(QStringLiteral("envHistoryEmpty"));
  empty_->setWordWrap(true);
  empty_->setAlignment(Qt::AlignCenter);
  list_ = new QListWidget(this);
  list_->setObjectName(QStringLiteral("envHistory"));
  message_ = new QLabel(this);
  message_->setObjectName(QStringLiteral("envHistoryMessage"));
  message_->setWordWrap(true);
  message_->setStyleSheet(QStringLiteral("color: #b42318;"));
  message_->setVisible(false);
  undo_ = new QPushButton(this);
  undo_->setObjectName(QStringLiteral("envUndo"));
  redo_ = new QPushButton(this);
  redo_->setObjectName(QStringLiteral("envRedo"));
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(undo_);
  buttons->addWidget(redo_);
  buttons->addStretch();
  layout->addWidget(empty_, 1);
  layout->addWidget(list_, 1);
  layout->addWidget(message_);
  layout->addLayout(buttons);

  const auto chosen = [this]() -> std::optional<std::uint64_t> {
    if (const env::HistoryEntry* entry = selected())
      return entry->id;
    return std::nullopt;
  };
  connect(undo_, &QPushButton::clicked, this, [this, chosen] { Q_EMIT undoRequested(chosen()); });
  connect(redo_, &QPushButton::clicked, this, [this, chosen] { Q_EMIT redoRequested(chosen()); });
  connect(list_, &QListWidget::currentRowChanged, this, [this] {
    clearRefusal();
    updateButtons();
  });
  retranslate();
  fill();
}

QString EnvHistoryView::localTime(const std::string& utc) {
  const QDateTime time = QDateTime::fromString(QString::fromStdString(utc), Qt::ISODate); // "…Z": UTC
  if (!time.isValid())
    return QString::fromStdString(utc);
  return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString EnvHistoryView::changeText(const env::HistoryEntry& entry) {
  const QString name = QString::fromStdString(entry.variable);
  return entry.value
             ? tr("Set %1: %2 → %3").arg(name, shownValue(entry, entry.previous), shownValue(entry, entry.value))
             : tr("Removed %1 (was %2)").arg(name, shownValue(entry, entry.previous));
}

void EnvHistoryView::setEntries(std::vector<env::HistoryEntry> entries) {
  entries_ = std::move(entries);
  fill();
}

void EnvHistoryView::fill() {
  const env::HistoryEntry* current = selected();
  const bool keepSelection = current != nullptr;
  const std::uint64_t kept = keepSelection ? current->id : 0;
  list_->clear();
  for (auto it = entries_.rbegin(); it != entries_.rend(); ++it) {
    QString text = QStringLiteral("#%1 · %2 · %3").arg(it->id).arg(localTime(it->time), changeText(*it));
    if (it->undone)
      text += QStringLiteral(" · ") + tr("undone");
    auto* item = new QListWidgetItem(text, list_);
    item->setData(kIdRole, QVariant::fromValue<qulonglong>(it->id));
    if (it->undone) {
      QFont font = item->font();
      font.setStrikeOut(true);
      item->setFont(font);
      item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    if (keepSelection && kept == it->id)
      list_->setCurrentItem(item);
  }
  empty_->setVisible(entries_.empty());
  list_->setVisible(!entries_.empty());
  updateButtons();
}

const env::HistoryEntry* EnvHistoryView::selected() const {
  const QListWidgetItem* item = list_->currentItem();
  if (item == nullptr)
    return nullptr;
  const auto id = item->data(kIdRole).toULongLong();
  for (const auto& entry : entries_)
    if (entry.id == id)
      return &entry;
  return nullptr;
}

void EnvHistoryView::updateButtons() {
  const env::HistoryEntry* entry = selected();
  const auto any = [this](bool undone) {
    return std::any_of(entries_.begin(), entries_.end(),
                       [&](const env::HistoryEntry& e) { return e.undone == undone; });
  };
  undo_->setEnabled(entry != nullptr ? !entry->undone : any(false));
  redo_->setEnabled(entry != nullptr ? entry->undone : any(true));
}

void EnvHistoryView::showRefusal(const md::Error& error) {
  refusal_ = error;
  message_->setText(describeError(error));
  message_->setVisible(true);
}

void EnvHistoryView::clearRefusal() {
  refusal_.reset();
  message_->clear();
  message_->setVisible(false);
}

void EnvHistoryView::retranslate() {
  empty_->setText(tr("No changes yet. Each value you apply or reset on the Variables tab appears here, with its "
                     "time and its old and new value; the files are backed up first. Select a change to undo it, "
                     "or to redo it once undone."));
  undo_->setText(tr("Undo"));
  if (refusal_)
    message_->setText(describeError(*refusal_));
  undo_->setToolTip(tr("Undo the selected change, or the newest one"));
  redo_->setText(tr("Redo"));
  redo_->setToolTip(tr("Apply an undone change again: the selected one, or the last one undone"));
  fill();
}

void EnvHistoryView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
    retranslate();
  QWidget::changeEvent(event);
}

} // namespace ui
} // namespace md
