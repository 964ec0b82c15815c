#include "ui/shell/page.h"

#include <QEvent>

namespace md {
namespace ui {

void Page::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

} // namespace ui
} // namespace md
