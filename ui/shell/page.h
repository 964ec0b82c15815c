#pragma once
// A page of the main window's stack. Pages retranslate themselves on
// QEvent::LanguageChange and accept what the drop router sends them.

#include <QWidget>

#include "ui/shell/drop_router.h"
#include "ui/shell/text_source.h"

namespace md {
namespace ui {

class Page : public QWidget {
  Q_OBJECT
public:
  using QWidget::QWidget;

  virtual QString title() const = 0;
  virtual QString iconName() const = 0; // a file in :/icons, without ".svg"
  // Receives a routed drop meant for this page.
  virtual void receiveDrop(const DropDecision& decision) = 0;
  // False while the page is still loading what it shows first (screenshots wait for it).
  virtual bool isSettled() const { return true; }

Q_SIGNALS:
  // A page can ask the window to show a message in the status area (for a
  // while; said again in the new language if the language changes meanwhile).
  void statusMessage(const md::ui::TextSource& message);

protected:
  void changeEvent(QEvent* event) override;
  virtual void retranslate() = 0;
};

} // namespace ui
} // namespace md
