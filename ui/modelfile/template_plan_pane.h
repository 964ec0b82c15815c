#pragma once
// The Modelfile editor's pane "What Ollama X.Y will do": the version to plan
// for (the server's, asked with GET /api/version on the job pool while the
// pane is shown, or one the user picks when the server is not running), and
// the plan of the text being edited, updated as the user types.

#include <QWidget>

#include "core/util/version.h"

class QComboBox;
class QLabel;
class QTextDocument;

namespace md {
namespace ui {

class OllamaStatus;
class TemplatePlanner;
class TemplatePlanView;

class TemplatePlanPane : public QWidget {
  Q_OBJECT
public:
  explicit TemplatePlanPane(QWidget* parent = nullptr);

  // The server to ask (empty: OLLAMA_HOST).
  void setOllamaHost(const QString& url);
  void watch(QTextDocument* document);

  // The version plans are for: the server's, or the one picked.
  md::Version plannedVersion() const;
  bool isServerReachable() const;

  TemplatePlanner* planner() const { return planner_; }

  static constexpr md::Version kCurrentVersion{0, 33, 0};
  static constexpr md::Version kBeforeJinjaVersion{0, 29, 0};

protected:
  void changeEvent(QEvent* event) override;
  void showEvent(QShowEvent* event) override;
  void hideEvent(QHideEvent* event) override;

private:
  void retranslate();
  void updateVersion();

  QLabel* versionCaption_ = nullptr;
  QComboBox* versionCombo_ = nullptr;
  QLabel* serverLabel_ = nullptr;
  TemplatePlanView* view_ = nullptr;
  TemplatePlanner* planner_ = nullptr;
  OllamaStatus* status_ = nullptr;
};

} // namespace ui
} // namespace md
