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

class JobHandle;
class JobView;
struct JobItem;

class OllamaPullDialog : public QDialog {
  Q_OBJECT
public:
  explicit OllamaPullDialog(const QString& hostUrl, QWidget* parent = nullptr);
  ~OllamaPullDialog() override;

  QString pulledModel() const { return model_; }
  bool isRunning() const { return !job_.isNull(); }
  void startPull();

Q_SIGNALS:
  void pullFinished(bool ok);

private:
  void checkName();
  void showLayers(const QList<JobItem>& changed);

  QString host_;
  QString model_;
  QPointer<JobHandle> job_;
  QLabel* nameProblem_ = nullptr;
  QLineEdit* nameEdit_ = nullptr;
  QPushButton* pullButton_ = nullptr;
  QPushButton* closeButton_ = nullptr;
  JobView* jobView_ = nullptr;
  QTreeWidget* layers_ = nullptr;
};

} // namespace ui
} // namespace md
