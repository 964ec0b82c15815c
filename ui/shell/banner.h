#pragma once
// An inline message at the top of a panel: errors, warnings and notes are
// shown here, not in modal boxes. Hidden until there is something to say.

#include <QFrame>

class QLabel;
class QToolButton;

namespace md {
struct Error;
namespace ui {

class Banner : public QFrame {
  Q_OBJECT
public:
  enum class Kind { Info, Warning, Error, Success };

  explicit Banner(QWidget* parent = nullptr);

  void showMessage(Kind kind, const QString& text);
  void showError(const md::Error& error); // uses Error::describe()
  void clear();

  Kind kind() const { return kind_; }
  QString text() const;

private:
  QLabel* label_ = nullptr;
  QToolButton* close_ = nullptr;
  Kind kind_ = Kind::Info;
};

} // namespace ui
} // namespace md
