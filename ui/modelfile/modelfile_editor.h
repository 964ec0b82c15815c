#pragma once
// The Modelfile text editor: line numbers with diagnostic markers in the
// gutter, wavy underlines for diagnostics, and a completion popup for
// instructions, parameter names (with type and doc) and roles.

#include <QPlainTextEdit>
#include <QVector>

class QCompleter;
class QStandardItemModel;

namespace md {
namespace ui {

class ModelfileHighlighter;

struct EditorDiagnostic {
  enum class Severity { Error, Warning, Info };
  Severity severity = Severity::Error;
  QString message;
  int line = 1;   // 1-based
  int column = 0; // UTF-8 byte columns, as core reports them
  int endLine = 1;
  int endColumn = 0;
  bool wholeFile = false; // about the Modelfile as a whole ("no FROM line"): no line is named
};

class ModelfileEditor : public QPlainTextEdit {
  Q_OBJECT
public:
  explicit ModelfileEditor(QWidget* parent = nullptr);

  void setDiagnostics(const QVector<EditorDiagnostic>& diagnostics);
  const QVector<EditorDiagnostic>& diagnostics() const { return diagnostics_; }
  void goToLine(int line); // 1-based; selects nothing, centres the line

  // Opens the completion popup for the cursor position (Ctrl+Space does it
  // too; typing a word opens it by itself). Returns false when there is
  // nothing to offer.
  bool showCompletions();

  int lineNumberAreaWidth() const;

Q_SIGNALS:
  // GGUF files dropped onto the text (other drops edit the text as usual).
  void ggufFilesDropped(const QStringList& paths);

protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dragMoveEvent(QDragMoveEvent* event) override;
  void dropEvent(QDropEvent* event) override;
  bool viewportEvent(QEvent* event) override; // tooltips with the diagnostics under the mouse
  void keyPressEvent(QKeyEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

private:
  friend class LineNumberArea;
  void paintLineNumbers(QPaintEvent* event);
  void updateLineNumberArea(const QRect& rect, int dy);
  void insertCompletion(const QString& text);
  void applyUnderlines();
  QStringList messagesAt(const QTextCursor& cursor) const;

  QWidget* lineNumberArea_ = nullptr;
  ModelfileHighlighter* highlighter_ = nullptr;
  QCompleter* completer_ = nullptr;
  QStandardItemModel* completionModel_ = nullptr;
  int completionStart_ = 0; // UTF-16 column where the completed word starts
  QVector<EditorDiagnostic> diagnostics_;
};

} // namespace ui
} // namespace md
Q_DECLARE_METATYPE(md::ui::EditorDiagnostic)
