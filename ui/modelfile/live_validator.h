#pragma once
// Checks the Modelfile as the user types: a short debounce after the last
// edit, then core's parse + validation on the job pool (FROM paths touch the
// disk, and the GUI thread does no I/O). Results of stale runs are dropped.

#include <QObject>
#include <QString>
#include <QTimer>
#include <QVector>

#include "ui/modelfile/modelfile_editor.h"

namespace md {
namespace ui {

class LiveValidator : public QObject {
  Q_OBJECT
public:
  explicit LiveValidator(QObject* parent = nullptr);

  void setDebounceMilliseconds(int ms) { timer_.setInterval(ms); }
  // The folder FROM paths are relative to; empty (an untitled buffer) skips path checks.
  void setModelfileDir(const QString& dir) { dir_ = dir; }

  // Schedules a check of `text` after the debounce delay.
  void schedule(const QString& text);
  // Starts a check now.
  void checkNow(const QString& text);

  const QVector<EditorDiagnostic>& diagnostics() const { return diagnostics_; }
  bool isBusy() const { return timer_.isActive() || running_ > 0; }

Q_SIGNALS:
  void diagnosticsReady(const QVector<md::ui::EditorDiagnostic>& diagnostics);

private:
  QTimer timer_;
  QString pending_;
  QString dir_;
  quint64 generation_ = 0;
  int running_ = 0;
  QVector<EditorDiagnostic> diagnostics_;
};

} // namespace ui
} // namespace md
