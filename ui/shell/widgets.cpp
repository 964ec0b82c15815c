#include "ui/shell/widgets.h"

#include <QLabel>
#include <QVBoxLayout>

namespace md {
namespace ui {

QLabel* makeHeading(QWidget* parent) {
  auto* label = new QLabel(parent);
  QFont font = label->font();
  font.setBold(true);
  label->setFont(font);
  return label;
}

QWidget* withMargins(QWidget* child, int margin, QWidget* parent) {
  auto* wrapper = new QWidget(parent);
  auto* layout = new QVBoxLayout(wrapper);
  layout->setContentsMargins(margin, margin, margin, margin);
  layout->addWidget(child);
  return wrapper;
}

} // namespace ui
} // namespace md
