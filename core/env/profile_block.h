#pragma once
// ModelDesk's marked block in a shell profile (~/.profile, ~/.zprofile). Only
// the lines between the markers are ever changed; the user's content around
// them stays byte-identical.

#include <string>
#include <string_view>

#include "core/env/env_backend.h"

namespace md::env {

inline constexpr std::string_view kBlockBegin = "# >>> ModelDesk environment >>> (managed by ModelDesk)";
inline constexpr std::string_view kBlockEnd = "# <<< ModelDesk environment <<<";

// 'text' quoted for sh: single quotes, with ' written as '\''.
std::string shellQuote(std::string_view text);

// `export NAME='value'` lines, one per variable, sorted by name.
std::string exportLines(const VariableMap& variables);

// The variables exported inside the marked block (empty if none).
VariableMap readExportBlock(std::string_view profileText);

// `profileText` with the block's body replaced by `body`; an empty body
// removes the block with its markers. A new block is appended at the end.
std::string replaceMarkedBlock(std::string_view profileText, std::string_view body);

} // namespace md::env
