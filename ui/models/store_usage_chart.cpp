#include "ui/models/store_usage_chart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <iterator>

#include "ui/models/store_table_model.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {
namespace {

constexpr int kLargestModels = 8;
constexpr int kBarHeight = 18;

QColor paletteColor(int index) {
  static const QColor colors[] = {QColor(0x3b, 0x82, 0xf6), QColor(0xf5, 0x9e, 0x0b), QColor(0x10, 0xb9, 0x81),
                                  QColor(0xef, 0x44, 0x44), QColor(0x8b, 0x5c, 0xf6), QColor(0x06, 0xb6, 0xd4),
                                  QColor(0xec, 0x48, 0x99), QColor(0x84, 0xcc, 0x16), QColor(0x9c, 0xa3, 0xaf)};
  return colors[index % int(std::size(colors))];
}

} // namespace

StoreUsageChart::StoreUsageChart(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("storeUsageChart"));
}

void StoreUsageChart::setUsage(const stores::DiskUsage& usage) {
  usage_ = usage;
  sources_.clear();
  models_.clear();
  for (const auto& bucket : usage.bySource)
    sources_.append({StoreTableModel::sourceLabel(bucket.source), bucket.bytes, paletteColor(int(bucket.source))});
  quint64 other = 0;
  for (const auto& bucket : usage.byModel) {
    if (models_.size() < kLargestModels)
      models_.append({QString::fromStdString(bucket.label), bucket.bytes, paletteColor(models_.size())});
    else
      other += bucket.bytes;
  }
  if (other > 0)
    models_.append({tr("Other"), other, paletteColor(kLargestModels)});
  updateGeometry();
  update();
}

QString StoreUsageChart::summaryText() const {
  const QString summary =
      tr("%1 on disk · %2 reclaimable: orphans %3, partial downloads %4, duplicate copies %5 (groups: %6)")
          .arg(sizeText(usage_.totalBytes), sizeText(usage_.reclaimableBytes()), sizeText(usage_.orphanBytes),
               sizeText(usage_.partialBytes), sizeText(usage_.duplicateBytes),
               QString::number(usage_.duplicates.size()));
  if (usage_.leftoverBytes == 0)
    return summary;
  return tr("%1; left by interrupted runs %2").arg(summary, sizeText(usage_.leftoverBytes));
}

QSize StoreUsageChart::sizeHint() const {
  return {480, minimumSizeHint().height()};
}

QSize StoreUsageChart::minimumSizeHint() const {
  const int line = fontMetrics().height();
  return {240, 2 * (line + kBarHeight + 2 * line + 12) + line + 8};
}

void StoreUsageChart::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  int top = paintBar(painter, 0, tr("By source"), sources_);
  top = paintBar(painter, top, tr("By model"), models_);
  painter.setPen(palette().color(QPalette::WindowText));
  painter.drawText(QRect(0, top, width(), fontMetrics().height()), Qt::AlignLeft | Qt::AlignVCenter, summaryText());
}

int StoreUsageChart::paintBar(QPainter& painter, int top, const QString& title, const QList<Segment>& segments) {
  const QFontMetrics metrics = fontMetrics();
  const int line = metrics.height();
  painter.setPen(palette().color(QPalette::WindowText));
  painter.drawText(QRect(0, top, width(), line), Qt::AlignLeft | Qt::AlignVCenter, title);
  top += line + 2;
  quint64 total = 0;
  for (const auto& segment : segments)
    total += segment.bytes;
  const QRectF bar(0, top, width() - 1, kBarHeight);
  QPainterPath outline;
  outline.addRoundedRect(bar, 4, 4);
  painter.save();
  painter.setClipPath(outline);
  painter.fillRect(bar, palette().color(QPalette::AlternateBase));
  double x = 0;
  for (const auto& segment : segments) {
    const double w = total ? bar.width() * double(segment.bytes) / double(total) : 0;
    painter.fillRect(QRectF(x, top, w, kBarHeight), segment.color);
    x += w;
  }
  painter.restore();
  top += kBarHeight + 4;
  // Legend: swatch, label and size, wrapping onto a second line if needed.
  int legendX = 0;
  for (const auto& segment : segments) {
    const QString text = segment.label + QStringLiteral(" ") + sizeText(segment.bytes);
    const int w = line + metrics.horizontalAdvance(text) + 12;
    if (legendX > 0 && legendX + w > width()) {
      legendX = 0;
      top += line;
    }
    painter.fillRect(QRect(legendX, top + line / 4, line / 2, line / 2), segment.color);
    painter.drawText(QRect(legendX + line * 3 / 4, top, w, line), Qt::AlignLeft | Qt::AlignVCenter, text);
    legendX += w;
  }
  return top + line + 8;
}

} // namespace ui
} // namespace md
