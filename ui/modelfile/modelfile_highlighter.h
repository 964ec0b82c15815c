#pragma once
// Colours a Modelfile with the core tokenizer (core/modelfile/highlight_tokenizer.h);
// the block state carries open quotes across lines.

#include <QHash>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include "core/modelfile/highlight_tokenizer.h"

namespace md {
namespace ui {

class ModelfileHighlighter : public QSyntaxHighlighter {
  Q_OBJECT
public:
  explicit ModelfileHighlighter(QTextDocument* document);

  QTextCharFormat formatFor(md::modelfile::TokenKind kind) const;

protected:
  void highlightBlock(const QString& text) override;

private:
  QHash<int, QTextCharFormat> formats_;
};

} // namespace ui
} // namespace md
