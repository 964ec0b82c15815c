#pragma once
// Copy to host…: copies a model from the local Ollama server to another one
// without a registry (core's copyModelToHost on the job pool): the blobs the
// target lacks are uploaded, then the target creates the model from the same
// layers. A target URL (picked from the known hosts or typed), the name on
// the target, the store folder (the first candidate holding the model, or one
// picked with "Store folder…"), progress with rate, ETA and Cancel, the
// server's status lines. A model the target has already is replaced only
// after "Replace it?"; closing while copying asks "Stop copying …?".

#include <QDialog>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace md {
namespace ui {

class JobHandle;
class JobView;

class OllamaCopyHostDialog : public QDialog {
  Q_OBJECT
public:
  // `stores`: the folders the source server's store may be in, most likely
  // first (none: the source is remote, and copying is not possible from
  // here); the first holding the model is read. `targets`: known other servers.
  OllamaCopyHostDialog(const QString& sourceUrl, const QStringList& stores, const QString& model,
                       const QStringList& targets, QWidget* parent = nullptr);
  ~OllamaCopyHostDialog() override;

  bool isRunning() const { return !job_.isNull(); }
  QString targetUrl() const { return targetUrl_; }
  // When the target has a model of that name already, the copy asks
  // "Replace it?" and runs again with replaceExisting on yes.
  void startCopy(bool replaceExisting = false);

  // "Store folder…": a folder tried before the usual ones (for a server whose
  // OLLAMA_MODELS is elsewhere), remembered in QSettings.
  void setStoreFolder(const QString& folder);
  QString storeFolder() const { return storeFolder_; }
  QStringList storeCandidates() const;
  QString usedStore() const { return usedStore_; } // where the last copy read the model

  // Asks a yes/no question ("Stop copying …?"); a message box unless set
  // (tests answer it themselves).
  using Confirm = std::function<bool(const QString& question)>;
  void setConfirm(Confirm confirm) { confirm_ = std::move(confirm); }

  // Close, Esc and the window's close button: while a copy runs, only after
  // "Stop copying …?" is answered yes (the copy is cancelled then).
  void reject() override;

Q_SIGNALS:
  void copyFinished(bool ok);

private:
  void check();
  bool ask(const QString& title, const QString& question);
  void updateStoreLabel();

  QString source_;
  QStringList stores_;
  QString storeFolder_;
  QString usedStore_;
  QString model_;
  QString targetUrl_;
  QPointer<JobHandle> job_;
  Confirm confirm_;
  QComboBox* target_ = nullptr;
  QLineEdit* name_ = nullptr;
  QLabel* problem_ = nullptr;
  QLabel* storeLabel_ = nullptr;
  QPushButton* storeButton_ = nullptr;
  JobView* jobView_ = nullptr;
  QPushButton* copy_ = nullptr;
};

} // namespace ui
} // namespace md
