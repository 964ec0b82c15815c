#pragma once
// Text that is built again in the current language whenever it is shown
// again (a language switch): widgets that keep a message keep its source,
// never the finished QString, so nothing stays in the old language.

#include <QString>

#include <functional>

namespace md {
namespace ui {

using TextSource = std::function<QString()>;

} // namespace ui
} // namespace md
