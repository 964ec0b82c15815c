// The one banner of every page (issue 22, item 7), in English and zh_CN: at
// most one shows per page, the close button dismisses it, the severity has
// the same colour everywhere, a long text does not push the page below its
// minimum height, and a language switch shows it in the new language.
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtTest>

#include "core/util/result.h"
#include "language_testing.h"
#include "ui/env/environment_page.h"
#include "ui/shell/application.h"
#include "ui/shell/banner.h"
#include "ui/shell/language.h"
#include "ui/shell/main_window.h"
#include "ui_test_setup.h"

using namespace md::ui;

namespace {

using md::testing::hasChinese;

// A coded error core could return: "no such file or folder: …".
md::Error missingFile() {
  return md::makeError(md::ErrorCode::NotFound, md::Message(md::MessageId::NoSuchFileOrFolder, {"/tmp/x.gguf"}));
}

QList<Banner*> visibleBanners(QWidget& page) {
  QList<Banner*> shown;
  for (Banner* banner : page.findChildren<Banner*>())
    if (banner->isVisibleTo(&page))
      shown << banner;
  return shown;
}

} // namespace

class BannerTest : public QObject {
  Q_OBJECT

private:
  md::testing::UiTestSession session_;

private Q_SLOTS:
  void initTestCase() { QVERIFY(session_.start(*this, {.ownHome = true, .ollamaDown = true})); }

  void cleanup() { session_.reset(); }

  void theCloseButtonDismisses_data() { md::testing::addLanguageRows(); }
  void theCloseButtonDismisses() {
    QFETCH(QString, language);
    session_.language()->setLanguage(language, false);
    QWidget page;
    auto* banner = new Banner(&page);
    (new QVBoxLayout(&page))->addWidget(banner);
    page.show();
    banner->showError(missingFile());
    QVERIFY(banner->isVisible());
    auto* close = banner->findChild<QToolButton*>(QStringLiteral("bannerClose"));
    QVERIFY(close != nullptr);
    QVERIFY(!close->toolTip().isEmpty());
    QCOMPARE(hasChinese(close->toolTip()), language == QLatin1String("zh_CN"));
    close->click();
    QVERIFY(!banner->isVisible());
    QVERIFY(banner->text().isEmpty());
  }

  // Each severity has its own colour, and a banner of that severity shows it
  // on every page (the Environment page's and a plain panel's alike).
  void severityHasOneColourEverywhere() {
    const QList<Banner::Kind> kinds{Banner::Kind::Info, Banner::Kind::Warning, Banner::Kind::Error,
                                    Banner::Kind::Success};
    QSet<QString> colours;
    for (Banner::Kind kind : kinds)
      colours.insert(Banner::accentColour(kind));
    QCOMPARE(colours.size(), kinds.size());
    EnvironmentPage env;
    QWidget other;
    auto* plain = new Banner(&other);
    QList<Banner*> banners = env.findChildren<Banner*>();
    QVERIFY(!banners.isEmpty());
    banners << plain;
    for (Banner::Kind kind : kinds)
      for (Banner* banner : banners) {
        banner->showMessage(kind, [] { return QStringLiteral("x"); });
        QVERIFY2(banner->styleSheet().contains(Banner::accentColour(kind)), qPrintable(banner->objectName()));
      }
  }

