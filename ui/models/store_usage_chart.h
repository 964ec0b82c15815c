#pragma once
// Where the disk went, custom-painted: a stacked bar by source and one by
// model (the largest models, then "Other"), a legend, and a line with the
// total, the duplicates and the space that could be reclaimed.

#include <QColor>
#include <QWidget>

#include "core/stores/disk_usage.h"

namespace md {
namespace ui {

class StoreUsageChart : public QWidget {
  Q_OBJECT
public:
  struct Segment {
    QString label;
    quint64 bytes = 0;
    QColor color;
  };

  explicit StoreUsageChart(QWidget* parent = nullptr);

  void setUsage(const stores::DiskUsage& usage);
  const QList<Segment>& sourceSegments() const { return sources_; }
  const QList<Segment>& modelSegments() const { return models_; }
  QString summaryText() const;

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

protected:
  void paintEvent(QPaintEvent* event) override;

private:
  int paintBar(QPainter& painter, int top, const QString& title, const QList<Segment>& segments);

  stores::DiskUsage usage_;
  QList<Segment> sources_;
  QList<Segment> models_;
};

} // namespace ui
} // namespace md
