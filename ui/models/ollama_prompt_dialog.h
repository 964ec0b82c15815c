#pragma once
// Test prompt…: sends a prompt to a model with POST /api/chat on the job
// pool and shows the answer as it streams in, then the speed in tokens/s
// (eval_count / eval_duration). Stop ends the stream. "Attach image…" is
// enabled for vision models.

#include <QDialog>
#include <QPointer>
#include <QStringList>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace md {
namespace ui {

class JobView;
class JobHandle;

class OllamaPromptDialog : public QDialog {
  Q_OBJECT
public:
  OllamaPromptDialog(const QString& hostUrl, const QString& model, bool vision, QWidget* parent = nullptr);
  ~OllamaPromptDialog() override;

  bool isRunning() const { return !job_.isNull(); }
  double tokensPerSecond() const { return tokensPerSecond_; }

  // Adds an image file to the next prompt; false (with the reason shown)
  // when it cannot be read.
  bool attachImage(const QString& path);
  QStringList attachedImages() const { return images_; }
  void send();
  void stop();

Q_SIGNALS:
  void answerFinished(bool ok);

private:
  void showPieces(const QString& text);
  void updateAttachments();

  QString host_;
  QString model_;
  bool vision_ = false;
  QStringList images_;
  double tokensPerSecond_ = 0;
  bool stopped_ = false; // the user pressed Stop
  QPointer<JobHandle> job_;
  QPlainTextEdit* prompt_ = nullptr;
  QPlainTextEdit* answer_ = nullptr;
  QLabel* attachments_ = nullptr;
  QLabel* stats_ = nullptr;
  JobView* jobView_ = nullptr;
  QPushButton* attach_ = nullptr;
  QPushButton* send_ = nullptr;
  QPushButton* stop_ = nullptr;
};

} // namespace ui
} // namespace md
