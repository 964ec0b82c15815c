#include "ui/models/ollama_name_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/ollama/model_name.h"
#include "ui/modelfile/create_in_ollama_dialog.h"

namespace md {
namespace ui {

OllamaNameDialog::OllamaNameDialog(Mode mode, const QString& source, const QStringList& existing, QWidget* parent)
    : QDialog(parent), source_(source), existing_(existing) {
  setObjectName(QStringLiteral("ollamaNameDialog"));
  setWindowTitle(mode == Mode::Copy ? tr("Copy model") : tr("Rename model"));
  auto* layout = new QVBoxLayout(this);
  auto* prompt =
      new QLabel(mode == Mode::Copy ? tr("Copy “%1” as:").arg(source) : tr("Rename “%1” to:").arg(source), this);
  prompt->setWordWrap(true);
  edit_ = new QLineEdit(this);
  edit_->setObjectName(QStringLiteral("ollamaNewName"));
  edit_->setText(mode == Mode::Copy ? source.section(QLatin1Char(':'), 0, 0) + QStringLiteral(":copy") : source);
  edit_->selectAll();
  problem_ = new QLabel(this);
  problem_->setObjectName(QStringLiteral("ollamaNewNameProblem"));
  problem_->setWordWrap(true);
  QPalette warning = problem_->palette();
  warning.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
  problem_->setPalette(warning);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  ok_ = buttons->button(QDialogButtonBox::Ok);
  ok_->setObjectName(QStringLiteral("ollamaNewNameOk"));
  ok_->setText(mode == Mode::Copy ? tr("Copy") : tr("Rename"));
  layout->addWidget(prompt);
  layout->addWidget(edit_);
  layout->addWidget(problem_);
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(edit_, &QLineEdit::textChanged, this, &OllamaNameDialog::check);
  check();
  resize(420, sizeHint().height());
}

QString OllamaNameDialog::name() const {
  return edit_->text().trimmed();
}

void OllamaNameDialog::check() {
  const QString text = name();
  QString problem = CreateInOllamaDialog::nameProblemText(md::ollama::checkModelName(text.toStdString()));
  const QString full = text.contains(QLatin1Char(':')) ? text : text + QStringLiteral(":latest");
  if (problem.isEmpty() && (text == source_ || full == source_))
    problem = tr("Enter a new name.");
  else if (problem.isEmpty() && (existing_.contains(text) || existing_.contains(full)))
    problem = tr("A model named “%1” already exists.").arg(text);
  problem_->setText(problem);
  problem_->setVisible(!problem.isEmpty());
  ok_->setEnabled(problem.isEmpty());
}

} // namespace ui
} // namespace md
