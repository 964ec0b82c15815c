#include "ui/env/environment_page.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QProcessEnvironment>
#include <QTableWidget>
#include <QVBoxLayout>

namespace md {
namespace ui {

namespace {

struct VariableRow {
  QString name;
  QString purpose;
  QString defaultValue;
  bool secret = false;
};

QString homeJoin(const QString& relative) {
  return QDir::toNativeSeparators(QDir::home().filePath(relative));
}

QList<VariableRow> variableRows() {
  const auto env = QProcessEnvironment::systemEnvironment();
  const QString xdgCache = env.value(QStringLiteral("XDG_CACHE_HOME"));
  const QString hfDefault = xdgCache.isEmpty() ? homeJoin(QStringLiteral(".cache/huggingface"))
                                               : QDir::toNativeSeparators(xdgCache + QStringLiteral("/huggingface"));
  return {
      {QStringLiteral("OLLAMA_MODELS"), EnvironmentPage::tr("Where Ollama stores its models"),
       homeJoin(QStringLiteral(".ollama/models")), false},
      {QStringLiteral("OLLAMA_HOST"), EnvironmentPage::tr("The address the Ollama server listens on"),
       QStringLiteral("127.0.0.1:11434"), false},
      {QStringLiteral("HF_HOME"), EnvironmentPage::tr("The Hugging Face cache and settings"), hfDefault, false},
      {QStringLiteral("MODELSCOPE_CACHE"), EnvironmentPage::tr("The ModelScope download cache"),
       homeJoin(QStringLiteral(".cache/modelscope/hub")), false},
      {QStringLiteral("DASHSCOPE_API_KEY"), EnvironmentPage::tr("API key for Qwen models on DashScope"), QString(),
       true},
      {QStringLiteral("WANDB_API_KEY"), EnvironmentPage::tr("API key for Weights & Biases"), QString(), true},
  };
}

QString masked(const QString& secret) {
  if (secret.size() <= 8)
    return QString(secret.size(), QChar(0x2022));
  return QString(8, QChar(0x2022)) + secret.right(4);
}

} // namespace

EnvironmentPage::EnvironmentPage(QWidget* parent) : Page(parent) {
  auto* layout = new QVBoxLayout(this);
  intro_ = new QLabel(this);
  intro_->setWordWrap(true);
  table_ = new QTableWidget(this);
  table_->setObjectName(QStringLiteral("variables"));
  table_->setColumnCount(4);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->verticalHeader()->hide();
  table_->setWordWrap(false);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setStretchLastSection(true);
  layout->addWidget(intro_);
  layout->addWidget(table_, 1);
  retranslate();
}

void EnvironmentPage::retranslate() {
  intro_->setText(tr("These variables decide where models live and how tools reach them. "
                     "Values shown are those ModelDesk was started with."));
  table_->setHorizontalHeaderLabels(
      {tr("Variable"), tr("What it is for"), tr("Value now"), tr("Default on this system")});
  reload();
}

void EnvironmentPage::reload() {
  const auto env = QProcessEnvironment::systemEnvironment();
  const QList<VariableRow> rows = variableRows();
  table_->setRowCount(int(rows.size()));
  for (int row = 0; row < rows.size(); ++row) {
    const VariableRow& variable = rows[row];
    const QString value = env.value(variable.name);
    QString shown = value.isEmpty() ? tr("(not set)") : (variable.secret ? masked(value) : value);
    auto* name = new QTableWidgetItem(variable.name);
    QFont mono = name->font();
    mono.setFamily(QStringLiteral("monospace"));
    name->setFont(mono);
    table_->setItem(row, 0, name);
    table_->setItem(row, 1, new QTableWidgetItem(variable.purpose));
    auto* valueItem = new QTableWidgetItem(shown);
    if (value.isEmpty())
      valueItem->setForeground(palette().color(QPalette::PlaceholderText));
    table_->setItem(row, 2, valueItem);
    table_->setItem(row, 3,
                    new QTableWidgetItem(variable.defaultValue.isEmpty() ? tr("(none)") : variable.defaultValue));
  }
}

} // namespace ui
} // namespace md
