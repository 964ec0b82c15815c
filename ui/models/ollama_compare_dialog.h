#pragma once
// Compare…: the "pulled vs imported" diagnosis. Profiles two models of the
// same server on the job pool (/api/show, plus the manifest layers when the
// store is on this machine), shows their layers side by side (shared blobs
// marked) and the differences that change behaviour as sentences: "“x” has
// no projector, so it cannot see images", "… no template", "… no stop
// parameters", other family, quantization or context length.

#include <QDialog>
#include <QPointer>
#include <QStringList>

#include <optional>

#include "core/ollama/model_compare.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace md {
namespace ui {

class Banner;
class JobHandle;

class OllamaCompareDialog : public QDialog {
  Q_OBJECT
public:
  // `stores`: the folders the local server's store may be in (the first
  // holding a model gives its layers), or none for a remote server.
  OllamaCompareDialog(const QString& hostUrl, const QStringList& stores, const QString& model,
                      const QStringList& others, QWidget* parent = nullptr);
  ~OllamaCompareDialog() override;

  bool isRunning() const { return !job_.isNull(); }
  void compare();

  // The finding as a sentence naming the model it is about.
  static QString findingText(const md::ollama::Finding& finding, const QString& left, const QString& right);

Q_SIGNALS:
  void compared(bool ok);

private:
  void showComparison(const md::ollama::ModelComparison& comparison);

  QString host_;
  QStringList stores_;
  QString model_;
  QPointer<JobHandle> job_;
  QComboBox* other_ = nullptr;
  QPushButton* compare_ = nullptr;
  Banner* banner_ = nullptr;
  QListWidget* findings_ = nullptr;
  QLabel* leftTitle_ = nullptr;
  QLabel* rightTitle_ = nullptr;
  QTreeWidget* leftLayers_ = nullptr;
  QTreeWidget* rightLayers_ = nullptr;
};

} // namespace ui
} // namespace md
