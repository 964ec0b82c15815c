#include "ui/modelfile/modelfile_editor.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QToolTip>

#include "core/modelfile/completion.h"
#include "ui/modelfile/modelfile_highlighter.h"
#include "ui/modelfile/text_columns.h"

namespace md {
namespace ui {

namespace {

QColor severityColour(EditorDiagnostic::Severity severity) {
  switch (severity) {
  case EditorDiagnostic::Severity::Error: return QColor(0xd3, 0x2f, 0x2f);
  case EditorDiagnostic::Severity::Warning: return QColor(0xef, 0x8f, 0x00);
  case EditorDiagnostic::Severity::Info: return QColor(0x19, 0x76, 0xd2);
  }
  return Qt::red;
}

// The local .gguf files of a drop, or nothing when anything else is in it.
QStringList droppedGgufs(const QMimeData* mime) {
  QStringList paths;
  if (!mime || !mime->hasUrls())
    return paths;
  for (const QUrl& url : mime->urls()) {
    if (!url.isLocalFile() || !url.toLocalFile().endsWith(QStringLiteral(".gguf"), Qt::CaseInsensitive))
      return {};
    paths << url.toLocalFile();
  }
  return paths;
}

} // namespace

class LineNumberArea : public QWidget {
public:
  explicit LineNumberArea(ModelfileEditor* editor) : QWidget(editor), editor_(editor) {}
  QSize sizeHint() const override { return {editor_->lineNumberAreaWidth(), 0}; }

protected:
  void paintEvent(QPaintEvent* event) override { editor_->paintLineNumbers(event); }

private:
  ModelfileEditor* editor_;
};

ModelfileEditor::ModelfileEditor(QWidget* parent) : QPlainTextEdit(parent) {
  lineNumberArea_ = new LineNumberArea(this);
  lineNumberArea_->setObjectName(QStringLiteral("lineNumberArea"));
  highlighter_ = new ModelfileHighlighter(document());
  highlighter_->setObjectName(QStringLiteral("modelfileHighlighter"));
  connect(this, &QPlainTextEdit::blockCountChanged, this,
          [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
  connect(this, &QPlainTextEdit::updateRequest, this, &ModelfileEditor::updateLineNumberArea);
  setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);

  completionModel_ = new QStandardItemModel(this);
  completer_ = new QCompleter(completionModel_, this);
  completer_->setObjectName(QStringLiteral("modelfileCompleter"));
  completer_->setWidget(this);
  completer_->setCompletionMode(QCompleter::PopupCompletion);
  completer_->setCaseSensitivity(Qt::CaseInsensitive);
  completer_->setCompletionRole(Qt::UserRole);
  connect(completer_, qOverload<const QString&>(&QCompleter::activated), this, &ModelfileEditor::insertCompletion);
}

int ModelfileEditor::lineNumberAreaWidth() const {
  const int digits = QString::number(qMax(1, blockCount())).size();
  return 14 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(2, digits) + 10;
}

void ModelfileEditor::resizeEvent(QResizeEvent* event) {
  QPlainTextEdit::resizeEvent(event);
  const QRect area = contentsRect();
  lineNumberArea_->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void ModelfileEditor::updateLineNumberArea(const QRect& rect, int dy) {
  if (dy)
    lineNumberArea_->scroll(0, dy);
  else
    lineNumberArea_->update(0, rect.y(), lineNumberArea_->width(), rect.height());
}

void ModelfileEditor::paintLineNumbers(QPaintEvent* event) {
  QPainter painter(lineNumberArea_);
  painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
  QTextBlock block = firstVisibleBlock();
  int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
  const int lineHeight = fontMetrics().height();
  while (block.isValid() && top <= event->rect().bottom()) {
    const int line = block.blockNumber() + 1;
    if (block.isVisible()) {
      painter.setPen(palette().color(QPalette::PlaceholderText));
      painter.drawText(0, top, lineNumberArea_->width() - 6, lineHeight, Qt::AlignRight, QString::number(line));
      // The gutter marker: the most severe diagnostic on the line.
      auto worst = std::optional<EditorDiagnostic::Severity>();
      for (const auto& d : diagnostics_)
        if (d.line == line && (!worst || int(d.severity) < int(*worst)))
          worst = d.severity;
      if (worst) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(severityColour(*worst));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QRectF(3, top + lineHeight / 2.0 - 4, 8, 8));
      }
    }
    block = block.next();
    top += qRound(blockBoundingRect(block.previous()).height());
  }
}

void ModelfileEditor::setDiagnostics(const QVector<EditorDiagnostic>& diagnostics) {
  diagnostics_ = diagnostics;
  applyUnderlines();
  lineNumberArea_->update();
}

void ModelfileEditor::applyUnderlines() {
  QList<QTextEdit::ExtraSelection> selections;
  for (const auto& d : diagnostics_) {
    const QTextBlock first = document()->findBlockByNumber(d.line - 1);
    const QTextBlock last = document()->findBlockByNumber(d.endLine - 1);
    if (!first.isValid())
      continue;
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(document());
    const int start = first.position() + utf16Column(first.text(), d.column);
    int end = last.isValid() ? last.position() + utf16Column(last.text(), d.endColumn) : start;
    if (end <= start) // an empty span: underline the rest of the line
      end = first.position() + qMax(first.length() - 1, start - first.position() + 1);
    selection.cursor.setPosition(start);
    selection.cursor.setPosition(qMin(end, document()->characterCount() - 1), QTextCursor::KeepAnchor);
    selection.format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    selection.format.setUnderlineColor(severityColour(d.severity));
    selection.format.setToolTip(d.message);
    selections.append(selection);
  }
  setExtraSelections(selections);
}

QStringList ModelfileEditor::messagesAt(const QTextCursor& cursor) const {
  QStringList messages;
  const int position = cursor.position();
  for (const auto& selection : extraSelections())
    if (position >= selection.cursor.selectionStart() && position <= selection.cursor.selectionEnd())
      messages << selection.format.toolTip();
  return messages;
}

bool ModelfileEditor::viewportEvent(QEvent* event) {
  if (event->type() != QEvent::ToolTip)
    return QPlainTextEdit::viewportEvent(event);
  auto* help = static_cast<QHelpEvent*>(event);
  const QStringList messages = messagesAt(cursorForPosition(help->pos()));
  if (messages.isEmpty())
    QToolTip::hideText();
  else
    QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), this);
  return true;
}

