#pragma once
// Core works in UTF-8 byte columns; Qt text is UTF-16. These convert within
// one line of text.

#include <QString>

namespace md {
namespace ui {

// The UTF-16 index in `line` of the byte offset `byteColumn` of its UTF-8 form.
inline int utf16Column(const QString& line, qsizetype byteColumn) {
  const QByteArray utf8 = line.toUtf8();
  return int(QString::fromUtf8(utf8.left(qBound<qsizetype>(0, byteColumn, utf8.size()))).size());
}

// The UTF-8 byte offset of the UTF-16 index `column` in `line`.
inline qsizetype utf8Column(const QString& line, int column) {
  return line.left(column).toUtf8().size();
}

} // namespace ui
} // namespace md
