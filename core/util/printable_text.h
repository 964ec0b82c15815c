#pragma once
// Bytes from a file (a GGUF key or tensor name) made safe to show in a message:
// valid UTF-8 is kept, newline and tab become \n and \t, other control
// characters and invalid bytes become \xNN, and
// long text is cut at a character boundary with an ellipsis.

#include <cstddef>
#include <string>
#include <string_view>

namespace md {

std::string printableText(std::string_view bytes, std::size_t maxBytes = 120);

} // namespace md
