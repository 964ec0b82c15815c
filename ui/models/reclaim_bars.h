#pragma once
// The reclaim dialog's picture (issue 21, 4a): one bar per store, custom
// painted, its full width what the store uses on the disk and the part at
// its end what could be freed there, with the store's name, folder and both
// sizes above it.

#include <QColor>
#include <QList>
#include <QWidget>

#include <vector>

#include "core/stores/reclaim_plan.h"

namespace md {
namespace ui {

class ReclaimBars : public QWidget {
  Q_OBJECT
public:
  struct Bar {
    QString label; // "Ollama · /home/me/.ollama/models"
    quint64 usedBytes = 0;
    quint64 reclaimableBytes = 0;
  };

  explicit ReclaimBars(QWidget* parent = nullptr);

  void setStores(const std::vector<stores::StoreSpace>& spaces);
  const QList<Bar>& bars() const { return bars_; }
  // "1.2 GB of 5.0 GB can be freed" for one bar.
  QString barText(const Bar& bar) const;

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

protected:
  void paintEvent(QPaintEvent* event) override;
  void changeEvent(QEvent* event) override;

private:
  std::vector<stores::StoreSpace> spaces_;
  QList<Bar> bars_;
};

} // namespace ui
} // namespace md
