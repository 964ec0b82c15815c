#pragma once
// Polls GET /api/version at the Ollama host every few seconds, through core
// on a worker thread, and reports whether Ollama is reachable.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <optional>

#include "core/util/result.h"

namespace md {
namespace ui {

class JobHandle;

class OllamaStatus : public QObject {
  Q_OBJECT
public:
  explicit OllamaStatus(QString baseUrl, QObject* parent = nullptr);

  void setBaseUrl(const QString& baseUrl);
  QString baseUrl() const { return baseUrl_; }
  void setInterval(int milliseconds) { timer_.setInterval(milliseconds); }
  void start();
  void stop() { timer_.stop(); }
  // Starts a check now unless one is already running.
  void checkNow();

  bool isChecked() const { return checked_; } // an answer (or its absence) has come
  bool isReachable() const { return reachable_; }
  QString version() const { return version_; }
  QString text() const;      // translated, for the status bar
  QString errorText() const; // why it is unreachable, translated

Q_SIGNALS:
  void changed();

private:
  QString baseUrl_;
  QTimer timer_;
  QPointer<JobHandle> running_;
  bool checked_ = false;
  bool reachable_ = false;
  QString version_;
  std::optional<md::Error> error_;
  int generation_ = 0; // bumped on a host switch
};

} // namespace ui
} // namespace md
