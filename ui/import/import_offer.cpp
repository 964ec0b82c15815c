// The status bar's "Import into Ollama…" offer after a drop (import_offer.h).
#include "ui/import/import_offer.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>

namespace md {
namespace ui {

ImportOffer::ImportOffer(QWidget* parent) : QPushButton(parent) {
  setObjectName(QStringLiteral("importOffer"));
  setFlat(true);
  setCursor(Qt::PointingHandCursor);
  setStyleSheet(QStringLiteral("QPushButton#importOffer { color: #1a56db; font-weight: 600; padding: 0 8px; }"));
  setVisible(false);
  connect(this, &QPushButton::clicked, this, [this] {
    const QStringList paths = paths_;
    offer({});
    Q_EMIT importRequested(paths);
  });
  retranslate();
}

void ImportOffer::offer(const QStringList& paths) {
  paths_ = paths;
  retranslate();
  setVisible(!paths_.isEmpty());
}

void ImportOffer::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QPushButton::changeEvent(event);
}

void ImportOffer::retranslate() {
  const QString first = paths_.isEmpty() ? QString() : QFileInfo(paths_.first()).fileName();
  setText(paths_.size() > 1 ? tr("Import these files into Ollama…") : tr("Import “%1” into Ollama…").arg(first));
  QStringList shown;
  for (const QString& path : paths_)
    shown << QDir::toNativeSeparators(path);
  setToolTip(shown.join(QLatin1Char('\n')));
}

} // namespace ui
} // namespace md
