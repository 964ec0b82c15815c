#pragma once
// The details of one Ollama model, from POST /api/show on a job thread:
// an overview, model info and projector info (key/value trees), parameters,
// template, system and license text, and, when the server is the local one
// and its store folder is known, the manifest's layers (media type, size,
// digest) read from disk.

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <filesystem>
#include <optional>
#include <vector>

#include "core/ollama/types.h"
#include "core/stores/ollama_store.h"
#include "core/util/result.h"

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace md {
namespace ui {

class Banner;
class JobHandle;

// The folders the local Ollama server's store may be in, most likely first
// (core's ollamaStoreCandidates: OLLAMA_MODELS, ~/.ollama/models, on Linux
// the system service's /usr/share/ollama/.ollama/models). No disk access.
QStringList localOllamaStores();
std::vector<std::filesystem::path> storePaths(const QStringList& folders);

struct OllamaDetailsData {
  md::ollama::ShowResult show;
  std::optional<md::stores::OllamaManifest> manifest;
  std::optional<md::Error> manifestError;
};

class OllamaDetails : public QWidget {
  Q_OBJECT
public:
  explicit OllamaDetails(QWidget* parent = nullptr);

  // Loads `name` from the server at `url`; the layers come from the first of
  // `stores` that holds it (none for a remote server: no layers).
  void load(const QString& url, const QString& name, const QStringList& stores);
  void clear();

  QString modelName() const { return name_; }
  bool isLoading() const { return !job_.isNull(); }
  const std::optional<OllamaDetailsData>& data() const { return data_; }

  // A layer's kind, translated: from its media type, or from the kind core
  // names ("model", "projector", "params", …).
  static QString layerKindText(const std::string& mediaType);
  static QString layerKindName(const std::string& kind);

Q_SIGNALS:
  void loaded(bool ok);

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslate();
  void showData(const OllamaDetailsData& data);
  void fillLayers(const OllamaDetailsData& data);

  QString name_;
  QStringList stores_;
  QPointer<JobHandle> job_;
  int generation_ = 0; // bumped by every load and clear
  std::optional<OllamaDetailsData> data_;
  QLabel* title_ = nullptr;
  Banner* banner_ = nullptr;
  QTabWidget* tabs_ = nullptr;
  QLabel* overview_ = nullptr;
  QTreeWidget* info_ = nullptr;
  QPlainTextEdit* parameters_ = nullptr;
  QPlainTextEdit* template_ = nullptr;
  QPlainTextEdit* system_ = nullptr;
  QPlainTextEdit* license_ = nullptr;
  QTreeWidget* layers_ = nullptr;
  QLabel* layersNote_ = nullptr;
};

} // namespace ui
} // namespace md
