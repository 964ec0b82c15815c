// Every zh_CN entry is translated, and the embedded catalogue is the one
// the app loads.
#include <QFile>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

// The entries of a .ts file left unfinished or empty ("context: source"), and
// how many entries it has.
QStringList unfinishedEntries(const QString& path, int& messages) {
  QStringList unfinished;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return {QStringLiteral("cannot open ") + path};
  QXmlStreamReader xml(&file);
  QString source;
  QString context;
  messages = 0;
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
  if (xml.hasError())
    unfinished << xml.errorString();
  return unfinished;
}

} // namespace

class TranslationsTest : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void zhCnHasNoUnfinishedEntries() {
    int messages = 0;
    const QStringList unfinished =
        unfinishedEntries(QStringLiteral(MODELDESK_SOURCE_DIR "/resources/translations/modeldesk_zh_CN.ts"), messages);
    QVERIFY(messages > 50);
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
  }

  // English is the source language, so its catalogue holds only the plural
  // forms ("1 file" / "2 files"); an unfinished one would show "file(s)".
  void englishHasEveryPluralForm() {
    int messages = 0;
    const QStringList unfinished =
        unfinishedEntries(QStringLiteral(MODELDESK_SOURCE_DIR "/resources/translations/modeldesk_en.ts"), messages);
    QVERIFY(messages > 0);
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
