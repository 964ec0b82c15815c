#include "ui/merge/merge_plan_view.h"

#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/ollama/version.h"
#include "core/util/paths.h"
#include "ui/shell/banner.h"
#include "ui/shell/core_text.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

QString modeText(merge::MergeMode mode) {
  switch (mode) {
  case merge::MergeMode::JoinParts: return MergePlanView::tr("Join byte-split parts");
  case merge::MergeMode::MergeShards: return MergePlanView::tr("Merge llama.cpp shards");
  case merge::MergeMode::ModelAndProjector: return MergePlanView::tr("A model with its projector");
  case merge::MergeMode::Nothing: return MergePlanView::tr("Nothing to merge");
  case merge::MergeMode::Refused: break;
  }
  return MergePlanView::tr("These files cannot be merged");
}

QString roleText(merge::FileRole role) {
  switch (role) {
  case merge::FileRole::Part: return MergePlanView::tr("Part");
  case merge::FileRole::Shard: return MergePlanView::tr("Shard");
  case merge::FileRole::Model: return MergePlanView::tr("Model");
  case merge::FileRole::Projector: return MergePlanView::tr("Projector");
  case merge::FileRole::Adapter: return MergePlanView::tr("Adapter");
  case merge::FileRole::NotGguf: return MergePlanView::tr("Not GGUF");
  case merge::FileRole::Unknown: break;
  }
  return MergePlanView::tr("Unknown");
}

MergePlanView::MergePlanView(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  heading_ = makeHeading(this);
  summary_ = new QLabel(this);
  summary_->setWordWrap(true);
  problems_ = new Banner(this);
  advice_ = new Banner(this);
  table_ = new QTableWidget(0, 5, this);
  table_->setObjectName(QStringLiteral("mergePlanTable"));
  table_->verticalHeader()->hide();
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->setWordWrap(true);
  createWithFiles_ = new QPushButton(this);
  createWithFiles_->setObjectName(QStringLiteral("createWithProjector"));
  legacy_ = new QCheckBox(this);
  legacy_->setObjectName(QStringLiteral("legacyConcat"));
  connect(legacy_, &QCheckBox::toggled, this, [this] { Q_EMIT canRunChanged(canRun()); });
  connect(createWithFiles_, &QPushButton::clicked, this, [this] {
    QStringList paths;
    for (const auto& file : plan_.files)
      if (file.role == merge::FileRole::Model || file.role == merge::FileRole::Projector ||
          file.role == merge::FileRole::Adapter)
        paths << QString::fromStdString(pathToUtf8(file.path));
    Q_EMIT createWithFilesRequested(paths);
  });
  layout->addWidget(heading_);
  layout->addWidget(summary_);
  layout->addWidget(problems_);
  layout->addWidget(advice_);
  layout->addWidget(table_, 1);
  layout->addWidget(createWithFiles_, 0, Qt::AlignLeft);
  layout->addWidget(legacy_);
  retranslate();
  refresh();
}

void MergePlanView::showPlan(const merge::MergePlan& plan, const QString& ollamaVersion) {
  plan_ = plan;
  ollamaVersion_ = ollamaVersion;
  legacy_->setChecked(false);
  refresh();
  Q_EMIT canRunChanged(canRun());
}

bool MergePlanView::legacyConcatChosen() const {
  return plan_.mode == merge::MergeMode::ModelAndProjector && legacy_->isChecked();
}

bool MergePlanView::canRun() const {
  if (!plan_.ok() || plan_.mode == merge::MergeMode::Nothing)
    return false;
  return plan_.mode != merge::MergeMode::ModelAndProjector || legacy_->isChecked();
}

QString MergePlanView::problemsText() const {
  return !problems_->isHidden() ? problems_->text() : QString();
}

QString MergePlanView::summaryText() const {
  return summary_->text();
}

void MergePlanView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    refresh();
  }
  QWidget::changeEvent(event);
}

