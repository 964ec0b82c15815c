// The shared banner (see banner.h): colours by severity, one per page,
// dismissable, bounded in height, retranslated.
#include "ui/shell/banner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>

#include "core/util/result.h"
#include "ui/shell/core_text.h"
#include "ui/shell/page.h"

namespace md {
namespace ui {
namespace {

// Background and accent per Kind: info, warning, error, success.
const char* const kColours[][2] = {
    {"#e8f0fe", "#4f7cff"},
    {"#fff4e5", "#e0a100"},
    {"#fdecea", "#c0392b"},
    {"#e8f5e9", "#2e9d4f"},
};

// The page (or tab) whose banners show one at a time; none in a dialog,
// whose banners say different things about one run.
QWidget* bannerScope(QWidget* banner) {
  for (QWidget* parent = banner->parentWidget(); parent != nullptr; parent = parent->parentWidget()) {
    if (qobject_cast<Page*>(parent) != nullptr || parent->property("bannerScope").toBool())
      return parent;
    if (parent->isWindow())
      return nullptr;
  }
  return nullptr;
}

} // namespace

Banner::Banner(QWidget* parent) : QFrame(parent) {
  setObjectName(QStringLiteral("banner"));
  setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(10, 6, 6, 6);
  label_ = new QLabel;
  label_->setObjectName(QStringLiteral("bannerText"));
  label_->setWordWrap(true);
  label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  label_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
  scroll_ = new QScrollArea(this);
  scroll_->setWidget(label_);
  scroll_->setWidgetResizable(true);
  scroll_->setFrameShape(QFrame::NoFrame);
  scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  scroll_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  scroll_->setStyleSheet(QStringLiteral("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"));
  close_ = new QToolButton(this);
  close_->setObjectName(QStringLiteral("bannerClose"));
  close_->setAutoRaise(true);
  close_->setText(QStringLiteral("✕"));
  connect(close_, &QToolButton::clicked, this, &Banner::clear);
  layout->addWidget(scroll_, 1);
  layout->addWidget(close_, 0, Qt::AlignTop);
  hide();
}

QString Banner::accentColour(Kind kind) {
  return QLatin1String(kColours[int(kind)][1]);
}

void Banner::showMessage(Kind kind, TextSource text) {
  kind_ = kind;
  source_ = std::move(text);
  const auto& colour = kColours[int(kind)];
  setStyleSheet(QStringLiteral("QFrame#banner { background: %1; border-left: 4px solid %2; border-radius: 4px; }"
                               "QFrame#banner QLabel { color: #1f1f1f; }")
                    .arg(QLatin1String(colour[0]), QLatin1String(colour[1])));
  static quint64 shownCount = 0;
  shownOrder_ = ++shownCount;
  hideOtherBannersOfThePage();
  render();
  fitHeight(); // before showing, so the page lays it out at its bounded height
  show();
}

void Banner::showError(const md::Error& error) {
  showMessage(Kind::Error, TextSource([error] { return describeError(error); }));
}

void Banner::clear() {
  const bool wasShown = !isHidden();
  source_ = nullptr;
  label_->clear();
  hide();
  if (wasShown)
    showCoveredBanner();
}

// The page's banner this one covered (the latest shown that still has
// something to say) shows again.
void Banner::showCoveredBanner() {
  QWidget* scope = bannerScope(this);
  if (scope == nullptr)
    return;
  Banner* latest = nullptr;
  for (Banner* other : scope->findChildren<Banner*>())
    if (other != this && other->source_ && other->isHidden() && bannerScope(other) == scope &&
        (latest == nullptr || other->shownOrder_ > latest->shownOrder_))
      latest = other;
  if (latest != nullptr)
    latest->show();
}

QString Banner::text() const {
  return label_->text();
}

void Banner::render() {
  label_->setText(source_ ? source_() : QString());
  close_->setToolTip(tr("Dismiss"));
}

void Banner::hideOtherBannersOfThePage() {
  QWidget* scope = bannerScope(this);
  if (scope == nullptr)
    return;
  for (Banner* other : scope->findChildren<Banner*>())
    if (other != this && !other->isHidden() && bannerScope(other) == scope)
      other->hide(); // covered, not cleared: it shows again when this one is dismissed
}

// As tall as the text, up to maximumTextLines(): longer text scrolls.
void Banner::fitHeight() {
  // Before the first layout the viewport has no width yet: guess from the parent's.
  const int guess = parentWidget() != nullptr ? parentWidget()->width() - 60 : 0;
  const int width = qMax(isVisible() ? scroll_->viewport()->width() : guess, 100);
  const int wanted = label_->heightForWidth(width);
  const int most = label_->fontMetrics().lineSpacing() * maximumTextLines() + 4;
  scroll_->setFixedHeight(qBound(label_->fontMetrics().lineSpacing(), wanted, most));
}

void Banner::resizeEvent(QResizeEvent* event) {
  QFrame::resizeEvent(event);
  fitHeight();
}

void Banner::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange && source_)
    render();
  QFrame::changeEvent(event);
}

} // namespace ui
} // namespace md
