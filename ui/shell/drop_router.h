#pragma once
// One router for every drop on the window: it decides which page receives
// the dropped files, or refuses them with a reason the status area shows.

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "ui/shell/text_source.h"

namespace md {
namespace ui {

enum class DropTarget {
  Refused,
  Inspector,       // one GGUF -> Models inspector
  ModelsFolder,    // folders -> Models
  Merge,           // several GGUFs, parts or shards -> Merge wizard
  ModelfileEditor, // a Modelfile -> editor
};

struct DropDecision {
  DropTarget target = DropTarget::Refused;
  QStringList paths;       // local paths, native separators kept as Qt gives them
  TextSource refusal;      // set when target == Refused
  TextSource note{};       // the files left out of an accepted drop (empty: none)
  bool offerImport{false}; // GGUF files or folders: the window offers "Import into Ollama…"
};

// Pure function: looks at names and file types only (no file contents are
// read), so it is safe on the GUI thread.
DropDecision routeDrop(const QList<QUrl>& urls);

// True for x.gguf and for byte-split part names: x.gguf.a, x.gguf-split-b,
// x.gguf.part1of2, x-chunk-001-of-018.gguf.
bool looksLikeGgufName(const QString& fileName);
// True for "Modelfile", "*.Modelfile", "*.mf" (case-insensitive).
bool looksLikeModelfileName(const QString& fileName);

} // namespace ui
} // namespace md
