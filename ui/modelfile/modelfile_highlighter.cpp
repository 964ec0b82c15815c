#include "ui/modelfile/modelfile_highlighter.h"

#include "ui/modelfile/text_columns.h"

namespace md {
namespace ui {

using md::modelfile::TokenKind;

ModelfileHighlighter::ModelfileHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {
  auto format = [this](TokenKind kind, const QColor& colour, bool bold = false, bool italic = false) {
    QTextCharFormat f;
    f.setForeground(colour);
    if (bold)
      f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    formats_.insert(int(kind), f);
  };
  format(TokenKind::Instruction, QColor(0x1f, 0x5f, 0xbf), true);
  format(TokenKind::ParameterName, QColor(0x8a, 0x3f, 0xb0));
  format(TokenKind::Role, QColor(0x8a, 0x3f, 0xb0));
  format(TokenKind::Value, QColor(0x3c, 0x3c, 0x3c));
  format(TokenKind::Number, QColor(0x0b, 0x7a, 0x75));
  format(TokenKind::String, QColor(0x2e, 0x7d, 0x32));
  format(TokenKind::TemplateAction, QColor(0xb0, 0x5a, 0x00));
  format(TokenKind::TemplateKeyword, QColor(0xb0, 0x5a, 0x00), true);
  format(TokenKind::TemplateVariable, QColor(0xc6, 0x28, 0x28));
  format(TokenKind::Comment, QColor(0x80, 0x80, 0x80), false, true);
  QTextCharFormat error;
  error.setForeground(QColor(0xc6, 0x28, 0x28));
  error.setUnderlineStyle(QTextCharFormat::WaveUnderline);
  error.setUnderlineColor(QColor(0xc6, 0x28, 0x28));
  formats_.insert(int(TokenKind::Error), error);
}

QTextCharFormat ModelfileHighlighter::formatFor(TokenKind kind) const {
  return formats_.value(int(kind));
}

void ModelfileHighlighter::highlightBlock(const QString& text) {
  const QByteArray utf8 = text.toUtf8();
  const int previous = previousBlockState();
  const auto line = md::modelfile::tokenizeLine(std::string_view(utf8.constData(), std::size_t(utf8.size())),
                                                previous < 0 ? md::modelfile::highlight_state::kNormal : previous);
  for (const auto& token : line.tokens) {
    const int start = utf16Column(text, qsizetype(token.start));
    const int end = utf16Column(text, qsizetype(token.start + token.length));
    setFormat(start, end - start, formats_.value(int(token.kind)));
  }
  setCurrentBlockState(line.endState);
}

} // namespace ui
} // namespace md
