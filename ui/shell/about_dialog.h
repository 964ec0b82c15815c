#pragma once

#include <QDialog>

class QLabel;

namespace md {
namespace ui {

// Help → About: what ModelDesk is and the versions it was built with.
class AboutDialog : public QDialog {
  Q_OBJECT
public:
  explicit AboutDialog(QWidget* parent = nullptr);

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslate();
  QLabel* text_ = nullptr;
};

} // namespace ui
} // namespace md
