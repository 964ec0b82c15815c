// The "Import into Ollama" dialog's widgets (import_dialog.h): the setup
// page (plan table, name, preflight checklist, template plan), the result
// page, and their texts in the reader's language.
#include "ui/import/import_dialog.h"
#include "ui/import/quantize_choice.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/modelfile/plan_text.h"
#include "ui/modelfile/template_plan_view.h"
#include "ui/shell/banner.h"
#include "ui/shell/core_text.h"
#include "ui/shell/job_view.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

namespace {

QLabel* richLabel(QWidget* parent, const char* name) {
  auto* label = new QLabel(parent);
  label->setObjectName(QLatin1String(name));
  label->setWordWrap(true);
  label->setTextFormat(Qt::RichText);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  return label;
}

} // namespace

QWidget* ImportDialog::buildSetupPage() {
  auto* page = new QWidget(this);
  auto* columns = new QHBoxLayout(page);
  columns->setContentsMargins(0, 0, 0, 0);
  auto* left = new QVBoxLayout;
  planCaption_ = makeHeading(page);
  planTable_ = new QTreeWidget(page);
  planTable_->setObjectName(QStringLiteral("importPlanTable"));
  planTable_->setColumnCount(4);
  planTable_->setRootIsDecorated(false);
  planTable_->header()->setStretchLastSection(true);
  planTable_->setMinimumHeight(90);
  planTable_->setMaximumHeight(190); // a few blobs: the checklist below gets the room
  left->addWidget(planCaption_);
  left->addWidget(planTable_, 1);
  auto* nameRow = new QHBoxLayout;
  nameLabel_ = new QLabel(page);
  nameEdit_ = new QLineEdit(page);
  nameEdit_->setObjectName(QStringLiteral("importNameEdit"));
  nameLabel_->setBuddy(nameEdit_);
  replace_ = new QCheckBox(page);
  replace_->setObjectName(QStringLiteral("importReplace"));
  replace_->setVisible(false);
  nameRow->addWidget(nameLabel_);
  nameRow->addWidget(nameEdit_, 1);
  nameRow->addWidget(replace_);
  left->addLayout(nameRow);
  nameProblem_ = new QLabel(page);
  nameProblem_->setObjectName(QStringLiteral("importNameProblem"));
  nameProblem_->setWordWrap(true);
  nameProblem_->setStyleSheet(QStringLiteral("QLabel { color: #b02020; }"));
  left->addWidget(nameProblem_);
  quantize_ = new QuantizeChoice(page);
  left->addWidget(quantize_);
  preflightCaption_ = makeHeading(page);
  preflight_ = richLabel(page, "importPreflight");
  left->addWidget(preflightCaption_);
  left->addWidget(preflight_);
  left->addStretch(1);
  templatePlan_ = new TemplatePlanView(page);
  templatePlan_->setObjectName(QStringLiteral("importTemplatePlan"));
  // The Modelfile the import sends, kept in memory (Save Modelfile… is optional).
  auto* right = new QVBoxLayout;
  modelfileCaption_ = makeHeading(page);
  modelfilePreview_ = new QPlainTextEdit(page);
  modelfilePreview_->setObjectName(QStringLiteral("importModelfile"));
  modelfilePreview_->setReadOnly(true);
  modelfilePreview_->setLineWrapMode(QPlainTextEdit::NoWrap);
  modelfilePreview_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  right->addWidget(templatePlan_);
  right->addWidget(modelfileCaption_);
  right->addWidget(modelfilePreview_, 1);
  columns->addLayout(left, 3);
  columns->addLayout(right, 2);
  return page;
}

QWidget* ImportDialog::buildResultPage() {
  auto* page = new QWidget(this);
  auto* layout = new QVBoxLayout(page);
  resultText_ = richLabel(page, "importResult");
  layout->addWidget(resultText_);
  layout->addStretch(1);
  return page;
}

void ImportDialog::retranslate() {
  setWindowTitle(tr("Import into Ollama"));
  heading_->setText(tr("Import into Ollama"));
  hostLabel_->setText(tr("Ollama at %1").arg(host_));
  hostLabel_->setToolTip(tr("The server chosen on the Models page (by default the one OLLAMA_HOST names)"));
  planCaption_->setText(tr("What the files become"));
  planTable_->setHeaderLabels({tr("Role"), tr("Name in Ollama"), tr("Size"), tr("Made from")});
  nameLabel_->setText(tr("Model name:"));
  nameEdit_->setPlaceholderText(tr("e.g. my-model:q4_k_m"));
  replace_->setText(tr("Replace it"));
  preflightCaption_->setText(tr("Before importing"));
  modelfileCaption_->setText(tr("Modelfile (in memory)"));
  saveButton_->setText(tr("Save Modelfile…"));
  saveButton_->setToolTip(tr("Optional: Ollama does not need the file; the import keeps it in memory."));
  openModelfileButton_->setText(tr("Open Modelfile"));
  promptButton_->setText(tr("Test prompt…"));
  showButton_->setText(tr("Show in Models"));
  checkButton_->setText(tr("Check again"));
  importButton_->setText(tr("Import"));
  jobView_->setPhaseNames(ImportText::phaseNames());
  if (plan_)
    fillPlanTable();
  if (check_ && plan_)
    showCheck(*check_);
  if (result_ && plan_)
    resultText_->setText(ImportText::resultText(*plan_, *result_));
  if (serverError_)
    showServerError();
  updateButtons();
}

// The server did not answer: why, and that the plan is for the newest version known.
void ImportDialog::showServerError() {
  banner_->showMessage(Banner::Kind::Error,
                       [error = *serverError_, server = plan_ ? plan_->server : md::Version{}]() -> QString {
                         return describeError(error) + QLatin1Char('\n') +
                                tr("The plan below is for %1. Start Ollama, then press “Check again”.")
                                    .arg(PlanText::ollamaVersion(server));
                       });
}

} // namespace ui
} // namespace md
