#pragma once
// A large, friendly empty state: an icon, a headline, a hint and optional
// buttons. Pages show it until they have content.

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QPushButton;

namespace md {
namespace ui {

class DropHint : public QFrame {
  Q_OBJECT
public:
  explicit DropHint(const QString& iconName, QWidget* parent = nullptr);

  void setTexts(const QString& headline, const QString& hint);
  QPushButton* addButton();
  QString headline() const;

private:
  QLabel* headline_ = nullptr;
  QLabel* hint_ = nullptr;
  QHBoxLayout* buttons_ = nullptr;
};

} // namespace ui
} // namespace md
