#include "ui/shell/widgets.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

#include "core/util/paths.h"

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

QString sizeText(std::uint64_t bytes) {
  return QString::fromStdString(formatBytes(bytes));
}

QString listText(const QStringList& items) {
  return items.join(QCoreApplication::translate("ListText", ", ", "between the items of a list"));
}

} // namespace ui
} // namespace md
