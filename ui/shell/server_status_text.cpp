// The glosses of Ollama's status lines (see server_status_text.h): the
// statuses of create, pull and push as Ollama streams them, matched whole or
// by their first words (the rest is a digest, a template name or a percentage).
#include "ui/shell/server_status_text.h"

#include <QCoreApplication>

namespace md {
namespace ui {
namespace {

struct StatusGloss {
  const char* status; // whole line, or its start when it ends with a space
  const char* gloss;  // tr() source, without the rest of the line (it stays in the brackets)
};

const StatusGloss kGlosses[] = {
    {"parsing GGUF", QT_TRANSLATE_NOOP("ServerStatusText", "parsing GGUF")},
    {"gathering model components", QT_TRANSLATE_NOOP("ServerStatusText", "gathering model components")},
    {"writing manifest", QT_TRANSLATE_NOOP("ServerStatusText", "writing manifest")},
    {"success", QT_TRANSLATE_NOOP("ServerStatusText", "success")},
    {"pulling manifest", QT_TRANSLATE_NOOP("ServerStatusText", "pulling manifest")},
    {"retrieving manifest", QT_TRANSLATE_NOOP("ServerStatusText", "retrieving manifest")},
    {"pushing manifest", QT_TRANSLATE_NOOP("ServerStatusText", "pushing manifest")},
    {"verifying sha256 digest", QT_TRANSLATE_NOOP("ServerStatusText", "verifying sha256 digest")},
    {"removing any unused layers", QT_TRANSLATE_NOOP("ServerStatusText", "removing any unused layers")},
    {"converting model", QT_TRANSLATE_NOOP("ServerStatusText", "converting model")},
    {"verifying conversion", QT_TRANSLATE_NOOP("ServerStatusText", "verifying conversion")},
    {"creating adapter layer", QT_TRANSLATE_NOOP("ServerStatusText", "creating adapter layer")},
    {"using existing layer ", QT_TRANSLATE_NOOP("ServerStatusText", "using existing layer")},
    {"creating new layer ", QT_TRANSLATE_NOOP("ServerStatusText", "creating new layer")},
    {"copying file ", QT_TRANSLATE_NOOP("ServerStatusText", "copying file")},
    {"using autodetected template ", QT_TRANSLATE_NOOP("ServerStatusText", "using autodetected template")},
    {"quantizing ", QT_TRANSLATE_NOOP("ServerStatusText", "quantizing")},
    {"pulling ", QT_TRANSLATE_NOOP("ServerStatusText", "pulling")},
    {"pushing ", QT_TRANSLATE_NOOP("ServerStatusText", "pushing")},
};

} // namespace

QString glossServerStatus(const QString& status) {
  for (const StatusGloss& entry : kGlosses) {
    const QString known = QString::fromLatin1(entry.status);
    const bool prefix = known.endsWith(QLatin1Char(' '));
    if (prefix ? !status.startsWith(known) || status.size() == known.size() : status != known)
      continue;
    const QString gloss = QCoreApplication::translate("ServerStatusText", entry.gloss);
    // In English the gloss is the line itself (or its start): no brackets.
    return gloss == known.trimmed() ? status : QStringLiteral("%1（%2）").arg(gloss, status);
  }
  return status;
}

} // namespace ui
} // namespace md
