#pragma once
// The Ollama servers the Models page can show: the local default (from
// OLLAMA_HOST, as the status bar uses it) plus URLs the user added, and the
// active one. Added URLs and the choice are kept in QSettings
// ("ollama/hosts", "ollama/activeHost").

#include <QObject>
#include <QStringList>

namespace md {
namespace ui {

class OllamaHosts : public QObject {
  Q_OBJECT
public:
  explicit OllamaHosts(QObject* parent = nullptr);

  // The client URL for this process's OLLAMA_HOST.
  static QString localUrl();
  // A URL typed by the user, normalised as Ollama would read it ("host:1234"
  // → "http://host:1234"); empty with `problem` set when it is not usable.
  static QString normalise(const QString& text, QString* problem = nullptr);

  QStringList urls() const; // the local default first, then the added ones
  QString active() const { return active_; }
  // The local default, however it is spelled (localhost, 127.0.0.1, ::1).
  bool isLocal(const QString& url) const;
  // The folders the active server's store may be in when it is the local
  // one (the first holding a model is used), else none.
  QStringList localStores() const;

  // Adds (and makes active) a URL; false with `problem` set when invalid.
  bool add(const QString& text, QString* problem = nullptr);
  // Removes an added URL; the local default stays.
  bool remove(const QString& url);
  void setActive(const QString& url);

Q_SIGNALS:
  void listChanged();
  void activeChanged(const QString& url);

private:
  void save() const;

  QStringList added_;
  QString active_;
};

} // namespace ui
} // namespace md
