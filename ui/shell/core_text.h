#pragma once
// Core speaks English (it has no Qt and no translator). Sentences that reach
// the user from core (merge plan reasons and problems, free-space and output
// errors) are translated here: each English template with %1…%n is matched
// against the text, the pieces are translated in turn, and the tr() form of
// the template is filled with them. Text that matches no template is shown
// as it is.

#include <QString>

#include <string>

#include "core/util/result.h"

namespace md {
namespace ui {

QString coreText(const std::string& english);
QString coreText(const QString& english);
// The message and its location ("at byte N", "line N", the path), translated.
QString describeError(const md::Error& error);

} // namespace ui
} // namespace md
