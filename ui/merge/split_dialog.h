#pragma once
// "Split…": the reverse of a shard merge, for a model too big for a file
// system (FAT32's 4 GiB), an upload limit or a download site. Splits one GGUF
// into llama.cpp-compatible shards by size or tensor count, on the job pool,
// with progress and Cancel; nothing appears under the final names until every
// shard is written and verified.

#include <QDialog>
#include <QStringList>

#include <functional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace md {
struct Error;
namespace ui {

class Banner;
class ProgressPanel;

class SplitDialog : public QDialog {
  Q_OBJECT
public:
  explicit SplitDialog(const QString& inputPath, QWidget* parent = nullptr);

  // The shards of the last successful split.
  QStringList shards() const { return shards_; }

  // Asked before replacing shards that exist; tests replace it.
  using Confirmation = std::function<bool(const QString& question)>;
  void setConfirmation(Confirmation confirm) { confirm_ = std::move(confirm); }

  // Starts the split with the current settings (the Split button).
  void start(bool overwrite = false);

Q_SIGNALS:
  void finished(bool ok);
  void inspectRequested(const QString& path);
  void mergeRequested(const QStringList& paths);

protected:
  void changeEvent(QEvent* event) override;
  void reject() override;

private:
  void retranslate();
  void updateState();
  void browseFolder();
  void showResult(const QStringList& shards, quint64 bytes);
  void showFailure(const md::Error& error);

  QString input_;
  QStringList shards_;
  Confirmation confirm_;
  bool running_ = false;

  QLabel* intro_ = nullptr;
  QRadioButton* bySize_ = nullptr;
  QRadioButton* byTensors_ = nullptr;
  QLineEdit* maxSize_ = nullptr;
  QSpinBox* maxTensors_ = nullptr;
  QLabel* sizeHint_ = nullptr;
  QLabel* folderLabel_ = nullptr;
  QLineEdit* folder_ = nullptr;
  QPushButton* browse_ = nullptr;
  QLabel* prefixLabel_ = nullptr;
  QLineEdit* prefix_ = nullptr;
  QLabel* namePreview_ = nullptr;
  Banner* banner_ = nullptr;
  ProgressPanel* progress_ = nullptr;
  QLabel* result_ = nullptr;
  QPushButton* split_ = nullptr;
  QPushButton* close_ = nullptr;
  QPushButton* inspectFirst_ = nullptr;
  QPushButton* checkMerge_ = nullptr;
};

} // namespace ui
} // namespace md
