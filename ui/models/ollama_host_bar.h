#pragma once
// The Ollama tab's server picker: "Ollama server:" with the local default and
// the URLs the user added (kept in QSettings by OllamaHosts), Add… and Remove.
// A switch is announced by OllamaHosts::activeChanged.

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QToolButton;

namespace md {
namespace ui {

class OllamaHosts;

class OllamaHostBar : public QWidget {
  Q_OBJECT
public:
  explicit OllamaHostBar(QWidget* parent = nullptr);

  OllamaHosts* hosts() const { return hosts_; }
  // Asks for a server URL for "Add…" (an input box by default); nullopt when cancelled.
  using HostPrompt = std::function<std::optional<QString>()>;
  void setHostPrompt(HostPrompt prompt) { hostPrompt_ = std::move(prompt); }

Q_SIGNALS:
  // "Add…" got a URL that cannot be used (OllamaHosts::normalise says why).
  void addFailed(const QString& typed);

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslate();
  void fillHosts();
  void addHost();

  OllamaHosts* hosts_ = nullptr;
  HostPrompt hostPrompt_;
  QLabel* label_ = nullptr;
  QComboBox* combo_ = nullptr;
  QToolButton* addButton_ = nullptr;
  QToolButton* removeButton_ = nullptr;
};

} // namespace ui
} // namespace md
