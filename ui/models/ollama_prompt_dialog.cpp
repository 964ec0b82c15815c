#include "ui/models/ollama_prompt_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/ollama/client.h"
#include "ui/shell/file_dialogs.h"
#include "ui/shell/job.h"
#include "ui/shell/job_view.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

namespace {
constexpr qint64 kMaxImageBytes = 32 << 20;
}

OllamaPromptDialog::OllamaPromptDialog(const QString& hostUrl, const QString& model, bool vision, QWidget* parent)
    : QDialog(parent), host_(hostUrl), model_(model), vision_(vision) {
  setObjectName(QStringLiteral("ollamaPromptDialog"));
  setWindowTitle(tr("Test prompt: %1").arg(model));
  auto* layout = new QVBoxLayout(this);
  prompt_ = new QPlainTextEdit(this);
  prompt_->setObjectName(QStringLiteral("promptText"));
  prompt_->setPlaceholderText(tr("Ask the model something…"));
  prompt_->setPlainText(tr("Say hello in one sentence."));
  prompt_->setMaximumHeight(90);
  auto* row = new QHBoxLayout;
  attach_ = new QPushButton(tr("Attach image…"), this);
  attach_->setObjectName(QStringLiteral("attachImage"));
  attach_->setEnabled(vision);
  attach_->setToolTip(vision ? tr("Send an image with the prompt") : tr("This model has no vision capability"));
  attachments_ = new QLabel(this);
  attachments_->setWordWrap(true);
  row->addWidget(attach_);
  row->addWidget(attachments_, 1);
  jobView_ = new JobView(this);
  jobView_->setObjectName(QStringLiteral("promptJob"));
  jobView_->setCountsItems(true);
  jobView_->setPhaseNames({{QStringLiteral("waiting"), tr("Waiting for the model (it may be loading)")},
                           {QStringLiteral("answering"), tr("Answering (tokens)")}});
  answer_ = new QPlainTextEdit(this);
  answer_->setObjectName(QStringLiteral("promptAnswer"));
  answer_->setReadOnly(true);
  stats_ = new QLabel(this);
  stats_->setObjectName(QStringLiteral("promptStats"));
  auto* buttons = new QDialogButtonBox(this);
  send_ = buttons->addButton(tr("Send"), QDialogButtonBox::ActionRole);
  send_->setObjectName(QStringLiteral("promptSend"));
  send_->setDefault(true);
  stop_ = buttons->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
  stop_->setObjectName(QStringLiteral("promptStop"));
  stop_->setEnabled(false);
  auto* close = buttons->addButton(QDialogButtonBox::Close);
  layout->addWidget(prompt_);
  layout->addLayout(row);
  layout->addWidget(jobView_);
  layout->addWidget(answer_, 1);
  layout->addWidget(stats_);
  layout->addWidget(buttons);

  connect(send_, &QPushButton::clicked, this, &OllamaPromptDialog::send);
  connect(stop_, &QPushButton::clicked, this, &OllamaPromptDialog::stop);
  connect(close, &QPushButton::clicked, this, &QDialog::reject);
  connect(attach_, &QPushButton::clicked, this, [this] {
    const QString file = file_dialogs::openFileName(this, tr("Attach an image"),
                                                    tr("Images (*.png *.jpg *.jpeg *.webp *.gif);;All files (*)"));
    if (!file.isEmpty())
      attachImage(file);
  });
  updateAttachments();
  resize(600, 460);
}

OllamaPromptDialog::~OllamaPromptDialog() = default; // the job (owned by this) is cancelled

bool OllamaPromptDialog::attachImage(const QString& path) {
  if (!vision_)
    return false;
  const QFileInfo info(path);
  if (!info.isFile() || info.size() > kMaxImageBytes) {
    jobView_->showMessage(Banner::Kind::Error, [path] {
      return tr("“%1” is not an image file ModelDesk can send (at most 32 MB).").arg(QDir::toNativeSeparators(path));
    });
    return false;
  }
  images_ << path;
  updateAttachments();
  return true;
}

