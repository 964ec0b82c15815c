#pragma once

#include <functional>

#include "core/merge/merge_engine.h"
#include "ui/shell/page.h"

class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedLayout;

namespace md {
namespace ui {

class Banner;
class DropHint;
class MergeOutputStep;
class MergePlanView;
class JobView;

// The merge wizard: 1 files → 2 the classified plan → 3 output folder and
// name → 4 run with progress and Cancel → 5 result (path, size, SHA-256).
class MergePage : public Page {
  Q_OBJECT
public:
  enum class Step { Empty, Files, Plan, Output, Running, Result };
  using OverwritePrompt = std::function<bool(const QString& path)>;

  explicit MergePage(QWidget* parent = nullptr);

  QString title() const override { return tr("Merge"); }
  QString iconName() const override { return QStringLiteral("merge"); }
  void receiveDrop(const DropDecision& decision) override;

  QStringList inputPaths() const;
  void removeSelectedFiles();
  // "shared blocks (a clone…), then a copy inside the kernel" for a
  // MergeResult::method such as "clone+copy_file_range".
  static QString methodText(const std::string& method);
  Step step() const { return step_; }
  void setOllamaVersion(const QString& version) { ollamaVersion_ = version; }
  void setOverwritePrompt(OverwritePrompt prompt) { confirmOverwrite_ = std::move(prompt); }

  // Actions of the wizard, also used by tests.
  void checkFiles();   // Files → Plan (classifies on a worker thread)
  void chooseOutput(); // Plan → Output
  void startMerge();   // Output → Running → Result
  void startOver();

  const merge::MergeResult& result() const { return result_; }

Q_SIGNALS:
  void stepChanged(md::ui::MergePage::Step step);
  void inspectRequested(const QString& path);
  // Make an Ollama model from these GGUFs (each a FROM line).
  void modelfileRequested(const QStringList& ggufPaths);
  // "Import into Ollama…" of the merged file.
  void importRequested(const QStringList& paths);

protected:
  void retranslate() override;
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  QWidget* buildFilesStep();
  QWidget* buildRunningStep();
  QWidget* buildResultStep();
  QHBoxLayout* buildNavigation();
  void addFiles();
  void setStep(Step step);
  void showResult(const merge::MergeResult& result);
  void updateButtons();

  Step step_ = Step::Empty;
  QString ollamaVersion_;
  OverwritePrompt confirmOverwrite_;
  merge::MergePlan plan_;
  merge::MergeResult result_;
  QStackedLayout* stack_ = nullptr;
  QLabel* steps_ = nullptr;
  Banner* banner_ = nullptr;
  DropHint* dropArea_ = nullptr;
  QPushButton* pickButton_ = nullptr;
  QLabel* heading_ = nullptr;
  QListWidget* list_ = nullptr;
  QPushButton* addButton_ = nullptr;
  MergePlanView* planView_ = nullptr;
  MergeOutputStep* outputStep_ = nullptr;
  JobView* jobView_ = nullptr;
  QLabel* resultText_ = nullptr;
  QPushButton* inspectButton_ = nullptr;
  QPushButton* createButton_ = nullptr;
  QPushButton* importButton_ = nullptr;
  QPushButton* revealButton_ = nullptr;
  QPushButton* removeButton_ = nullptr;
  QLabel* runningTitle_ = nullptr;
  QString runningOutput_;
  QPushButton* copyShaButton_ = nullptr;
  QPushButton* backButton_ = nullptr;
  QPushButton* nextButton_ = nullptr;
  QPushButton* startOverButton_ = nullptr;
};

} // namespace ui
} // namespace md
