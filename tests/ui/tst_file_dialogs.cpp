// Where Open and Save dialogs start: the current file's folder, else the last
// folder used, else Downloads (its localised name from user-dirs.dirs), else
// Documents, never the working directory; and the Modelfile page's Open
// dialog really starts there.
#include <QDir>
#include <QFileDialog>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

#include "ui/modelfile/modelfile_page.h"
#include "ui/shell/application.h"
#include "ui/shell/file_dialogs.h"
#include "ui/shell/language.h"

using namespace md::ui;

class FileDialogsTest : public QObject {
  Q_OBJECT

private:
  QTemporaryDir dir_;
  QString home_;

  QString makeFolder(const QString& relative) {
    const QString path = QDir(dir_.path()).filePath(relative);
    return QDir().mkpath(path) ? QDir(path).absolutePath() : QString();
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    setUpApplication(*qApp);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir_.filePath(QStringLiteral("settings")));
    home_ = makeFolder(QStringLiteral("home"));
    const QString config = makeFolder(QStringLiteral("config"));
    QFile dirs(QDir(config).filePath(QStringLiteral("user-dirs.dirs")));
    QVERIFY(dirs.open(QIODevice::WriteOnly));
    dirs.write("XDG_DOWNLOAD_DIR=\"$HOME/下载\"\nXDG_DOCUMENTS_DIR=\"$HOME/文档\"\n");
    dirs.close();
    qputenv("HOME", QFile::encodeName(home_));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config));
    QDir::setCurrent(makeFolder(QStringLiteral("working dir")));
  }

  void init() { QSettings().clear(); }

  void downloadsThenDocumentsWhenNothingIsKnown() {
    const QString downloads = makeFolder(QStringLiteral("home/下载"));
    const QString documents = makeFolder(QStringLiteral("home/文档"));
    QCOMPARE(file_dialogs::startFolder(), downloads);
    QVERIFY(QDir(downloads).removeRecursively());
    QCOMPARE(file_dialogs::startFolder(), documents);
    QVERIFY(file_dialogs::startFolder() != QDir::currentPath());
    QVERIFY(QDir(documents).removeRecursively());
    QCOMPARE(file_dialogs::startFolder(), QDir::homePath());
  }

  void theCurrentFilesFolderThenTheLastFolderUsed() {
    makeFolder(QStringLiteral("home/下载"));
    const QString models = makeFolder(QStringLiteral("模型 文件"));
    const QString other = makeFolder(QStringLiteral("other"));
    file_dialogs::remember(QDir(models).filePath(QStringLiteral("qwen.gguf"))); // a chosen file: its folder
    QCOMPARE(file_dialogs::startFolder(), models);
    QCOMPARE(file_dialogs::startFolder(QDir(other).filePath(QStringLiteral("Modelfile"))), other);
    QCOMPARE(file_dialogs::startFolder(other), other); // a folder is its own start
    // A current file whose folder is gone: the last folder used.
    QCOMPARE(file_dialogs::startFolder(dir_.filePath(QStringLiteral("gone/Modelfile"))), models);
    // A relative name never means the working directory.
    QCOMPARE(file_dialogs::startFolder(QStringLiteral("Modelfile")), models);
    // The last folder is gone too: Downloads.
    QVERIFY(QDir(models).removeRecursively());
    QCOMPARE(file_dialogs::startFolder(), QDir(home_).filePath(QStringLiteral("下载")));
  }

  void theModelfilePagesOpenDialogStartsInTheFilesFolder() {
    const QString folder = makeFolder(QStringLiteral("编辑 中"));
    const QString path = QDir(folder).filePath(QStringLiteral("Modelfile"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("FROM x\n");
    file.close();
    ModelfilePage page;
    QVERIFY(page.openFile(path));
    QString shownFolder;
    QTimer::singleShot(0, this, [&shownFolder] {
      QTRY_VERIFY(qobject_cast<QFileDialog*>(QApplication::activeModalWidget()) != nullptr);
      auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
      shownFolder = dialog->directory().absolutePath();
      dialog->reject();
    });
    QToolButton* open = nullptr;
    for (QToolButton* button : page.findChildren<QToolButton*>())
      if (button->text() == QStringLiteral("Open…"))
        open = button;
    QVERIFY(open);
    page.show();
    open->click();
    QCOMPARE(shownFolder, folder);
  }
};

QTEST_MAIN(FileDialogsTest)
#include "tst_file_dialogs.moc"
