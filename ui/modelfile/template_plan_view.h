#pragma once
// Shows one template plan: what renders chats and why, the template Ollama
// detects, capability badges (tools, thinking, vision, …), the stops, and
// the plan's warnings (a clear one when nothing renders chats). Used by the
// Modelfile editor's pane and by the Create in Ollama dialog.

#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

#include "ui/modelfile/template_planner.h"

class QHBoxLayout;
class QLabel;

namespace md {
namespace ui {

class TemplatePlanView : public QWidget {
  Q_OBJECT
public:
  explicit TemplatePlanView(QWidget* parent = nullptr);

  void showOutcome(const PlanOutcome& outcome);
  // A line instead of a plan ("Asking Ollama for its version…"), built
  // again in the new language on a switch.
  void showMessage(std::function<QString()> text);

  QString headingText() const;
  QString rendersText() const;
  QString detectedText() const;
  QStringList capabilityTexts() const; // the badges, in order
  QString stopsText() const;
  QString warningsText() const; // one warning a line; empty when there are none
  bool hasWarnings() const;

  // The sentence for an outcome's problem (empty for none).
  static QString problemText(const PlanOutcome& outcome);

protected:
  void changeEvent(QEvent* event) override;

private:
  void render();
  void setBadges(const QStringList& names);

  std::optional<PlanOutcome> outcome_;
  std::function<QString()> message_;
  QLabel* heading_ = nullptr;
  QLabel* renders_ = nullptr;
  QLabel* detected_ = nullptr;
  QLabel* capabilitiesCaption_ = nullptr;
  QWidget* badges_ = nullptr;
  QHBoxLayout* badgeLayout_ = nullptr;
  QLabel* stops_ = nullptr;
  QLabel* warnings_ = nullptr;
};

} // namespace ui
} // namespace md
