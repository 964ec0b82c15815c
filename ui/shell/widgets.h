#pragma once
// Small widget helpers shared by the pages.

class QLabel;
class QWidget;

namespace md {
namespace ui {

// A bold section heading.
QLabel* makeHeading(QWidget* parent);
// Wraps `child` in a new widget with `margin` pixels on every side.
QWidget* withMargins(QWidget* child, int margin, QWidget* parent);

} // namespace ui
} // namespace md
