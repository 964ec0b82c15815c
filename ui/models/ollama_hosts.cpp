#include "ui/models/ollama_hosts.h"

#include <QSettings>

#include "core/ollama/host.h"
#include "ui/models/ollama_details.h"

namespace md {
namespace ui {

namespace {
const char* const kHostsKey = "ollama/hosts";
const char* const kActiveKey = "ollama/activeHost";
} // namespace

OllamaHosts::OllamaHosts(QObject* parent) : QObject(parent) {
  QSettings settings;
  for (const QString& url : settings.value(QLatin1String(kHostsKey)).toStringList())
    if (const QString normal = normalise(url); !normal.isEmpty() && normal != localUrl() && !added_.contains(normal))
      added_ << normal;
  active_ = settings.value(QLatin1String(kActiveKey)).toString();
  if (!urls().contains(active_))
    active_ = localUrl();
}

QString OllamaHosts::localUrl() {
  return QString::fromStdString(md::ollama::hostFromEnvironment());
}

QString OllamaHosts::normalise(const QString& text, QString* problem) {
  const QString trimmed = text.trimmed();
  QString reason;
  if (trimmed.isEmpty())
    reason = tr("Enter the address of an Ollama server, e.g. http://192.168.1.20:11434.");
  else if (trimmed.contains(QLatin1Char(' ')))
    reason = tr("An address cannot contain spaces.");
  else if (trimmed.contains(QLatin1String("://")) && !trimmed.startsWith(QLatin1String("http://")) &&
           !trimmed.startsWith(QLatin1String("https://")))
    reason = tr("Use http:// or https://.");
  const auto host = md::ollama::parseOllamaHost(trimmed.toStdString());
  if (reason.isEmpty() && !host.warning.empty())
    reason = tr("“%1” is not a valid address: %2").arg(trimmed, QString::fromStdString(host.warning));
  if (reason.isEmpty() && host.host.empty())
    reason = tr("“%1” has no host name.").arg(trimmed);
  if (problem)
    *problem = reason;
  return reason.isEmpty() ? QString::fromStdString(host.clientUrl()) : QString();
}

QStringList OllamaHosts::urls() const {
  return QStringList{localUrl()} + added_;
}

bool OllamaHosts::add(const QString& text, QString* problem) {
  const QString url = normalise(text, problem);
  if (url.isEmpty())
    return false;
  // Another spelling of a server already listed selects that one.
  for (const QString& known : urls())
    if (md::ollama::sameOllamaServer(known.toStdString(), url.toStdString())) {
      setActive(known);
      return true;
    }
  added_ << url;
  save();
  Q_EMIT listChanged();
  setActive(url);
  return true;
}

bool OllamaHosts::isLocal(const QString& url) const {
  return md::ollama::sameOllamaServer(url.toStdString(), localUrl().toStdString());
}

QStringList OllamaHosts::localStores() const {
  return isLocal(active_) ? localOllamaStores() : QStringList();
}

bool OllamaHosts::remove(const QString& url) {
  if (!added_.removeOne(url))
    return false;
  const bool wasActive = active_ == url;
  if (wasActive)
    active_ = localUrl();
  save();
  Q_EMIT listChanged();
  if (wasActive)
    Q_EMIT activeChanged(active_);
  return true;
}

void OllamaHosts::setActive(const QString& url) {
  if (url == active_ || !urls().contains(url))
    return;
  active_ = url;
  save();
  Q_EMIT activeChanged(active_);
}

void OllamaHosts::save() const {
  QSettings settings;
  settings.setValue(QLatin1String(kHostsKey), added_);
  settings.setValue(QLatin1String(kActiveKey), active_);
}

} // namespace ui
} // namespace md
