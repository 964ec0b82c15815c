// One painted bar per store: used on the disk, and the reclaimable part at its end.

#include "ui/models/reclaim_bars.h"

#include <QDir>
#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include "core/util/paths.h"
#include "ui/models/store_table_model.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {
namespace {

constexpr int kBarHeight = 14;
const QColor kUsedColor(0x3b, 0x82, 0xf6);
const QColor kFreeColor(0xf5, 0x9e, 0x0b);

} // namespace

ReclaimBars::ReclaimBars(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("reclaimBars"));
}

void ReclaimBars::setStores(const std::vector<stores::StoreSpace>& spaces) {
  spaces_ = spaces;
  bars_.clear();
  for (const auto& space : spaces)
    bars_.append({StoreTableModel::sourceLabel(space.source) + QStringLiteral(" · ") +
                      QDir::toNativeSeparators(QString::fromStdString(pathToUtf8(space.root))),
                  space.usedBytes, space.reclaimableBytes});
  updateGeometry();
  update();
}

QString ReclaimBars::barText(const Bar& bar) const {
  return tr("%1 of %2 can be freed").arg(sizeText(bar.reclaimableBytes), sizeText(bar.usedBytes));
}

QSize ReclaimBars::sizeHint() const {
  return {480, minimumSizeHint().height()};
}

QSize ReclaimBars::minimumSizeHint() const {
  const int rows = int(std::max<qsizetype>(1, bars_.size()));
  return {240, rows * (fontMetrics().height() + kBarHeight + 10)};
}

void ReclaimBars::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    setStores(spaces_);
  QWidget::changeEvent(event);
}

void ReclaimBars::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  const QFontMetrics metrics = fontMetrics();
  const int line = metrics.height();
  int top = 0;
  for (const Bar& bar : std::as_const(bars_)) {
    const QString sizes = barText(bar);
    const int sizesWidth = metrics.horizontalAdvance(sizes) + 8;
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(0, top, width() - sizesWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(bar.label, Qt::ElideMiddle, width() - sizesWidth));
    painter.drawText(QRect(width() - sizesWidth, top, sizesWidth, line), Qt::AlignRight | Qt::AlignVCenter, sizes);
    top += line + 2;
    const QRectF whole(0, top, width() - 1, kBarHeight);
    QPainterPath outline;
    outline.addRoundedRect(whole, 4, 4);
    painter.save();
    painter.setClipPath(outline);
    painter.fillRect(whole, palette().color(QPalette::AlternateBase));
    const double used = bar.usedBytes ? 1.0 : 0.0;
    painter.fillRect(QRectF(0, top, whole.width() * used, kBarHeight), kUsedColor);
    const double share = bar.usedBytes ? double(std::min(bar.reclaimableBytes, bar.usedBytes)) / bar.usedBytes : 0.0;
    const double freeWidth = share > 0 ? std::max(3.0, whole.width() * share) : 0.0;
    painter.fillRect(QRectF(whole.width() - freeWidth, top, freeWidth, kBarHeight), kFreeColor);
    painter.restore();
    top += kBarHeight + 8;
  }
}

} // namespace ui
} // namespace md
