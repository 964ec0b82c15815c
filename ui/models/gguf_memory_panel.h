#pragma once
// The memory a model needs at a chosen context length: its weights plus an
// f16 KV cache, with a slider from 256 tokens to the model's trained context.

#include <QWidget>

#include <cstdint>

namespace md::gguf {
struct Summary;
}

class QLabel;
class QSlider;

namespace md {
namespace ui {

class GgufMemoryPanel : public QWidget {
  Q_OBJECT
public:
  static constexpr int kStep = 256;

  explicit GgufMemoryPanel(QWidget* parent = nullptr);

  // `summary` must outlive the panel's use of it (the inspector owns both).
  void setSummary(const gguf::Summary* summary);
  void setContextLength(std::uint64_t tokens);
  std::uint64_t contextLength() const;
  QString estimateText() const;
  void retranslate();

private:
  void refresh();

  const gguf::Summary* summary_ = nullptr;
  QLabel* caption_ = nullptr;
  QSlider* slider_ = nullptr;
  QLabel* context_ = nullptr;
  QLabel* estimate_ = nullptr;
};

} // namespace ui
} // namespace md