void OllamaPromptDialog::updateAttachments() {
  QStringList names;
  for (const QString& image : images_)
    names << QFileInfo(image).fileName();
  attachments_->setText(names.isEmpty() ? QString() : tr("Attached: %1").arg(listText(names)));
}

void OllamaPromptDialog::send() {
  const QString text = prompt_->toPlainText().trimmed();
  if (text.isEmpty() || isRunning())
    return;
  jobView_->clearBanner();
  answer_->clear();
  stats_->clear();
  tokensPerSecond_ = 0;
  stopped_ = false;
  // The images are read on the job thread, not here: they can be large or on a slow disk.
  auto work = [url = host_.toStdString(), model = model_.toStdString(), text = text.toStdString(),
               images = images_](md::ProgressReporter& progress) -> md::Result<md::ollama::GenerationResult> {
    md::ollama::ChatMessage message{"user", text, {}};
    for (const QString& path : images) {
      QFile file(path);
      QByteArray bytes;
      if (file.open(QIODevice::ReadOnly))
        bytes = file.read(kMaxImageBytes + 1);
      if (!file.isOpen() || file.error() != QFileDevice::NoError || bytes.size() > kMaxImageBytes)
        return md::makeError(md::ErrorCode::Io, tr("Could not read “%1”: %2")
                                                    .arg(QDir::toNativeSeparators(path),
                                                         bytes.size() > kMaxImageBytes ? tr("it is larger than 32 MB")
                                                                                       : file.errorString())
                                                    .toStdString());
      message.images.push_back(bytes.toStdString()); // the client sends them base64-encoded
      if (progress.cancelled())
        return md::ProgressReporter::cancelledError();
    }
    md::ollama::ChatRequest request{model, {std::move(message)}, nlohmann::json::object()};
    md::ollama::ClientOptions options;
    options.requestTimeout = std::chrono::minutes(10); // a cold model can take long to load
    // Ollama sends nothing while it loads a big model: allow ten minutes of
    // silence (Stop still ends it at once).
    options.streamStallSeconds = 600;
    progress.beginPhase("waiting", 0);
    std::uint64_t pieces = 0;
    return md::ollama::Client(url, options)
        .chat(
            request,
            [&progress, &pieces](const std::string& piece) {
              if (pieces++ == 0)
                progress.beginPhase("answering", 0);
              progress.piece(piece);
              progress.update(pieces);
              return !progress.cancelled();
            },
            progress.cancelToken());
  };
  job_ = runJob(this, work, [this](md::Result<md::ollama::GenerationResult> result) {
    job_.clear();
    send_->setEnabled(true);
    stop_->setEnabled(false);
    if (result) {
      tokensPerSecond_ = result->tokensPerSecond();
      stats_->setText(tr("%1 tokens in %2 s · %3 tokens/s")
                          .arg(result->evalCount)
                          .arg(QLocale().toString(double(result->evalDurationNs) / 1e9, 'f', 3))
                          .arg(QLocale().toString(tokensPerSecond_, 'f', 1)));
    } else if (result.error().code == md::ErrorCode::Cancelled || stopped_) {
      stats_->setText(tr("Stopped."));
    } else {
      jobView_->showError(result.error());
    }
    Q_EMIT answerFinished(result.ok());
  });
  connect(job_, &JobHandle::pieces, this, &OllamaPromptDialog::showPieces);
  jobView_->track(job_);
  send_->setEnabled(false);
  stop_->setEnabled(true);
}

void OllamaPromptDialog::stop() {
  stopped_ = true;
  if (job_)
    job_->cancel();
}

void OllamaPromptDialog::showPieces(const QString& text) {
  QTextCursor cursor = answer_->textCursor();
  cursor.movePosition(QTextCursor::End);
  cursor.insertText(text);
}

} // namespace ui
} // namespace md
