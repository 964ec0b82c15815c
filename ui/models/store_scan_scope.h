#pragma once
// What the Local stores tab scans when nothing else is asked for: the stores
// found in the environment (Ollama, Hugging Face, ModelScope), the user's
// Downloads folder (QStandardPaths::DownloadLocation, which is the localised
// one, e.g. ~/下载, where the desktop names it so) and the folders the user
// added; and the sentence that says so under the search bar.

#include <QString>
#include <QStringList>

#include "core/stores/store_scanner.h"

namespace md {
namespace ui {

// The Downloads folder when it exists, else empty.
QString downloadsFolder();
// The default request: the stores that exist, Downloads, then `addedFolders`.
stores::ScanRequest defaultScanRequest(const QStringList& addedFolders);
// "Scanned: the Ollama store (path), …, Downloads (path), path": every
// folder of `request`, in the reader's language.
QString scannedFoldersText(const stores::ScanRequest& request);

} // namespace ui
} // namespace md