void ModelfileEditor::goToLine(int line) {
  const QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
  if (!block.isValid())
    return;
  setTextCursor(QTextCursor(block));
  centerCursor();
  setFocus();
}

bool ModelfileEditor::showCompletions() {
  const QTextCursor cursor = textCursor();
  const QTextBlock block = cursor.block();
  const QString text = block.text();
  const int column = cursor.positionInBlock();
  const QByteArray utf8 = text.toUtf8();
  const int state = block.previous().isValid() ? qMax(0, block.previous().userState()) : 0;
  const auto context = md::modelfile::completeAt(std::string_view(utf8.constData(), std::size_t(utf8.size())),
                                                 std::size_t(utf8Column(text, column)), state);
  if (context.items.empty()) {
    completer_->popup()->hide();
    return false;
  }
  completionModel_->clear();
  for (const auto& item : context.items) {
    const QString insert = QString::fromStdString(item.text);
    QString shown = insert;
    if (!item.detail.empty())
      shown += QStringLiteral("  (%1)").arg(QString::fromStdString(item.detail));
    if (!item.doc.empty())
      shown += QStringLiteral(" — ") + QString::fromStdString(item.doc);
    auto* row = new QStandardItem(shown);
    row->setData(insert, Qt::UserRole);
    row->setToolTip(QString::fromStdString(item.doc));
    completionModel_->appendRow(row);
  }
  completionStart_ = utf16Column(text, qsizetype(context.replaceStart));
  completer_->setCompletionPrefix(QString::fromStdString(context.prefix));
  QRect rect = cursorRect();
  rect.setWidth(qMax(320, completer_->popup()->sizeHintForColumn(0) +
                              completer_->popup()->verticalScrollBar()->sizeHint().width()));
  completer_->complete(rect);
  completer_->popup()->setCurrentIndex(completer_->completionModel()->index(0, 0));
  return true;
}

void ModelfileEditor::insertCompletion(const QString& text) {
  QTextCursor cursor = textCursor();
  const int blockStart = cursor.block().position();
  cursor.setPosition(blockStart + completionStart_, QTextCursor::KeepAnchor);
  const bool wordOnly = text == QLatin1String("true") || text == QLatin1String("false");
  cursor.insertText(wordOnly ? text : text + QLatin1Char(' '));
  setTextCursor(cursor);
  // After PARAMETER or MESSAGE, go straight on to the names or roles.
  if (text == QLatin1String("PARAMETER") || text == QLatin1String("MESSAGE"))
    QMetaObject::invokeMethod(this, &ModelfileEditor::showCompletions, Qt::QueuedConnection);
}

void ModelfileEditor::dragEnterEvent(QDragEnterEvent* event) {
  if (droppedGgufs(event->mimeData()).isEmpty())
    QPlainTextEdit::dragEnterEvent(event);
  else
    event->acceptProposedAction();
}

void ModelfileEditor::dragMoveEvent(QDragMoveEvent* event) {
  if (droppedGgufs(event->mimeData()).isEmpty())
    QPlainTextEdit::dragMoveEvent(event);
  else
    event->acceptProposedAction();
}

void ModelfileEditor::dropEvent(QDropEvent* event) {
  const QStringList paths = droppedGgufs(event->mimeData());
  if (paths.isEmpty()) {
    QPlainTextEdit::dropEvent(event);
    return;
  }
  event->acceptProposedAction();
  Q_EMIT ggufFilesDropped(paths);
}

void ModelfileEditor::keyPressEvent(QKeyEvent* event) {
  if (completer_->popup()->isVisible()) {
    switch (event->key()) {
    case Qt::Key_Enter:
    case Qt::Key_Return:
    case Qt::Key_Escape:
    case Qt::Key_Tab:
    case Qt::Key_Backtab: event->ignore(); return; // the completer takes them
    default: break;
    }
  }
  const bool shortcut = event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier);
  if (!shortcut)
    QPlainTextEdit::keyPressEvent(event);
  const QString typed = event->text();
  const bool wordChar = !typed.isEmpty() && (typed.at(0).isLetterOrNumber() || typed.at(0) == QLatin1Char('_'));
  if (shortcut || (wordChar && !(event->modifiers() & Qt::ControlModifier)))
    showCompletions();
  else if (completer_->popup()->isVisible())
    completer_->popup()->hide();
}

} // namespace ui
} // namespace md
