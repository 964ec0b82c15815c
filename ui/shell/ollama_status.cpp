#include "ui/shell/ollama_status.h"

#include "core/ollama/client.h"
#include "ui/shell/core_text.h"
#include "ui/shell/job.h"

namespace md {
namespace ui {

OllamaStatus::OllamaStatus(QString baseUrl, QObject* parent) : QObject(parent), baseUrl_(std::move(baseUrl)) {
  timer_.setInterval(5000);
  connect(&timer_, &QTimer::timeout, this, &OllamaStatus::checkNow);
}

void OllamaStatus::setBaseUrl(const QString& baseUrl) {
  if (baseUrl == baseUrl_)
    return;
  baseUrl_ = baseUrl;
  checked_ = false;
  reachable_ = false;
  version_.clear();
  error_.reset();
  ++generation_; // a check still running is for the old host: its answer is dropped
  if (running_)
    running_->cancel();
  running_.clear();
  Q_EMIT changed();
  checkNow();
}

void OllamaStatus::start() {
  timer_.start();
  checkNow();
}

void OllamaStatus::checkNow() {
  if (running_)
    return;
  const std::string url = baseUrl_.toStdString();
  auto work = [url](md::ProgressReporter& reporter) {
    md::ollama::ClientOptions options;
    options.connectTimeout = std::chrono::milliseconds(1500);
    options.requestTimeout = std::chrono::milliseconds(3000);
    return md::ollama::Client(url, options).version(reporter.cancelToken());
  };
  running_ = runJob(this, work, [this, generation = generation_](md::Result<std::string> result) {
    // A check for a host switched away from (even when it is the host again
    // now, after A → B → A) and a cancelled check say nothing about the host.
    if (generation != generation_ || (!result && result.error().code == md::ErrorCode::Cancelled))
      return;
    running_.clear();
    const bool wasReachable = reachable_;
    const QString oldVersion = version_;
    reachable_ = result.ok();
    version_ = result.ok() ? QString::fromStdString(*result) : QString();
    if (result)
      error_.reset();
    else
      error_ = result.error();
    if (!checked_ || wasReachable != reachable_ || oldVersion != version_) {
      checked_ = true;
      Q_EMIT changed();
    }
  });
}

QString OllamaStatus::errorText() const {
  return error_ ? describeError(*error_) : QString();
}

QString OllamaStatus::text() const {
  if (!checked_)
    return tr("Looking for Ollama at %1…").arg(baseUrl_);
  if (reachable_)
    return tr("Ollama %1 at %2").arg(version_, baseUrl_);
  return tr("Ollama is not running at %1").arg(baseUrl_);
}

} // namespace ui
} // namespace md
