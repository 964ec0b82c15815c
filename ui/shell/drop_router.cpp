#include "ui/shell/drop_router.h"
#include "ui/shell/widgets.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace md {
namespace ui {

class DropRouter {
  Q_DECLARE_TR_FUNCTIONS(md::ui::DropRouter)
};

bool looksLikeGgufName(const QString& fileName) {
  static const QRegularExpression pattern(
      QStringLiteral(R"(\.gguf$|\.gguf\.[a-z]{1,3}$|\.gguf-split-[a-z]{1,3}$|\.gguf\.part\d+of\d+$|)"
                     R"(-chunk-\d+-of-\d+\.gguf$|\.gguf\.\d{1,3}$)"),
      QRegularExpression::CaseInsensitiveOption);
  return pattern.match(fileName).hasMatch();
}

bool looksLikeModelfileName(const QString& fileName) {
  return fileName.compare(QStringLiteral("Modelfile"), Qt::CaseInsensitive) == 0 ||
         fileName.endsWith(QStringLiteral(".modelfile"), Qt::CaseInsensitive) ||
         fileName.endsWith(QStringLiteral(".mf"), Qt::CaseInsensitive);
}

DropDecision routeDrop(const QList<QUrl>& urls) {
  DropDecision decision;
  QStringList folders;
  QStringList ggufs;
  QStringList modelfiles;
  QStringList others;
  for (const QUrl& url : urls) {
    if (!url.isLocalFile()) {
      decision.refusal = [shown = url.toDisplayString()] {
        return DropRouter::tr("Only local files can be dropped here, not %1.").arg(shown);
      };
      return decision;
    }
    const QString path = url.toLocalFile();
    const QFileInfo info(path);
    if (info.isDir())
      folders << path;
    else if (looksLikeGgufName(info.fileName()))
      ggufs << path;
    else if (looksLikeModelfileName(info.fileName()))
      modelfiles << path;
    else
      others << info.fileName();
  }
  const int kinds = int(!folders.isEmpty()) + int(!ggufs.isEmpty()) + int(!modelfiles.isEmpty());
  if (kinds == 0) {
    decision.refusal = [others] {
      return others.isEmpty() ? DropRouter::tr("Nothing to open in this drop.")
                              : DropRouter::tr("ModelDesk cannot open “%1”: drop GGUF files, a folder or a Modelfile.")
                                    .arg(others[0]);
    };
    return decision;
  }
  // Checksums, READMEs and licences come along when a model's folder is
  // selected: they are left out, and the user is told which.
  if (!others.isEmpty()) {
    QStringList shown = others.mid(0, 3);
    if (others.size() > shown.size())
      shown << QStringLiteral("…");
    decision.note = [shown] {
      return DropRouter::tr("Left out what is not a GGUF file or a Modelfile: %1").arg(listText(shown));
    };
  }
  if (kinds > 1) {
    decision.refusal = [] {
      return DropRouter::tr("Drop one kind of thing at a time: GGUF files, folders or a Modelfile.");
    };
    return decision;
  }
  decision.offerImport = modelfiles.isEmpty();
  if (!folders.isEmpty()) {
    decision.target = DropTarget::ModelsFolder;
    decision.paths = folders;
  } else if (!modelfiles.isEmpty()) {
    if (modelfiles.size() > 1) {
      decision.refusal = [] { return DropRouter::tr("Drop one Modelfile at a time."); };
      return decision;
    }
    decision.target = DropTarget::ModelfileEditor;
    decision.paths = modelfiles;
  } else {
    decision.target = ggufs.size() == 1 ? DropTarget::Inspector : DropTarget::Merge;
    decision.paths = ggufs;
  }
  return decision;
}

} // namespace ui
} // namespace md
