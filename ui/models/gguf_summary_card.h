#pragma once
// The top of the inspector: what the file is (role badges), its architecture,
// parameters, quantization, context and size, and the quant mix bar.

#include <QFrame>

namespace md::gguf {
struct GgufFile;
struct Summary;
} // namespace md::gguf

class QLabel;

namespace md {
namespace ui {

class QuantMixBar;

class GgufSummaryCard : public QFrame {
  Q_OBJECT
public:
  explicit GgufSummaryCard(QWidget* parent = nullptr);

  void setGguf(const gguf::GgufFile& file, const gguf::Summary& summary);
  void retranslate();

  // "Model", "Vision projector", "Shard 2 of 5", … (translated).
  static QString roleBadgeText(const gguf::Summary& summary);
  // "Incomplete: 1.5 GiB missing", or empty when the file is complete.
  static QString incompleteBadgeText(const gguf::Summary& summary);

  QString roleBadge() const;
  QString incompleteBadge() const; // empty when hidden
  // The value shown for a fact: "architecture", "parameters", "quantization",
  // "context", "size" or "tensors".
  QString fact(const QString& name) const;

private:
  void refresh();

  const gguf::GgufFile* file_ = nullptr;
  const gguf::Summary* summary_ = nullptr;
  QLabel* title_ = nullptr;
  QLabel* roleBadge_ = nullptr;
  QLabel* incompleteBadge_ = nullptr;
  QList<QLabel*> captions_;
  QList<QLabel*> values_;
  QLabel* mixCaption_ = nullptr;
  QuantMixBar* mix_ = nullptr;
};

} // namespace ui
} // namespace md
