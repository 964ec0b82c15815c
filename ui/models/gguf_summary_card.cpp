#include "ui/models/gguf_summary_card.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "core/gguf/summary.h"
#include "core/util/paths.h"
#include "ui/models/quant_mix_bar.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

namespace {

const char* const kFactNames[] = {"architecture", "parameters", "quantization", "context", "size", "tensors"};
constexpr int kFactCount = 6;

QLabel* makeBadge(const QString& objectName, const QString& color, QWidget* parent) {
  auto* badge = new QLabel(parent);
  badge->setObjectName(objectName);
  badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 8px; padding: 2px 8px; "
                                      "font-weight: bold; }")
                           .arg(color));
  return badge;
}

} // namespace

GgufSummaryCard::GgufSummaryCard(QWidget* parent) : QFrame(parent) {
  setObjectName(QStringLiteral("summaryCard"));
  setFrameShape(QFrame::StyledPanel);
  auto* layout = new QVBoxLayout(this);

  auto* top = new QHBoxLayout;
  title_ = makeHeading(this);
  title_->setObjectName(QStringLiteral("modelTitle"));
  title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  roleBadge_ = makeBadge(QStringLiteral("roleBadge"), QStringLiteral("#3a7bd5"), this);
  incompleteBadge_ = makeBadge(QStringLiteral("incompleteBadge"), QStringLiteral("#c0392b"), this);
  incompleteBadge_->hide();
  top->addWidget(title_, 1);
  top->addWidget(roleBadge_);
  top->addWidget(incompleteBadge_);
  layout->addLayout(top);

  auto* grid = new QGridLayout;
  for (int i = 0; i < kFactCount; ++i) {
    auto* caption = new QLabel(this);
    auto* value = new QLabel(this);
    value->setObjectName(QStringLiteral("fact_") + QLatin1String(kFactNames[i]));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(caption, (i / 3) * 2, i % 3);
    grid->addWidget(value, (i / 3) * 2 + 1, i % 3);
    captions_ << caption;
    values_ << value;
  }
  layout->addLayout(grid);

  mixCaption_ = new QLabel(this);
  mix_ = new QuantMixBar(this);
  mix_->setObjectName(QStringLiteral("quantMix"));
  layout->addWidget(mixCaption_);
  layout->addWidget(mix_);
  retranslate();
}

QString GgufSummaryCard::roleBadgeText(const gguf::Summary& summary) {
  switch (summary.role) {
  case gguf::Role::Model: return tr("Model");
  case gguf::Role::Projector:
    if (summary.hasVision && summary.hasAudio)
      return tr("Vision and audio projector");
    return summary.hasAudio ? tr("Audio projector") : tr("Vision projector");
  case gguf::Role::Adapter: return tr("Adapter");
  case gguf::Role::Shard:
    if (summary.split)
      return tr("Shard %1 of %2").arg(summary.split->number).arg(summary.split->count);
    return tr("Shard");
  case gguf::Role::Part: return tr("Byte-split part");
  case gguf::Role::Unknown: return tr("Unknown");
  }
  return {};
}

QString GgufSummaryCard::incompleteBadgeText(const gguf::Summary& summary) {
  return summary.complete ? QString() : tr("Incomplete: %1 missing").arg(sizeText(summary.missingBytes));
}

void GgufSummaryCard::setGguf(const gguf::GgufFile& file, const gguf::Summary& summary) {
  file_ = &file;
  summary_ = &summary;
  std::vector<QuantMixBar::Segment> segments;
  for (const gguf::TypeShare& share : summary.typeMix)
    segments.push_back({QString::fromStdString(share.name), share.fraction});
  mix_->setSegments(std::move(segments));
  refresh();
}

void GgufSummaryCard::retranslate() {
  const QString captions[] = {tr("Architecture"), tr("Parameters"), tr("Quantization"),
                              tr("Context"),      tr("Size"),       tr("Tensors")};
  for (int i = 0; i < kFactCount; ++i)
    captions_[i]->setText(captions[i]);
  mixCaption_->setText(tr("Tensor bytes by type"));
  refresh();
}

void GgufSummaryCard::refresh() {
  if (!file_ || !summary_)
    return;
  const gguf::Summary& s = *summary_;
  const QString unknown = tr("unknown");
  title_->setText(s.name.empty() ? QString::fromStdString(pathToUtf8(file_->path.filename()))
                                 : QString::fromStdString(s.name));
  roleBadge_->setText(roleBadgeText(s));
  incompleteBadge_->setText(incompleteBadgeText(s));
  incompleteBadge_->setVisible(!s.complete);

  QString quantization = QString::fromStdString(s.fileType);
  if (quantization.isEmpty() && !s.typeMix.empty())
    quantization = QString::fromStdString(s.typeMix.front().name);
  QString size = sizeText(file_->fileSize);
  if (!s.complete)
    size = tr("%1 of %2").arg(size, sizeText(file_->expectedFileSize));
  const QString facts[] = {
      s.architecture.empty() ? unknown : QString::fromStdString(s.architecture),
      s.parameterCount ? QString::fromStdString(gguf::formatParameterCount(s.parameterCount)) : unknown,
      quantization.isEmpty() ? unknown : quantization,
      s.contextLength ? tr("%1 tokens").arg(QLocale().toString(static_cast<qulonglong>(*s.contextLength))) : unknown,
      size,
      QLocale().toString(static_cast<qulonglong>(file_->tensors.size())),
  };
  for (int i = 0; i < kFactCount; ++i)
    values_[i]->setText(facts[i]);
}

QString GgufSummaryCard::roleBadge() const {
  return roleBadge_->text();
}

QString GgufSummaryCard::incompleteBadge() const {
  return incompleteBadge_->isHidden() ? QString() : incompleteBadge_->text();
}

QString GgufSummaryCard::fact(const QString& name) const {
  for (int i = 0; i < kFactCount; ++i)
    if (name == QLatin1String(kFactNames[i]))
      return values_[i]->text();
  return {};
}

} // namespace ui
} // namespace md