void MergePlanView::retranslate() {
  heading_->setText(tr("The plan"));
  table_->setHorizontalHeaderLabels({tr("#"), tr("File"), tr("Role"), tr("Size"), tr("Why")});
  createWithFiles_->setText(tr("Create model with projector…"));
  legacy_->setText(tr("Concatenate anyway, for legacy Ollama (< 0.7.1)"));
}

void MergePlanView::refresh() {
  table_->setRowCount(0);
  for (const auto& file : plan_.files) {
    const int row = table_->rowCount();
    table_->insertRow(row);
    const bool bad = file.problem.has_value();
    const QString why = coreText(bad ? *file.problem : file.reason);
    const QStringList cells = {file.order ? QString::number(file.order) : QString(),
                               QString::fromStdString(pathToUtf8(file.path.filename())), roleText(file.role),
                               sizeText(file.size), why};
    for (int column = 0; column < cells.size(); ++column) {
      auto* item = new QTableWidgetItem(cells[column]);
      item->setToolTip(column == 1 ? QString::fromStdString(pathToUtf8(file.path)) : cells[column]);
      if (bad)
        item->setForeground(QColor(0xb0, 0x1c, 0x1c));
      table_->setItem(row, column, item);
    }
  }
  table_->resizeColumnsToContents();
  QString summary;
  if (!plan_.files.empty())
    summary = plan_.ok() ? tr("%1: %2 files, output %3")
                               .arg(modeText(plan_.mode))
                               .arg(plan_.files.size())
                               .arg(sizeText(plan_.outputSize))
                         : tr("%1: %2 files").arg(modeText(plan_.mode)).arg(plan_.files.size());
  if (!plan_.leftOut.empty()) {
    QStringList names;
    for (const auto& path : plan_.leftOut)
      names << QString::fromStdString(pathToUtf8(path.filename()));
    summary += (summary.isEmpty() ? QString() : QStringLiteral("\n")) +
               tr("Left out, as checksum files: %1").arg(listText(names));
  }
  summary_->setText(summary);
  if (plan_.problems.empty())
    problems_->clear();
  else
    problems_->showMessage(Banner::Kind::Error, [problems = plan_.problems] {
      QStringList lines;
      for (const auto& problem : problems)
        lines << coreText(problem);
      return lines.join(QLatin1Char('\n'));
    });

  const bool pair = plan_.ok() && plan_.mode == merge::MergeMode::ModelAndProjector;
  const auto version = ollama::parseVersion(ollamaVersion_.toStdString());
  const bool modern = !version || !(*version < ollama::kProjectorSeparateFile);
  createWithFiles_->setVisible(pair);
  legacy_->setVisible(pair);
  if (pair && modern)
    advice_->showMessage(Banner::Kind::Info, [connected = ollamaVersion_] {
      return tr("Ollama %1 reads the projector as a separate file: no merge is needed. Create the model with two FROM "
                "lines instead. Concatenating is only for legacy Ollama (< 0.7.1); newer Ollama drops the projector "
                "from a concatenated file.")
          .arg(connected.isEmpty() ? tr("0.7.1 and newer") : connected);
    });
  else if (pair)
    advice_->showMessage(Banner::Kind::Warning, [connected = ollamaVersion_] {
      return tr("The connected Ollama %1 is older than 0.7.1: it reads a model and projector concatenated in one "
                "file. Newer Ollama drops the projector from such a file.")
          .arg(connected);
    });
  else if (plan_.ok() && plan_.mode == merge::MergeMode::MergeShards)
    advice_->showMessage(Banner::Kind::Info, [] {
      return tr("Ollama 0.30 and newer imports llama.cpp shards directly. Merge them for LM Studio, older Ollama, or a "
                "single-file copy.");
    });
  else if (plan_.mode == merge::MergeMode::Nothing)
    advice_->showMessage(Banner::Kind::Info,
                         [] { return tr("This file is already a complete model: there is nothing to merge."); });
  else
    advice_->clear();
}

} // namespace ui
} // namespace md
