#pragma once
// An inline message at the top of a panel: errors, warnings and notes are
// shown here, not in modal boxes. Hidden until there is something to say.
// One banner widget for every page: the severity has the same colour
// everywhere (accentColour), a page shows at most one banner at a time
// (showing one covers the others of its page, or of its tab when the tab
// sets the "bannerScope" property, and dismissing it shows the one it covered
// again; a dialog's banners are left alone), the close button dismisses it, a long text
// scrolls inside at most maximumTextLines() lines instead of pushing the page
// below its minimum height, and a language switch shows the text again in
// the new language: every message is given as a TextSource (there is no
// overload for a finished QString, so that no caller can show text that
// stays in the old language), errors through describeError().

#include <QFrame>

#include "ui/shell/text_source.h"

class QLabel;
class QScrollArea;
class QToolButton;

namespace md {
struct Error;
namespace ui {

class Banner : public QFrame {
  Q_OBJECT
public:
  enum class Kind { Info, Warning, Error, Success };
  // Builds the text in the current language (called again on a switch).
  using TextSource = md::ui::TextSource;

  explicit Banner(QWidget* parent = nullptr);

  void showMessage(Kind kind, TextSource text);
  void showError(const md::Error& error); // describeError(), retranslated on a switch
  void clear();

  Kind kind() const { return kind_; }
  QString text() const;

  // The severity's colour (the left border), the same on every page.
  static QString accentColour(Kind kind);
  static int maximumTextLines() { return 5; }

protected:
  void changeEvent(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

private:
  void render();
  void fitHeight();
  void hideOtherBannersOfThePage();
  void showCoveredBanner();

  QLabel* label_ = nullptr;
  QScrollArea* scroll_ = nullptr;
  QToolButton* close_ = nullptr;
  Kind kind_ = Kind::Info;
  TextSource source_;
  quint64 shownOrder_ = 0; // which of a page's banners was shown last
};

} // namespace ui
} // namespace md
