#include "ui/shell/single_instance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>

#include "ui/shell/main_window.h"

namespace md {
namespace ui {

SingleInstance::SingleInstance(const QString& name, QObject* parent) : QObject(parent), name_(name) {}

QString SingleInstance::defaultName() {
  if (const QString overridden = qEnvironmentVariable("MODELDESK_INSTANCE"); !overridden.isEmpty())
    return overridden;
  const QByteArray user = QDir::homePath().toUtf8();
  return QStringLiteral("modeldesk-") +
         QString::fromLatin1(QCryptographicHash::hash(user, QCryptographicHash::Sha256).toHex().left(16));
}

bool SingleInstance::handToRunning(const QList<QUrl>& urls, int timeoutMs) {
  QLocalSocket socket;
  socket.connectToServer(name_);
  if (!socket.waitForConnected(timeoutMs))
    return false;
  QJsonArray list;
  for (const QUrl& url : urls)
    list.append(url.toString());
  socket.write(QJsonDocument(list).toJson(QJsonDocument::Compact) + '\n');
  if (!socket.waitForBytesWritten(timeoutMs))
    return false;
  while (!socket.canReadLine())
    if (!socket.waitForReadyRead(timeoutMs))
      return false;
  return socket.readLine().trimmed() == "ok";
}

bool SingleInstance::listen() {
  if (server_)
    return server_->isListening();
  // The probe, the stale-socket removal and the listen happen under a lock
  // file, so two instances starting together cannot both take the name.
  QLockFile lock(QDir::temp().filePath(name_ + QStringLiteral(".lock")));
  if (!lock.tryLock(5000))
    return false;
  {
    QLocalSocket probe; // QLocalServer would silently take the name over from a running instance
    probe.connectToServer(name_);
    if (probe.waitForConnected(500))
      return false;
  }
  QLocalServer::removeServer(name_); // a socket file with nobody behind it (a crash)
  server_ = new QLocalServer(this);
  server_->setSocketOptions(QLocalServer::UserAccessOption);
  if (!server_->listen(name_))
    return false;
  connect(server_, &QLocalServer::newConnection, this, [this] {
    while (QLocalSocket* socket = server_->nextPendingConnection()) {
      connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
      connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
    }
  });
  return true;
}

bool SingleInstance::isListening() const {
  return server_ && server_->isListening();
}

void SingleInstance::readRequest(QLocalSocket* socket) {
  if (!socket->canReadLine())
    return;
  const QJsonDocument request = QJsonDocument::fromJson(socket->readLine());
  QList<QUrl> urls;
  for (const auto& value : request.array())
    if (const QUrl url(value.toString()); url.isValid() && url.isLocalFile())
      urls << url;
  socket->write("ok\n");
  socket->flush();
  Q_EMIT filesReceived(urls);
}

void openReceivedFiles(SingleInstance& instance, MainWindow& window) {
  QObject::connect(&instance, &SingleInstance::filesReceived, &window, [&window](const QList<QUrl>& urls) {
    window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window.raise();
    window.activateWindow();
    if (!urls.isEmpty())
      window.openUrls(urls);
  });
}

} // namespace ui
} // namespace md
