#include "ui/modelfile/live_validator.h"

#include "core/modelfile/validator.h"
#include "core/util/paths.h"
#include "ui/shell/core_text.h"
#include "ui/shell/job.h"

namespace md {
namespace ui {

namespace {

EditorDiagnostic toEditorDiagnostic(const md::modelfile::Diagnostic& d) {
  EditorDiagnostic out;
  switch (d.severity) {
  case md::modelfile::Severity::Error: out.severity = EditorDiagnostic::Severity::Error; break;
  case md::modelfile::Severity::Warning: out.severity = EditorDiagnostic::Severity::Warning; break;
  case md::modelfile::Severity::Info: out.severity = EditorDiagnostic::Severity::Info; break;
  }
  out.message = coreText(d.text); // the reader's language, no line number in it
  out.line = qMax(1, d.span.line);
  out.wholeFile = d.wholeFile();
  out.column = d.span.column;
  out.endLine = qMax(out.line, d.span.endLine);
  out.endColumn = d.span.endColumn;
  return out;
}

} // namespace

LiveValidator::LiveValidator(QObject* parent) : QObject(parent) {
  timer_.setSingleShot(true);
  timer_.setInterval(300);
  connect(&timer_, &QTimer::timeout, this, &LiveValidator::checkNow);
}

void LiveValidator::watch(QTextDocument* document) {
  document_ = document;
  connect(document, &QTextDocument::contentsChanged, this, [this] {
    ++generation_; // a run already under way is now stale
    timer_.start();
  });
}

void LiveValidator::checkNow() {
  timer_.stop();
  if (!document_)
    return;
  const QString text = document_->toPlainText();
  const quint64 generation = ++generation_;
  md::modelfile::CheckOptions options;
  options.checkPaths = !dir_.isEmpty();
  options.modelfileDir = md::pathFromUtf8(dir_.toStdString());
  auto work = [utf8 = text.toStdString(), options](md::ProgressReporter&) -> md::Result<md::modelfile::CheckReport> {
    return md::modelfile::check(utf8, options);
  };
  ++running_;
  runJob(this, work, [this, generation](md::Result<md::modelfile::CheckReport> result) {
    --running_;
    if (generation != generation_ || !result.ok())
      return;
    diagnostics_.clear();
    for (const auto& d : result->diagnostics)
      diagnostics_.append(toEditorDiagnostic(d));
    Q_EMIT diagnosticsReady(diagnostics_);
  });
}

} // namespace ui
} // namespace md
