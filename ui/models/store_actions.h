#pragma once
// What the store browser's actions need beyond Qt: the FROM line for a new
// Modelfile (an Ollama model by name, a file by path) with the projector
// that sits next to the model, the way LM Studio pairs them; and deleting
// the files of an entry.

#include <QString>

#include <vector>

#include "core/stores/store_entry.h"

namespace md {
namespace ui {

// The Ollama model name for an Ollama layer, else the file path.
QString modelfileFrom(const stores::StoreEntry& entry);

// A projector beside `model`: in the same folder (header role projector, or
// "mmproj" in the name), or a projector layer of the same Ollama model.
// Empty when there is none or `model` is itself a projector.
QString adjacentProjector(const std::vector<stores::StoreEntry>& entries, const stores::StoreEntry& model);

// True for files the browser may delete itself; Ollama models go through
// Ollama (their blobs may be shared), only orphan and partial blobs here.
bool canDeleteFile(const stores::StoreEntry& entry);

// Removes the entry's path and, when it was a symlink into a blob no other
// entry uses, the blob too. Returns an error text, empty on success.
QString deleteEntryFiles(const std::vector<stores::StoreEntry>& entries, const stores::StoreEntry& entry);

} // namespace ui
} // namespace md
