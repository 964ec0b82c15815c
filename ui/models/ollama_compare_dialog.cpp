#include "ui/models/ollama_compare_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/stores/store_locations.h"
#include "core/util/paths.h"
#include "ui/models/ollama_details.h"
#include "ui/shell/banner.h"
#include "ui/shell/job.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

namespace {

QTreeWidget* makeLayers(QWidget* parent) {
  auto* tree = new QTreeWidget(parent);
  tree->setRootIsDecorated(false);
  tree->setHeaderLabels(
      {OllamaCompareDialog::tr("Layer"), OllamaCompareDialog::tr("Size"), OllamaCompareDialog::tr("Digest")});
  tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  return tree;
}

void fillLayers(QTreeWidget* tree, const md::ollama::ModelProfile& profile, const QSet<QString>& shared) {
  tree->clear();
  for (const auto& layer : profile.layers) {
    const QString digest = QString::fromStdString(layer.digest);
    auto* item = new QTreeWidgetItem(
        tree, {OllamaDetails::layerKindText(layer.mediaType), sizeText(layer.size), digest.mid(7, 12)});
    item->setToolTip(2, digest);
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    if (shared.contains(digest)) {
      item->setBackground(2, QColor(0x2e, 0x9d, 0x4f, 50));
      item->setToolTip(2, OllamaCompareDialog::tr("%1 (the same blob in both models)").arg(digest));
    }
  }
}

} // namespace

