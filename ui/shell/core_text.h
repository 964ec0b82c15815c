#pragma once
// Core speaks in codes (md::Message: a MessageId plus arguments); this is
// where the UI turns them into the reader's language. Each code has a tr()
// template of its own, in the "CoreText" context, whose English is the same
// as core's (a test keeps the two tables equal). Arguments that are
// sentences of their own are translated too; sizes are shown in the reader's
// units. Text core has no code for (a server's own words) is shown as it is.

#include <QString>

#include "core/util/message.h"
#include "core/util/result.h"

namespace md {
namespace ui {

QString coreText(const md::Message& message);
// The message and its location ("at byte N", "line N", the path), translated.
QString describeError(const md::Error& error);
// The untranslated source of a code's tr() template (for the table test).
const char* coreTextSource(md::MessageId id);

} // namespace ui
} // namespace md
