#include "ui/models/gguf_memory_panel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>

#include <algorithm>

#include "core/gguf/summary.h"
#include "core/util/paths.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

namespace {

constexpr std::uint64_t kFallbackContext = 4096;
constexpr std::uint64_t kMaxSliderContext = 10'000'000; // keeps the slider's int range safe

} // namespace

GgufMemoryPanel::GgufMemoryPanel(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("memoryPanel"));
  auto* layout = new QGridLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  caption_ = new QLabel(this);
  slider_ = new QSlider(Qt::Horizontal, this);
  slider_->setObjectName(QStringLiteral("contextSlider"));
  slider_->setRange(1, 16);
  context_ = new QLabel(this);
  context_->setObjectName(QStringLiteral("contextValue"));
  context_->setMinimumWidth(context_->fontMetrics().horizontalAdvance(QStringLiteral("1,000,000 tokens")));
  estimate_ = new QLabel(this);
  estimate_->setObjectName(QStringLiteral("memoryEstimate"));
  estimate_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(caption_, 0, 0);
  layout->addWidget(slider_, 0, 1);
  layout->addWidget(context_, 0, 2);
  layout->addWidget(estimate_, 1, 0, 1, 3);
  layout->setColumnStretch(1, 1);
  connect(slider_, &QSlider::valueChanged, this, &GgufMemoryPanel::refresh);
  retranslate();
}

void GgufMemoryPanel::setSummary(const gguf::Summary* summary) {
  summary_ = summary;
  // A projector or an adapter has no KV cache: the context slider would change nothing.
  const bool hasKvCache = summary && gguf::estimateMemory(*summary, kFallbackContext).kvCache > 0;
  for (QWidget* widget :
       {static_cast<QWidget*>(caption_), static_cast<QWidget*>(slider_), static_cast<QWidget*>(context_)})
    widget->setVisible(hasKvCache);
  std::uint64_t trained = summary && summary->contextLength ? *summary->contextLength : kFallbackContext;
  trained = std::clamp<std::uint64_t>(trained, kStep, kMaxSliderContext);
  const QSignalBlocker blocker(slider_);
  slider_->setRange(1, static_cast<int>((trained + kStep - 1) / kStep));
  slider_->setSingleStep(1);
  slider_->setPageStep(std::max(1, slider_->maximum() / 16));
  // Start where people usually run a model: 4096 tokens, or less when trained shorter.
  slider_->setValue(static_cast<int>(std::min<std::uint64_t>(kFallbackContext, trained) / kStep));
  refresh();
}

void GgufMemoryPanel::setContextLength(std::uint64_t tokens) {
  slider_->setValue(static_cast<int>(std::max<std::uint64_t>(1, tokens / kStep)));
}

std::uint64_t GgufMemoryPanel::contextLength() const {
  return static_cast<std::uint64_t>(slider_->value()) * kStep;
}

QString GgufMemoryPanel::estimateText() const {
  return estimate_->text();
}

void GgufMemoryPanel::retranslate() {
  caption_->setText(tr("Context length"));
  refresh();
}

void GgufMemoryPanel::refresh() {
  context_->setText(tr("%1 tokens").arg(QLocale().toString(static_cast<qulonglong>(contextLength()))));
  if (!summary_) {
    estimate_->clear();
    return;
  }
  const gguf::MemoryEstimate estimate = gguf::estimateMemory(*summary_, contextLength());
  if (estimate.kvCache == 0) {
    estimate_->setText(
        tr("Memory: about %1 for the weights (no KV cache facts in this file)").arg(sizeText(estimate.weights)));
    return;
  }
  estimate_->setText(tr("Memory: about %1 = %2 weights + %3 KV cache (f16)")
                         .arg(sizeText(estimate.total()), sizeText(estimate.weights), sizeText(estimate.kvCache)));
}

} // namespace ui
} // namespace md
