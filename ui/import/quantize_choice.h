#pragma once
// "Quantize to": the choice of Ollama's `quantize` for a new model, shared by
// the import dialog and Create in Ollama. It offers Q4_K_M, Q4_K_S and Q8_0
// (or keeping the file's type), is disabled with the reason as a tooltip when
// the model is not F16, BF16 or F32 or the server cannot quantize on create,
// and shows the estimated size and memory of the result (the GGUF
// inspector's estimate, core/gguf/quantize_estimate.h) before anything runs.
// It reads no file: the caller hands it a header parsed on the job pool.

#include <QWidget>

#include <memory>
#include <optional>
#include <string>

#include "core/gguf/gguf_file.h"
#include "core/util/version.h"

class QComboBox;
class QLabel;

namespace md {
namespace ui {

class QuantizeChoice : public QWidget {
  Q_OBJECT
public:
  explicit QuantizeChoice(QWidget* parent = nullptr);

  // The model's header (nullptr: none, or not read yet) and the server's
  // version (nullopt: the server did not answer).
  void setSource(std::shared_ptr<const md::gguf::GgufFile> header, std::optional<md::Version> server);
  // "" to keep the file's type, else "Q4_K_M", "Q4_K_S" or "Q8_0".
  std::string type() const;
  // Why the choice is disabled (empty when it is enabled).
  QString disabledReason() const;

Q_SIGNALS:
  void typeChanged();

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslate();
  void refresh();
  QString estimateText() const;

  std::shared_ptr<const md::gguf::GgufFile> header_;
  std::optional<md::Version> server_;
  QLabel* caption_ = nullptr;
  QComboBox* combo_ = nullptr;
  QLabel* estimate_ = nullptr;
};

} // namespace ui
} // namespace md
