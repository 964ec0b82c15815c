#pragma once
// One ModelDesk per user, as desktop apps do: `modeldesk FILE` while the app
// runs hands FILE to the running window over a local socket (QLocalServer)
// and exits; the running window opens it like a drop. A socket left behind
// by a crash is taken over.
//
// Protocol: the newcomer sends one line, a JSON array of file URLs (empty:
// just bring the window forward); the running instance answers "ok\n".

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QLocalServer;
class QLocalSocket;

namespace md {
namespace ui {

class MainWindow;

class SingleInstance : public QObject {
  Q_OBJECT
public:
  explicit SingleInstance(const QString& name = defaultName(), QObject* parent = nullptr);

  // Per user (the socket lives in the temporary folder); MODELDESK_INSTANCE
  // overrides it (tests run their own).
  static QString defaultName();

  // True when a running instance took the URLs.
  bool handToRunning(const QList<QUrl>& urls, int timeoutMs = 3000);
  // Becomes the running instance; false when the socket cannot be created.
  bool listen();
  bool isListening() const;

Q_SIGNALS:
  // Files from another `modeldesk` (empty: it only asked to be shown).
  void filesReceived(const QList<QUrl>& urls);

private:
  void readRequest(QLocalSocket* socket);

  QString name_;
  QLocalServer* server_ = nullptr;
};

// What the running window does with files from another `modeldesk`: comes
// forward and opens them like a drop.
void openReceivedFiles(SingleInstance& instance, MainWindow& window);

} // namespace ui
} // namespace md
