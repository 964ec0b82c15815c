#pragma once
// Where the main window opens: the saved geometry only when it still fits
// the screen it is on (a laptop undocked from a large monitor, a smaller
// resolution), else a size that fits the available screen, centred.

#include <QByteArray>
#include <QRect>
#include <QSize>

class QWidget;

namespace md {
namespace ui {

// The window's preferred size, shrunk to fit `available` with room for the
// window frame, and never below `minimum`.
QSize fittingWindowSize(const QSize& preferred, const QSize& minimum, const QRect& available);

// True when `frame` (a window's frame geometry) lies within `available`.
bool fitsOnScreen(const QRect& frame, const QRect& available);

// Restores `saved` (QWidget::saveGeometry) when it still fits a screen;
// otherwise sizes the window to fit its screen and centres it there.
void placeWindow(QWidget* window, const QByteArray& saved, const QSize& preferred);

} // namespace ui
} // namespace md
