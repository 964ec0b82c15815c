// The "Quantize to" choice (quantize_choice.h): Ollama's rules from
// core/ollama/quantize.h, the estimate from core/gguf/quantize_estimate.h.
#include "ui/import/quantize_choice.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

#include "core/gguf/quantize_estimate.h"
#include "core/gguf/summary.h"
#include "core/ollama/quantize.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

namespace mo = md::ollama;

namespace {

constexpr std::uint64_t kUsualContext = 4096; // where the inspector's memory panel starts

} // namespace

QuantizeChoice::QuantizeChoice(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("quantizeChoice"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  auto* row = new QHBoxLayout;
  caption_ = new QLabel(this);
  combo_ = new QComboBox(this);
  combo_->setObjectName(QStringLiteral("quantizeCombo"));
  caption_->setBuddy(combo_);
  row->addWidget(caption_);
  row->addWidget(combo_, 1);
  layout->addLayout(row);
  estimate_ = new QLabel(this);
  estimate_->setObjectName(QStringLiteral("quantizeEstimate"));
  estimate_->setWordWrap(true);
  estimate_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(estimate_);
  combo_->addItem(QString(), QString());
  for (const auto& type : mo::offeredQuantizeTypes())
    combo_->addItem(QString::fromStdString(type), QString::fromStdString(type));
  connect(combo_, &QComboBox::currentIndexChanged, this, [this] {
    refresh();
    Q_EMIT typeChanged();
  });
  retranslate();
}

void QuantizeChoice::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

void QuantizeChoice::retranslate() {
  caption_->setText(tr("Quantize to:"));
  combo_->setItemText(0, tr("Keep as is"));
  refresh();
}

void QuantizeChoice::setSource(std::shared_ptr<const md::gguf::GgufFile> header, std::optional<md::Version> server) {
  header_ = std::move(header);
  server_ = server;
  refresh();
}

std::string QuantizeChoice::type() const {
  // Enabled when the source and server allow it, whether or not the dialog has the widget disabled meanwhile.
  return combo_->isEnabledTo(this) ? combo_->currentData().toString().toStdString() : std::string();
}

QString QuantizeChoice::disabledReason() const {
  if (!server_)
    return tr("Ollama did not answer, so whether it can quantize is not known.");
  const QString version = QString::fromStdString(server_->toString());
  if (*server_ < mo::kQuantizeOnCreate)
    return tr("Ollama %1 cannot quantize while creating a model (%2 can).")
        .arg(version, QString::fromStdString(mo::kQuantizeOnCreate.toString()));
  if (!header_)
    return tr("The model file could not be read, so it cannot be quantized here.");
  const std::string fileType = md::gguf::summarize(*header_).fileType;
  if (mo::quantizableSource(fileType, *server_))
    return {};
  if (fileType == "BF16")
    return tr("The model is BF16: Ollama %1 quantizes only F16 and F32 models (%2 also BF16).")
        .arg(version, QString::fromStdString(mo::kQuantizeFromBf16.toString()));
  const QString type = fileType.empty() ? tr("of no stated type") : QString::fromStdString(fileType);
  return tr("The model is %1: Ollama quantizes only F16, BF16 and F32 models.").arg(type);
}

QString QuantizeChoice::estimateText() const {
  const std::string target = type();
  if (target.empty() || !header_)
    return {};
  const auto estimate = md::gguf::estimateQuantized(*header_, target);
  if (!estimate)
    return {};
  const auto& summary = estimate->summary;
  const std::uint64_t context = std::min<std::uint64_t>(kUsualContext, summary.contextLength.value_or(kUsualContext));
  const auto memory = md::gguf::estimateMemory(summary, context);
  const QString size =
      tr("The result: about %1 as %2 (now %3).")
          .arg(sizeText(estimate->fileBytes), QString::fromStdString(target), sizeText(header_->fileSize));
  if (memory.kvCache == 0)
    return size + QLatin1Char(' ') + tr("Memory: about %1 for the weights.").arg(sizeText(memory.weights));
  return size + QLatin1Char(' ') +
         tr("Memory: about %1 at %2 tokens (%3 weights + %4 KV cache).")
             .arg(sizeText(memory.total()), QLocale().toString(static_cast<qulonglong>(context)),
                  sizeText(memory.weights), sizeText(memory.kvCache));
}

void QuantizeChoice::refresh() {
  const QString reason = disabledReason();
  combo_->setEnabled(reason.isEmpty());
  combo_->setToolTip(reason.isEmpty() ? tr("Ollama quantizes the model while it creates it (its quantize field).")
                                      : reason);
  caption_->setToolTip(combo_->toolTip());
  estimate_->setText(estimateText());
  estimate_->setVisible(!estimate_->text().isEmpty());
}

} // namespace ui
} // namespace md
