#pragma once
// Watches the folders a scan covered (the store roots, Ollama's blobs and
// every folder holding an entry) and reports, once changes settle, that the
// stores changed: a download finished, a model was pulled or removed.

#include <QObject>
#include <QStringList>

#include <vector>

#include "core/stores/store_entry.h"
#include "core/stores/store_scanner.h"

class QFileSystemWatcher;
class QTimer;

namespace md {
namespace ui {

class StoreWatcher : public QObject {
  Q_OBJECT
public:
  explicit StoreWatcher(QObject* parent = nullptr);

  void follow(const stores::ScanRequest& request, const std::vector<stores::StoreEntry>& entries);
  QStringList folders() const;

Q_SIGNALS:
  void changed();

private:
  QFileSystemWatcher* watcher_ = nullptr;
  QTimer* settle_ = nullptr;
};

} // namespace ui
} // namespace md
