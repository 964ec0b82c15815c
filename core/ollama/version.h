#pragma once
// Ollama server versions and the behaviour thresholds of DESIGN.md §3. The
// version type itself is md::Version (core/util/version.h).

#include "core/util/version.h"

namespace md::ollama {

using md::parseVersion;
using md::Version;

inline constexpr Version kCreateWithFiles{0, 5, 5};       // JSON files instead of a Modelfile
inline constexpr Version kProjectorSeparateFile{0, 7, 1}; // only the first GGUF of a blob is read
inline constexpr Version kSplitShardImport{0, 30, 0};     // llama.cpp shards import directly

} // namespace md::ollama
