#pragma once
// Small widget helpers shared by the pages.

#include <QString>
#include <QStringList>

#include <cstdint>

class QLabel;
class QWidget;

namespace md {
namespace ui {

// A bold section heading.
QLabel* makeHeading(QWidget* parent);
// Wraps `child` in a new widget with `margin` pixels on every side.
QWidget* withMargins(QWidget* child, int margin, QWidget* parent);
// A file size as everywhere in ModelDesk, CLI included: "463 KiB", "2.93 GiB".
QString sizeText(std::uint64_t bytes);
// Items joined as the reader's language lists them: "a, b" in English,
// "a、b" in Chinese.
QString listText(const QStringList& items);

} // namespace ui
} // namespace md
