#pragma once
// Checks the Modelfile as the user types: a short debounce after the last
// edit, then core's parse + validation on the job pool (FROM paths touch the
// disk, and the GUI thread does no I/O). Results of stale runs are dropped.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTextDocument>
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

  // Checks `document` a short while after each edit (only its text is read,
  // on the GUI thread, when the delay is over).
  void watch(QTextDocument* document);
  // Starts a check of the watched document now.
  void checkNow();

  const QVector<EditorDiagnostic>& diagnostics() const { return diagnostics_; }
  bool isBusy() const { return timer_.isActive() || running_ > 0; }

Q_SIGNALS:
  void diagnosticsReady(const QVector<md::ui::EditorDiagnostic>& diagnostics);

private:
  QTimer timer_;
  QPointer<QTextDocument> document_;
  QString dir_;
  quint64 generation_ = 0;
  int running_ = 0;
  QVector<EditorDiagnostic> diagnostics_;
};

} // namespace ui
} // namespace md
