#pragma once
// Finds English a Chinese user would see: walks a widget tree and collects
// its visible texts (labels, buttons, tab texts, headers, group titles,
// placeholders, tooltips, menu actions, combo items, item-view cells, the
// lines of logs) and reports those that still hold English words once the
// allowed tokens are taken out: product names, code-like tokens (paths, file
// names, identifiers, upper-case keywords and variables, numbers, units) and
// what is quoted or glossed in full-width brackets （…）.
// Used by ui_no_english_in_zh_CN; add a widget's objectName to
// contentObjectNames() when it shows the user's data (a file's metadata, a
// Modelfile), not the app's words.

#ifndef Q_MOC_RUN // moc mistakes the raw-string patterns below for open literals
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QWidget>

namespace md::testing {

// Words that may stay Latin in Chinese text. Keep this small: product and
// format names, units, and the fixtures' model names.
inline const QSet<QString>& allowedWords() {
  static const QSet<QString> words{
      // products, formats and vendors
      QStringLiteral("Ollama"),
      QStringLiteral("ModelDesk"),
      QStringLiteral("Modelfile"),
      QStringLiteral("Hugging"),
      QStringLiteral("Face"),
      QStringLiteral("ModelScope"),
      QStringLiteral("LM"),
      QStringLiteral("Studio"),
      QStringLiteral("Jinja"),
      QStringLiteral("Go"),
      QStringLiteral("Qt"),
      QStringLiteral("LoRA"),
      QStringLiteral("Qwen"),
      QStringLiteral("DashScope"),
      QStringLiteral("Linux"),
      QStringLiteral("Windows"),
      QStringLiteral("macOS"),
      QStringLiteral("systemd"),
      QStringLiteral("pkexec"),
      QStringLiteral("llama"),
      QStringLiteral("clip"),
      QStringLiteral("mmproj"),
      QStringLiteral("English"),
      QStringLiteral("Weights"),
      QStringLiteral("Biases"),
      QStringLiteral("libcurl"),
      QStringLiteral("OpenSSL"),
      QStringLiteral("SQLite"),
      QStringLiteral("Apache"), // "Apache License 2.0", a licence's name
      QStringLiteral("License"),
      // chat template families and the presets named after them
      QStringLiteral("chatml"),
      QStringLiteral("ChatML"),
      QStringLiteral("Llama"),
      QStringLiteral("Gemma"),
      QStringLiteral("Mistral"),
      QStringLiteral("Vicuna"),
      QStringLiteral("Alpaca"),
      QStringLiteral("DeepSeek"),
      // terms Chinese technical writing keeps in Latin
      QStringLiteral("token"),
      QStringLiteral("blob"),
      // units
      QStringLiteral("KiB"),
      QStringLiteral("MiB"),
      QStringLiteral("GiB"),
      QStringLiteral("TiB"),
      QStringLiteral("KB"),
      QStringLiteral("ms"),
      // the fixtures' model and file names
      QStringLiteral("tiny"),
      QStringLiteral("seer"),
      QStringLiteral("mine"),
      QStringLiteral("gguf"),
      QStringLiteral("modelfile"),
      QStringLiteral("latest"),
      // Modelfile parameters and keywords the diagnostics name
      QStringLiteral("temperature"),
      QStringLiteral("stop"),
      QStringLiteral("system"),
      QStringLiteral("user"),
      QStringLiteral("assistant"),
      QStringLiteral("tools"),
  };
  return words;
}

// objectNames of widgets that show the user's data, whose cells and text are
// not checked (their headers and tooltips still are).
inline const QSet<QString>& contentObjectNames() {
  static const QSet<QString> names{
      QStringLiteral("metadataView"),    // a file's keys, types and values
      QStringLiteral("ggufTensorTable"), // tensor names and types
      QStringLiteral("modelfileEditor"), // the Modelfile (its comments are checked apart)
      QStringLiteral("ollamaModelfileText"),
  };
  return names;
}

// The Latin words of `text` that are neither allowed nor code-like.
inline QStringList englishWords(const QString& input) {
  QString text = Qt::mightBeRichText(input) ? QTextDocumentFragment::fromHtml(input).toPlainText() : input;
  static const QRegularExpression removed(QStringLiteral(
      R"((https?://\S+)|(\S*[/\\]\S*)|(“[^”]*”)|("[^"\s]*")|(‘[^’]*’)|('[^'\s]+')|(「[^」]*」)|(`[^`]*`)|(（[^）]*）)|(&\w+;))"));
  text.replace(removed, QStringLiteral(" "));
  text.remove(QLatin1Char('&')); // mnemonics
  static const QRegularExpression word(QStringLiteral(R"([A-Za-z][A-Za-z0-9_.:+\-]*[A-Za-z0-9_]|[A-Za-z])"));
  static const QRegularExpression codeLike(QStringLiteral(R"([0-9_.:+]|^[A-Z0-9_]+$|[a-z]-[a-z0-9]*[0-9])"));
  QStringList words;
  for (auto it = word.globalMatch(text); it.hasNext();) {
    const QString token = it.next().captured();
    if (token.size() < 2 || codeLike.match(token).hasMatch() || allowedWords().contains(token))
      continue;
    // A hyphenated token is allowed when each piece is (e.g. tiny-llama).
    const QStringList pieces = token.split(QLatin1Char('-'));
    if (pieces.size() > 1 && std::all_of(pieces.begin(), pieces.end(), [](const QString& piece) {
          return piece.size() < 2 || allowedWords().contains(piece);
        }))
      continue;
    words << token;
  }
  return words;
}

class TextAudit {
public:
  // Collects the visible texts under `root` (and the menu bar and status bar
  // when it is a main window). `where` names the state in the report.
  void audit(QWidget* root, const QString& where) {
    if (auto* window = qobject_cast<QMainWindow*>(root)) {
      for (QAction* action : window->menuBar()->actions())
        auditMenuAction(action, where + QStringLiteral(" / menu"));
    }
    auditWidget(root, root, where);
    for (QWidget* child : root->findChildren<QWidget*>())
      if (child->isVisibleTo(root) || child == root)
        auditWidget(child, root, where);
  }

  // One text, e.g. a banner a test reads directly.
  void check(const QString& text, const QString& where) {
    const QStringList words = englishWords(text);
    if (!words.isEmpty())
      offences_ << QStringLiteral("%1: “%2” (English: %3)").arg(where, text.simplified(), words.join(QLatin1Char(' ')));
    ++checked_;
  }

  QStringList offences() const {
    QStringList unique = offences_;
    unique.removeDuplicates();
    return unique;
  }
  int checkedCount() const { return checked_; }

private:
  static QString nameOf(QWidget* widget) {
    QString name = widget->objectName();
    return name.isEmpty() ? QString::fromLatin1(widget->metaObject()->className()) : name;
  }

  void auditMenuAction(QAction* action, const QString& where) {
    if (action->isSeparator() || !action->isVisible())
      return;
    check(action->text(), where);
    if (!action->toolTip().isEmpty() && action->toolTip() != action->text().remove(QLatin1Char('&')))
      check(action->toolTip(), where);
    if (QMenu* menu = action->menu())
      for (QAction* sub : menu->actions())
        auditMenuAction(sub, where);
  }

  void auditWidget(QWidget* widget, QWidget* root, const QString& area) {
    const QString where = area + QStringLiteral(" / ") + nameOf(widget);
    check(widget->toolTip(), where + QStringLiteral(" (tooltip)"));
    check(widget->windowTitle(), where + QStringLiteral(" (title)"));
    const bool content = contentObjectNames().contains(widget->objectName());
    if (auto* label = qobject_cast<QLabel*>(widget))
      check(label->text(), where);
    else if (auto* button = qobject_cast<QAbstractButton*>(widget))
      check(button->text(), where);
    else if (auto* group = qobject_cast<QGroupBox*>(widget))
      check(group->title(), where);
    else if (auto* edit = qobject_cast<QLineEdit*>(widget))
      check(edit->placeholderText(), where + QStringLiteral(" (placeholder)"));
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
      check(plain->placeholderText(), where + QStringLiteral(" (placeholder)"));
      if (!content && plain->isReadOnly())
        for (const QString& line : plain->toPlainText().split(QLatin1Char('\n')))
          check(line, where);
    } else if (auto* rich = qobject_cast<QTextEdit*>(widget)) {
      check(rich->placeholderText(), where + QStringLiteral(" (placeholder)"));
      if (!content && rich->isReadOnly())
        for (const QString& line : rich->toPlainText().split(QLatin1Char('\n')))
          check(line, where);
    } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
      if (!combo->isEditable())
        for (int i = 0; i < combo->count(); ++i)
          check(combo->itemText(i), where);
    } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
      for (int i = 0; i < tabs->count(); ++i)
        if (tabs->isTabVisible(i)) {
          check(tabs->tabText(i), where);
          check(tabs->tabToolTip(i), where + QStringLiteral(" (tab tooltip)"));
        }
    } else if (qobject_cast<QHeaderView*>(widget) != nullptr) {
      // Its texts are the view's headerData, checked with the view.
    } else if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
      auditView(view, where, content);
    }
    for (QAction* action : widget->actions())
      if (widget != root || !qobject_cast<QMainWindow*>(root))
        auditMenuAction(action, where + QStringLiteral(" (action)"));
  }

  void auditView(QAbstractItemView* view, const QString& where, bool content) {
    QAbstractItemModel* model = view->model();
    if (!model)
      return;
    for (int column = 0; column < model->columnCount(); ++column)
      check(model->headerData(column, Qt::Horizontal).toString(), where + QStringLiteral(" (header)"));
    if (content)
      return;
    auditRows(view, model, QModelIndex(), where, 0);
  }

  void auditRows(QAbstractItemView* view, QAbstractItemModel* model, const QModelIndex& parent, const QString& where,
                 int depth) {
    const int rows = qMin(model->rowCount(parent), 200);
    for (int row = 0; row < rows; ++row) {
      for (int column = 0; column < model->columnCount(parent); ++column) {
        const QModelIndex index = model->index(row, column, parent);
        check(index.data(Qt::DisplayRole).toString(), where);
        check(index.data(Qt::ToolTipRole).toString(), where + QStringLiteral(" (cell tooltip)"));
      }
      const QModelIndex first = model->index(row, 0, parent);
      if (depth < 3 && model->hasChildren(first))
        auditRows(view, model, first, where, depth + 1);
    }
  }

  QStringList offences_;
  int checked_ = 0;
};

} // namespace md::testing
#endif // Q_MOC_RUN
