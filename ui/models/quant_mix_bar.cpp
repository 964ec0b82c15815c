#include "ui/models/quant_mix_bar.h"
#include "ui/shell/widgets.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace md {
namespace ui {

namespace {

constexpr int kBarHeight = 14;
constexpr int kSwatch = 10;
constexpr int kGap = 12;

QString percent(double fraction) {
  const double value = fraction * 100.0;
  if (value > 0 && value < 1)
    return QStringLiteral("<1%");
  return QLocale().toString(std::lround(value)) + QStringLiteral("%");
}

} // namespace

QuantMixBar::QuantMixBar(QWidget* parent) : QWidget(parent) {
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void QuantMixBar::setSegments(std::vector<Segment> segments) {
  segments_ = std::move(segments);
  setToolTip(legendText());
  updateGeometry();
  update();
}

QString QuantMixBar::legendText() const {
  QStringList parts;
  for (const Segment& segment : segments_)
    parts << segment.name + QLatin1Char(' ') + percent(segment.fraction);
  return listText(parts);
}

QColor QuantMixBar::colorFor(int index) {
  // Evenly spread hues, readable on light and dark themes.
  return QColor::fromHsv((index * 137 + 200) % 360, 150, 210);
}

QSize QuantMixBar::sizeHint() const {
  const QFontMetrics metrics(font());
  return {320, kBarHeight + 6 + metrics.height()};
}

QSize QuantMixBar::minimumSizeHint() const {
  return {80, sizeHint().height()};
}

void QuantMixBar::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  const QRectF bar(0.5, 0.5, width() - 1.0, kBarHeight);
  QPainterPath clip;
  clip.addRoundedRect(bar, 4, 4);
  painter.setClipPath(clip);
  painter.fillRect(bar, palette().color(QPalette::Mid));
  double x = bar.left();
  for (std::size_t i = 0; i < segments_.size(); ++i) {
    const double w = bar.width() * segments_[i].fraction;
    painter.fillRect(QRectF(x, bar.top(), w, bar.height()), colorFor(static_cast<int>(i)));
    x += w;
  }
  painter.setClipping(false);

  const QFontMetrics metrics(font());
  int left = 0;
  const int top = kBarHeight + 6;
  for (std::size_t i = 0; i < segments_.size(); ++i) {
    const QString label = segments_[i].name + QLatin1Char(' ') + percent(segments_[i].fraction);
    const int labelWidth = metrics.horizontalAdvance(label);
    if (left + kSwatch + 4 + labelWidth > width())
      break; // the tooltip still lists every type
    painter.fillRect(QRect(left, top + (metrics.height() - kSwatch) / 2, kSwatch, kSwatch),
                     colorFor(static_cast<int>(i)));
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(left + kSwatch + 4, top, labelWidth, metrics.height()), Qt::AlignVCenter, label);
    left += kSwatch + 4 + labelWidth + kGap;
  }
}

} // namespace ui
} // namespace md
