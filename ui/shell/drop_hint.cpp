#include "ui/shell/drop_hint.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace md {
namespace ui {

DropHint::DropHint(const QString& iconName, QWidget* parent) : QFrame(parent) {
  setObjectName(QStringLiteral("dropHint"));
  setFrameShape(QFrame::StyledPanel);
  setStyleSheet(QStringLiteral("QFrame#dropHint { border: 2px dashed palette(mid); border-radius: 12px; }"));
  auto* layout = new QVBoxLayout(this);
  layout->addStretch();
  auto* icon = new QLabel(this);
  icon->setPixmap(QIcon(QStringLiteral(":/icons/") + iconName + QStringLiteral(".svg")).pixmap(72, 72));
  icon->setAlignment(Qt::AlignHCenter);
  headline_ = new QLabel(this);
  headline_->setAlignment(Qt::AlignHCenter);
  headline_->setWordWrap(true);
  QFont font = headline_->font();
  font.setPointSizeF(font.pointSizeF() * 1.4);
  font.setBold(true);
  headline_->setFont(font);
  hint_ = new QLabel(this);
  hint_->setAlignment(Qt::AlignHCenter);
  hint_->setWordWrap(true);
  hint_->setForegroundRole(QPalette::PlaceholderText);
  buttons_ = new QHBoxLayout;
  buttons_->addStretch();
  layout->addWidget(icon);
  layout->addSpacing(12);
  layout->addWidget(headline_);
  layout->addWidget(hint_);
  layout->addSpacing(12);
  layout->addLayout(buttons_);
  layout->addStretch();
}

void DropHint::setTexts(const QString& headline, const QString& hint) {
  headline_->setText(headline);
  hint_->setText(hint);
}

QString DropHint::headline() const {
  return headline_->text();
}

QPushButton* DropHint::addButton() {
  // The row is [stretch, buttons…, stretch]: new buttons go before the last
  // stretch so the group stays centred.
  auto* button = new QPushButton(this);
  if (buttons_->count() == 1)
    buttons_->addStretch();
  buttons_->insertWidget(buttons_->count() - 1, button);
  return button;
}

} // namespace ui
} // namespace md
