#pragma once
// The two halves of coreTextSource()'s table (ui/shell/core_text.h): the
// untranslated tr() template of each code, or nullptr for a code the half
// does not hold.

#include "core/util/message.h"

namespace md {
namespace ui {

const char* fileMessageSource(md::MessageId id);
const char* serviceMessageSource(md::MessageId id);

} // namespace ui
} // namespace md
