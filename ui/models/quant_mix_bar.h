#pragma once
// A horizontal bar split by tensor type, each segment as wide as that type's
// share of the tensor bytes, with a legend underneath ("Q4_K 62%").

#include <QColor>
#include <QWidget>

#include <vector>

namespace md {
namespace ui {

class QuantMixBar : public QWidget {
  Q_OBJECT
public:
  struct Segment {
    QString name;
    double fraction = 0; // 0..1
  };

  explicit QuantMixBar(QWidget* parent = nullptr);

  void setSegments(std::vector<Segment> segments);
  const std::vector<Segment>& segments() const { return segments_; }
  // "Q4_K 62%, Q6_K 31%, F32 7%": the legend as one line (also the tooltip).
  QString legendText() const;
  static QColor colorFor(int index);

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

protected:
  void paintEvent(QPaintEvent* event) override;

private:
  std::vector<Segment> segments_;
};

} // namespace ui
} // namespace md
