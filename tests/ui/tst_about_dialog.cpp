// Help → About names the license ModelDesk is under (Apache-2.0, as LICENSE,
// the AppStream metainfo and the packages say), in English and in zh_CN.
#include <QCoreApplication>
#include <QLabel>
#include <QTranslator>
#include <QtTest>

#include "ui/shell/about_dialog.h"

using md::ui::AboutDialog;

class AboutDialogTest : public QObject {
  Q_OBJECT

private:
  static QString shownText(const AboutDialog& dialog) {
    QString text;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
      text += label->text();
    return text;
  }

private Q_SLOTS:
  void namesTheLicense() {
    AboutDialog dialog;
    QVERIFY2(shownText(dialog).contains(QStringLiteral("Apache License, Version 2.0")), qPrintable(shownText(dialog)));
  }

  void namesTheLicenseInChinese() {
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/modeldesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    AboutDialog dialog;
    const QString text = shownText(dialog);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(text.contains(QStringLiteral("Apache License 2.0 许可证")), qPrintable(text));
  }
};

QTEST_MAIN(AboutDialogTest)
#include "tst_about_dialog.moc"
