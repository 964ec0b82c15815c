#pragma once
// What the store browser's actions need beyond Qt: the FROM line for a new
// Modelfile (an Ollama model by name, a file by path) with the projector
// that sits next to the model, the way LM Studio pairs them; deleting the
// files of an entry; and removing whole Ollama models.

#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

#include "core/stores/store_entry.h"

namespace md {
namespace ui {

class JobHandle;

// The Ollama model name for an Ollama layer, else the file path.
QString modelfileFrom(const stores::StoreEntry& entry);

// A projector beside `model`: in the same folder (header role projector, or
// "mmproj" in the name), or a projector layer of the same Ollama model.
// Empty when there is none or `model` is itself a projector.
QString adjacentProjector(const std::vector<stores::StoreEntry>& entries, const stores::StoreEntry& model);

// True for files the browser may delete itself; Ollama models go through
// Ollama (their blobs may be shared), only orphan and partial blobs and the
// temp files of killed imports here.
bool canDeleteFile(const stores::StoreEntry& entry);

// How many temp files of killed merges and imports are among `entries`, and their bytes.
std::pair<std::size_t, std::uint64_t> leftoverTotals(const std::vector<stores::StoreEntry>& entries);

// Removes the entry's path and, when it was a symlink into a blob no other
// entry uses, the blob too. Returns what went wrong (built in the current
// language each time it is called), or nothing on success.
std::function<QString()> deleteEntryFiles(const std::vector<stores::StoreEntry>& entries,
                                          const stores::StoreEntry& entry);

// Ollama models: through the local Ollama's API when it is running on this
// very store (proven by a probe blob; refused when it runs on another), else
// from the store on disk as `ollama rm` does (core/ollama/model_removal).
// Removes `models` from the store at `modelsDir` on the job pool; `done` gets
// the summary (or the first error) on the GUI thread, as text built in the
// current language each time it is called.
JobHandle* removeOllamaModels(QObject* owner, const QStringList& models, const QString& modelsDir,
                              std::function<void(bool ok, std::function<QString()> message)> done);

} // namespace ui
} // namespace md
