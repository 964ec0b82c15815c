#pragma once
// Ollama's own status lines ("parsing GGUF", "using existing layer sha256:…")
// are the server's words and stay as they are, but a reader of another
// language gets a gloss in front: "正在解析 GGUF（parsing GGUF）". Lines this
// table does not know are shown as they are.

#include <QString>

namespace md {
namespace ui {

QString glossServerStatus(const QString& status);

} // namespace ui
} // namespace md
