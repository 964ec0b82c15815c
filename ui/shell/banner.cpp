#include "ui/shell/banner.h"

#include "ui/shell/core_text.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include "core/util/result.h"

namespace md {
namespace ui {

Banner::Banner(QWidget* parent) : QFrame(parent) {
  setObjectName(QStringLiteral("banner"));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(10, 6, 6, 6);
  label_ = new QLabel(this);
  label_->setWordWrap(true);
  label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  close_ = new QToolButton(this);
  close_->setAutoRaise(true);
  close_->setText(QStringLiteral("✕"));
  connect(close_, &QToolButton::clicked, this, &Banner::clear);
  layout->addWidget(label_, 1);
  layout->addWidget(close_, 0, Qt::AlignTop);
  hide();
}

void Banner::showMessage(Kind kind, const QString& text) {
  kind_ = kind;
  static const char* const colours[][2] = {
      {"#e8f0fe", "#4f7cff"}, // info
      {"#fff4e5", "#e0a100"}, // warning
      {"#fdecea", "#c0392b"}, // error
      {"#e8f5e9", "#2e9d4f"}, // success
  };
  const auto& colour = colours[int(kind)];
  setStyleSheet(QStringLiteral("QFrame#banner { background: %1; border-left: 4px solid %2; border-radius: 4px; }"
                               "QFrame#banner QLabel { color: #1f1f1f; }")
                    .arg(QLatin1String(colour[0]), QLatin1String(colour[1])));
  label_->setText(text);
  show();
}

void Banner::showError(const md::Error& error) {
  showMessage(Kind::Error, describeError(error));
}

void Banner::clear() {
  label_->clear();
  hide();
}

QString Banner::text() const {
  return label_->text();
}

} // namespace ui
} // namespace md