  // Showing one banner of a page covers the page's other one until it is
  // dismissed; banners of another page are left alone.
  void atMostOneBannerPerPage() {
    EnvironmentPage env;
    env.show();
    auto* general = env.findChild<Banner*>(QStringLiteral("envBanner"));
    auto* restart = env.findChild<Banner*>(QStringLiteral("restartBanner"));
    QVERIFY(general && restart);
    restart->showMessage(Banner::Kind::Warning, [] { return QStringLiteral("restart"); });
    QCOMPARE(visibleBanners(env), QList<Banner*>{restart});
    general->showError(missingFile());
    QCOMPARE(visibleBanners(env), QList<Banner*>{general});
    // Dismissing the error shows the restart advice it covered again.
    general->findChild<QToolButton*>(QStringLiteral("bannerClose"))->click();
    QCOMPARE(visibleBanners(env), QList<Banner*>{restart});
    QCOMPARE(restart->text(), QStringLiteral("restart"));
    general->showError(missingFile());

    QWidget elsewhere;
    auto* foreign = new Banner(&elsewhere);
    elsewhere.show();
    foreign->showMessage(Banner::Kind::Info, [] { return QStringLiteral("other page"); });
    QVERIFY(foreign->isVisible());
    QCOMPARE(visibleBanners(env), QList<Banner*>{general});

    // Every page of the window: no more than one banner at a time.
    MainWindow window(session_.language());
    window.show();
    for (PageId id : {PageId::Environment, PageId::Models, PageId::Merge, PageId::Modelfile}) {
      Page* page = window.page(id);
      for (Banner* banner : page->findChildren<Banner*>())
        banner->showMessage(Banner::Kind::Info, [] { return QStringLiteral("one"); });
      window.showPage(id);
      QVERIFY2(visibleBanners(*page).size() <= 1, qPrintable(page->title()));
    }
  }

  // A text of 60 lines scrolls inside the banner: the panel's minimum height
  // grows by at most the banner's few lines.
  void aLongTextDoesNotPushThePage_data() { md::testing::addLanguageRows(); }
  void aLongTextDoesNotPushThePage() {
    QFETCH(QString, language);
    session_.language()->setLanguage(language, false);
    QWidget page;
    auto* layout = new QVBoxLayout(&page);
    auto* banner = new Banner(&page);
    layout->addWidget(banner);
    auto* body = new QLabel(QStringLiteral("body"), &page);
    body->setMinimumHeight(300);
    layout->addWidget(body, 1);
    page.resize(600, 500);
    page.show();
    const int before = page.minimumSizeHint().height();
    QStringList lines;
    for (int i = 0; i < 60; ++i)
      lines << QStringLiteral("line %1 of a long message that goes on and on").arg(i);
    banner->showMessage(Banner::Kind::Error, [lines] { return lines.join(QLatin1Char('\n')); });
    QCoreApplication::processEvents();
    const int lineSpacing = banner->fontMetrics().lineSpacing();
    QVERIFY2(page.minimumSizeHint().height() <= before + lineSpacing * (Banner::maximumTextLines() + 3),
             qPrintable(QStringLiteral("%1 → %2").arg(before).arg(page.minimumSizeHint().height())));
    QTRY_VERIFY2(banner->height() <= lineSpacing * (Banner::maximumTextLines() + 3),
                 qPrintable(QStringLiteral("%1 px, line %2").arg(banner->height()).arg(lineSpacing)));
    QCOMPARE(banner->text(), lines.join(QLatin1Char('\n'))); // nothing cut: it scrolls
  }

  // An error and a message (always given as a text source) are shown again
  // in the new language.
  void aLanguageSwitchRetranslates() {
    session_.language()->setLanguage(QStringLiteral("en"), false);
    QWidget page;
    auto* error = new Banner(&page);
    QWidget other;
    auto* sourced = new Banner(&other);
    error->showError(missingFile());
    sourced->showMessage(Banner::Kind::Info,
                         Banner::TextSource([] { return QCoreApplication::translate("md::ui::Banner", "Dismiss"); }));
    QVERIFY(error->text().startsWith(QStringLiteral("no such file or folder")));
    QCOMPARE(sourced->text(), QStringLiteral("Dismiss"));
    session_.language()->setLanguage(QStringLiteral("zh_CN"), false);
    QTRY_VERIFY(hasChinese(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("/tmp/x.gguf")));
    QVERIFY(hasChinese(sourced->text()));
    QCOMPARE(error->kind(), Banner::Kind::Error);
    session_.language()->setLanguage(QStringLiteral("en"), false);
    QTRY_VERIFY(error->text().startsWith(QStringLiteral("no such file or folder")));
  }
};

QTEST_MAIN(BannerTest)
#include "tst_banner.moc"
