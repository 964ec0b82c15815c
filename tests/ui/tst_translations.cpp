// Every zh_CN entry is translated, and the embedded catalogue is the one
// the app loads.
#include <QFile>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

class TranslationsTest : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void zhCnHasNoUnfinishedEntries() {
    QFile file(QStringLiteral(MODELDESK_SOURCE_DIR "/resources/translations/modeldesk_zh_CN.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString source;
    QString context;
    QStringList unfinished;
    int messages = 0;
    while (!xml.atEnd()) {
      xml.readNext();
      if (!xml.isStartElement())
        continue;
      if (xml.name() == QStringLiteral("name"))
        context = xml.readElementText();
      else if (xml.name() == QStringLiteral("source"))
        source = xml.readElementText();
      else if (xml.name() == QStringLiteral("translation")) {
        ++messages;
        const bool open = xml.attributes().value(QStringLiteral("type")) == QStringLiteral("unfinished");
        if (open || xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed().isEmpty())
          unfinished << context + QStringLiteral(": ") + source;
      }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 50);
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
  }

  void embeddedCatalogueTranslates() {
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/modeldesk_zh_CN.qm")));
    QCOMPARE(translator.translate("md::ui::MainWindow", "&Help"), QStringLiteral("帮助(&H)"));
  }
};

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
