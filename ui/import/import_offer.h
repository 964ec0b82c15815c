#pragma once
// The offer after a drop of GGUF files or a folder anywhere in the window:
// a button in the status bar, "Import into Ollama…", beside whatever page
// the drop opened (the inspector, the Merge wizard, the local stores). It
// remembers what was dropped until the next drop; clicking it asks for the
// import of those files.

#include <QPushButton>
#include <QStringList>

namespace md {
namespace ui {

class ImportOffer : public QPushButton {
  Q_OBJECT
public:
  explicit ImportOffer(QWidget* parent = nullptr);

  // Offers to import `paths` (GGUF files or folders); empty: no offer.
  void offer(const QStringList& paths);
  QStringList offeredPaths() const { return paths_; }

Q_SIGNALS:
  void importRequested(const QStringList& paths);

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslate();

  QStringList paths_;
};

} // namespace ui
} // namespace md