OllamaCompareDialog::OllamaCompareDialog(const QString& hostUrl, const QStringList& stores, const QString& model,
                                         const QStringList& others, QWidget* parent)
    : QDialog(parent), host_(hostUrl), stores_(stores), model_(model) {
  setObjectName(QStringLiteral("ollamaCompareDialog"));
  setWindowTitle(tr("Compare models"));
  auto* layout = new QVBoxLayout(this);
  auto* pick = new QHBoxLayout;
  pick->addWidget(new QLabel(tr("Compare “%1” with:").arg(model), this));
  other_ = new QComboBox(this);
  other_->setObjectName(QStringLiteral("compareWith"));
  for (const QString& name : others)
    if (name != model)
      other_->addItem(name);
  compare_ = new QPushButton(tr("Compare"), this);
  compare_->setObjectName(QStringLiteral("compareButton"));
  compare_->setEnabled(other_->count() > 0);
  pick->addWidget(other_, 1);
  pick->addWidget(compare_);
  layout->addLayout(pick);
  banner_ = new Banner(this);
  banner_->setObjectName(QStringLiteral("compareBanner"));
  layout->addWidget(banner_);
  auto* findingsTitle = makeHeading(this);
  findingsTitle->setText(tr("What differs"));
  layout->addWidget(findingsTitle);
  findings_ = new QListWidget(this);
  findings_->setObjectName(QStringLiteral("compareFindings"));
  findings_->setWordWrap(true);
  findings_->setMaximumHeight(140);
  layout->addWidget(findings_);
  auto* sides = new QGridLayout;
  leftTitle_ = makeHeading(this);
  rightTitle_ = makeHeading(this);
  leftLayers_ = makeLayers(this);
  leftLayers_->setObjectName(QStringLiteral("compareLeftLayers"));
  rightLayers_ = makeLayers(this);
  rightLayers_->setObjectName(QStringLiteral("compareRightLayers"));
  sides->addWidget(leftTitle_, 0, 0);
  sides->addWidget(rightTitle_, 0, 1);
  sides->addWidget(leftLayers_, 1, 0);
  sides->addWidget(rightLayers_, 1, 1);
  layout->addLayout(sides, 1);
  if (stores.isEmpty()) {
    auto* note = new QLabel(tr("Layers are listed for the local server only; the findings come from /api/show."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
  }
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(compare_, &QPushButton::clicked, this, &OllamaCompareDialog::compare);
  leftTitle_->setText(model);
  resize(900, 560);
}

OllamaCompareDialog::~OllamaCompareDialog() = default;

QString OllamaCompareDialog::findingText(const md::ollama::Finding& finding, const QString& left,
                                         const QString& right) {
  using md::ollama::FindingKind;
  const QString who = finding.side == md::ollama::Side::Left ? left : right;
  const QString detail = QString::fromStdString(finding.detail).replace(QStringLiteral(" vs "), QStringLiteral(" ≠ "));
  switch (finding.kind) {
  case FindingKind::NoProjector: return tr("“%1” has no projector, so it cannot see images.").arg(who);
  case FindingKind::NoTemplate:
    return tr("“%1” has no template: it gets the bare prompt and may answer nonsense.").arg(who);
  case FindingKind::NoStopParameters:
    return tr("“%1” has no stop parameters: its answers may not end where they should.").arg(who);
  case FindingKind::NoSystem: return tr("“%1” has no system prompt.").arg(who);
  case FindingKind::DifferentFamily: return tr("The model families differ: %1.").arg(detail);
  case FindingKind::DifferentQuantization: return tr("The quantizations differ: %1.").arg(detail);
  case FindingKind::DifferentContextLength: return tr("The context lengths differ: %1.").arg(detail);
  case FindingKind::SameModelWeights: return tr("Both use the same model weights.");
  }
  return {};
}

void OllamaCompareDialog::compare() {
  const QString other = other_->currentText();
  if (other.isEmpty() || isRunning())
    return;
  // Nothing of the previous comparison stays: a failed one must not show the
  // old model's layers under the new name.
  banner_->clear();
  findings_->clear();
  leftLayers_->clear();
  rightLayers_->clear();
  rightTitle_->setText(other);
  auto work = [url = host_.toStdString(), stores = storePaths(stores_), left = model_.toStdString(),
               right = other.toStdString()](md::ProgressReporter& progress) -> md::Result<md::ollama::ModelComparison> {
    const md::ollama::Client client(url);
    // Each model's layers come from the first candidate store that holds it.
    auto storeOf = [&stores](const std::string& model) -> std::optional<std::filesystem::path> {
      if (stores.empty())
        return std::nullopt;
      auto found = md::stores::findStoreHolding(model, stores);
      return found ? std::optional<std::filesystem::path>(*found) : std::nullopt;
    };
    auto a = md::ollama::profileModel(client, left, storeOf(left), progress.cancelToken());
    if (!a)
      return a.error();
    auto b = md::ollama::profileModel(client, right, storeOf(right), progress.cancelToken());
    if (!b)
      return b.error();
    return md::ollama::compareProfiles(*a, *b);
  };
  job_ = runJob(this, work, [this](md::Result<md::ollama::ModelComparison> result) {
    job_.clear();
    compare_->setEnabled(true);
    if (!result) {
      banner_->showError(result.error());
      Q_EMIT compared(false);
      return;
    }
    showComparison(*result);
    Q_EMIT compared(true);
  });
  compare_->setEnabled(false);
}

void OllamaCompareDialog::showComparison(const md::ollama::ModelComparison& comparison) {
  const QString left = QString::fromStdString(comparison.left.name);
  const QString right = QString::fromStdString(comparison.right.name);
  for (const auto& finding : comparison.findings)
    findings_->addItem(findingText(finding, left, right));
  if (comparison.findings.empty())
    findings_->addItem(tr("No differences that change how the models behave."));
  QSet<QString> leftDigests, shared;
  for (const auto& layer : comparison.left.layers)
    leftDigests.insert(QString::fromStdString(layer.digest));
  for (const auto& layer : comparison.right.layers)
    if (leftDigests.contains(QString::fromStdString(layer.digest)))
      shared.insert(QString::fromStdString(layer.digest));
  fillLayers(leftLayers_, comparison.left, shared);
  fillLayers(rightLayers_, comparison.right, shared);
}

} // namespace ui
} // namespace md
