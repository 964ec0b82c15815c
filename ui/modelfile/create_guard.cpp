#include "ui/modelfile/create_guard.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

#include "core/modelfile/validator.h"
#include "ui/shell/core_text.h"

namespace md {
namespace ui {

class CreateGuard {
  Q_DECLARE_TR_FUNCTIONS(md::ui::CreateGuard)
};

std::optional<EditorDiagnostic> firstModelfileError(const QString& text, const QVector<EditorDiagnostic>& live) {
  md::modelfile::CheckOptions options;
  options.checkPaths = false;
  const auto report = md::modelfile::check(text.toStdString(), options);
  for (const auto& d : report.diagnostics) {
    if (d.severity != md::modelfile::Severity::Error)
      continue;
    EditorDiagnostic first;
    first.message = coreText(d.text);
    first.line = qMax(1, d.span.line);
    first.wholeFile = d.wholeFile(); // "no FROM line"
    return first;
  }
  for (const auto& d : live)
    if (d.severity == EditorDiagnostic::Severity::Error)
      return d;
  return std::nullopt;
}

void askCreateDespiteErrors(QWidget* parent, const EditorDiagnostic& first, std::function<void()> proceed) {
  auto* box = new QMessageBox(
      QMessageBox::Warning, CreateGuard::tr("The Modelfile has errors"),
      !first.wholeFile
          ? CreateGuard::tr("Ollama will most likely refuse this Modelfile. The first problem is on line %1: %2")
                .arg(first.line)
                .arg(first.message)
          : CreateGuard::tr("Ollama will most likely refuse this Modelfile: %1").arg(first.message),
      QMessageBox::NoButton, parent);
  box->setObjectName(QStringLiteral("createWithErrorsQuestion"));
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->setInformativeText(CreateGuard::tr("Create the model anyway?"));
  QPushButton* anyway = box->addButton(CreateGuard::tr("Create Anyway"), QMessageBox::AcceptRole);
  anyway->setObjectName(QStringLiteral("createAnywayButton"));
  QPushButton* cancel = box->addButton(QMessageBox::Cancel);
  box->setDefaultButton(cancel);
  QObject::connect(box, &QMessageBox::buttonClicked, box, [anyway, proceed](QAbstractButton* clicked) {
    if (clicked == anyway)
      proceed();
  });
  box->open();
}

} // namespace ui
} // namespace md
