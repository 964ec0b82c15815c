// One vocabulary: a projector is a projector (投影器) everywhere; "vision
// adapter" and 视觉适配器 are gone, since an adapter is a LoRA in Ollama's
// terms. Reads the translations and the sources of ui/ and app/gui/.
#include <QDirIterator>
#include <QFile>
#include <QtTest>

class VocabularyTest : public QObject {
  Q_OBJECT

private:
  static QStringList filesUnder(const QString& relative, const QStringList& patterns) {
    QStringList files;
    QDirIterator it(QStringLiteral(MODELDESK_SOURCE_DIR "/") + relative, patterns, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
      files << it.next();
    return files;
  }

private Q_SLOTS:
  void noVisionAdapterAnywhere() {
    QStringList files = filesUnder(QStringLiteral("resources/translations"), {QStringLiteral("*.ts")});
    files << filesUnder(QStringLiteral("ui"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")});
    files << filesUnder(QStringLiteral("app/gui"), {QStringLiteral("*.cpp")});
    QVERIFY(files.size() > 20);
    for (const QString& path : files) {
      QFile file(path);
      QVERIFY(file.open(QIODevice::ReadOnly));
      const QString text = QString::fromUtf8(file.readAll());
      QVERIFY2(!text.contains(QStringLiteral("vision adapter"), Qt::CaseInsensitive), qPrintable(path));
      QVERIFY2(!text.contains(QStringLiteral("视觉适配器")), qPrintable(path));
    }
    // And the projector has its one Chinese name in the catalogue.
    QFile zh(QStringLiteral(MODELDESK_SOURCE_DIR "/resources/translations/modeldesk_zh_CN.ts"));
    QVERIFY(zh.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(zh.readAll()).contains(QStringLiteral("创建带投影器的模型")));
  }
};

QTEST_MAIN(VocabularyTest)
#include "tst_vocabulary.moc"
