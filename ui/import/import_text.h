#pragma once
// The words of the "Import into Ollama" flow: a blob's role and how it is
// made (one file, parts joined, a shard), the phases of the run, what each
// placement means for the user's files (a hard link shares the source: editing
// it in place changes the model), and the preflight's findings as lines of a
// checklist. Core speaks in codes and names; this turns them into tr() text.

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <string>

#include "core/ollama/import_flow.h"

namespace md {
namespace ui {

// What the preflight job brings back: the preflight (or why it failed) and
// the free space of the volume that will be written.
struct PreflightCheck {
  md::Result<md::ollama::ImportPreflight> preflight = md::ollama::ImportPreflight{};
  std::optional<md::ollama::ImportStore> store; // the store found by this check's probe (kept by the dialog)
  std::optional<std::uint64_t> freeBytes;       // on the store's volume, when placing
  QString host;
  QString name;
};

class ImportText {
  Q_DECLARE_TR_FUNCTIONS(ImportText)
public:
  // "model", "projector", "adapter" in the reader's language.
  static QString role(md::ollama::BlobRole role);
  // The plan's Modelfile with its generated comments ("# x.gguf is joined
  // from: …") in the reader's language.
  static QString modelfile(const std::string& text);
  // How the plan makes a blob: "one file", "2 parts joined", "shard 1 of 3".
  static QString blobSource(const md::ollama::ImportPlan& plan, const md::ollama::ImportBlob& blob);
  // The run's phases, keyed as core reports them.
  static QHash<QString, QString> phaseNames();
  // What a placement ("link", "reflink", "copy", "move", "upload",
  // "existing") did, for one blob; `joined` for a blob joined from parts.
  static QString placementShort(const std::string& placement, bool joined);
  // What it means for the user's files, one sentence.
  static QString placementMeaning(const std::string& placement, bool joined);
  // The preflight as a checklist, one HTML line an item.
  static QStringList preflightLines(const md::ollama::ImportPlan& plan, const PreflightCheck& check);
  // The result, as HTML.
  static QString resultText(const md::ollama::ImportPlan& plan, const md::ollama::ImportResult& result);

  static QString okLine(const QString& text);
  static QString warningLine(const QString& text);
  static QString problemLine(const QString& text);
};

} // namespace ui
} // namespace md
