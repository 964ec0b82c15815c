#pragma once
// Wizard step 2: the classified plan. One row per file with its role and
// reason, problems in red, advice as notes, and the choices that depend on
// the plan and the connected Ollama version (projector pairing, legacy concat).

#include <QWidget>

#include "core/merge/merge_plan.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace md {
namespace ui {

class Banner;

class MergePlanView : public QWidget {
  Q_OBJECT
public:
  explicit MergePlanView(QWidget* parent = nullptr);

  void showPlan(const merge::MergePlan& plan, const QString& ollamaVersion);
  // Whether the plan can run now (ok, and for a projector pair: legacy chosen).
  bool canRun() const;
  bool legacyConcatChosen() const;
  QString problemsText() const;
  QString summaryText() const;

Q_SIGNALS:
  void canRunChanged(bool canRun);
  // The user wants an Ollama model that uses these GGUFs as separate FROM lines.
  void createWithFilesRequested(const QStringList& paths);

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslate();
  void refresh();

  merge::MergePlan plan_;
  QString ollamaVersion_;
  QLabel* heading_ = nullptr;
  QLabel* summary_ = nullptr;
  QTableWidget* table_ = nullptr;
  Banner* problems_ = nullptr;
  Banner* advice_ = nullptr;
  QPushButton* createWithFiles_ = nullptr;
  QCheckBox* legacy_ = nullptr;
};

// Translated names for plan modes and file roles.
QString modeText(merge::MergeMode mode);
QString roleText(merge::FileRole role);

} // namespace ui
} // namespace md
