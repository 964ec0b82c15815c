#pragma once
// Asks for a model name for Copy… and Rename…: checked live against
// Ollama's naming rules and against the names already on the server.

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPushButton;

namespace md {
namespace ui {

class OllamaNameDialog : public QDialog {
  Q_OBJECT
public:
  enum class Mode { Copy, Rename };
  OllamaNameDialog(Mode mode, const QString& source, const QStringList& existing, QWidget* parent = nullptr);

  QString name() const;

private:
  void check();

  QString source_;
  QStringList existing_;
  QLineEdit* edit_ = nullptr;
  QLabel* problem_ = nullptr;
  QPushButton* ok_ = nullptr;
};

} // namespace ui
} // namespace md
