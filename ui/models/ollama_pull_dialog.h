#pragma once
// Pull…: a model name (checked against Ollama's rules), then POST /api/pull
// on the job pool: one overall bar with rate, ETA and Cancel (ProgressPanel)
// and a list with the progress of every layer.

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace md {
namespace ui {

class Banner;
class JobHandle;
class ProgressPanel;

class OllamaPullDialog : public QDialog {
  Q_OBJECT
public:
  explicit OllamaPullDialog(const QString& hostUrl, QWidget* parent = nullptr);
  ~OllamaPullDialog() override;

  QLineEdit* nameEdit() const { return nameEdit_; }
  QPushButton* pullButton() const { return pullButton_; }
  ProgressPanel* progressPanel() const { return progress_; }
  QTreeWidget* layers() const { return layers_; }
  Banner* banner() const { return banner_; }
  QString pulledModel() const { return model_; }
  bool isRunning() const { return !job_.isNull(); }
  void startPull();

  struct State; // shared with the job thread

Q_SIGNALS:
  void pullFinished(bool ok);

private:
  void checkName();
  void showLayers();

  QString host_;
  QString model_;
  std::shared_ptr<State> state_;
  QPointer<JobHandle> job_;
  QLabel* nameProblem_ = nullptr;
  QLineEdit* nameEdit_ = nullptr;
  QPushButton* pullButton_ = nullptr;
  QPushButton* closeButton_ = nullptr;
  Banner* banner_ = nullptr;
  ProgressPanel* progress_ = nullptr;
  QTreeWidget* layers_ = nullptr;
  QTimer* drainTimer_ = nullptr;
};

} // namespace ui
} // namespace md
