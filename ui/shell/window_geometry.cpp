#include "ui/shell/window_geometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QStyle>
#include <QWidget>

namespace md {
namespace ui {

namespace {

// Room for a title bar and borders the window manager adds around the
// client area (the frame is only known once the window is shown).
QSize frameAllowance(const QWidget* window) {
  const int title = window->style()->pixelMetric(QStyle::PM_TitleBarHeight);
  return {16, qMax(title, 24) + 16};
}

QRect availableGeometryFor(const QWidget* window, const QPoint& at) {
  if (QScreen* screen = QGuiApplication::screenAt(at))
    return screen->availableGeometry();
  if (QScreen* screen = window->screen())
    return screen->availableGeometry();
  QScreen* primary = QGuiApplication::primaryScreen();
  return primary ? primary->availableGeometry() : QRect(0, 0, 1024, 700);
}

} // namespace

QSize fittingWindowSize(const QSize& preferred, const QSize& minimum, const QRect& available) {
  const QSize room = available.size();
  return preferred.boundedTo(room).expandedTo(minimum);
}

bool fitsOnScreen(const QRect& frame, const QRect& available) {
  return available.contains(frame);
}

void placeWindow(QWidget* window, const QByteArray& saved, const QSize& preferred) {
  if (!saved.isEmpty() && window->restoreGeometry(saved)) {
    // The client area must lie on the screen, with room above it for a title bar.
    const QRect client = window->geometry();
    const QRect screen = availableGeometryFor(window, client.center());
    if (window->isMaximized() ||
        (fitsOnScreen(client, screen) && client.height() + frameAllowance(window).height() / 2 <= screen.height()))
      return;
    window->setWindowState(Qt::WindowNoState);
  }
  const QRect available = availableGeometryFor(window, window->geometry().center());
  const QSize size =
      fittingWindowSize(preferred, window->minimumSizeHint(),
                        available.adjusted(0, 0, -frameAllowance(window).width(), -frameAllowance(window).height()));
  window->resize(size);
  QRect centred(QPoint(), size + frameAllowance(window));
  centred.moveCenter(available.center());
  window->move(qMax(centred.left(), available.left()), qMax(centred.top(), available.top())); // the frame's top left
}

} // namespace ui
} // namespace md
