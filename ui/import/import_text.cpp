// The words of the import flow (import_text.h): roles, how blobs are made,
// phases, placements and what they mean, the preflight checklist, the result.
#include "ui/import/import_text.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include "core/util/paths.h"
#include "ui/modelfile/plan_text.h"
#include "ui/shell/core_text.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

namespace mo = md::ollama;

namespace {

QString pathText(const std::filesystem::path& path) {
  return QString::fromStdString(pathToUtf8(path)).toHtmlEscaped();
}

QString line(const QString& mark, const QString& colour, const QString& text) {
  return QStringLiteral("<span style='color:%1'>%2</span>&nbsp;%3").arg(colour, mark, text);
}

} // namespace

QString ImportText::okLine(const QString& text) {
  return line(QStringLiteral("✓"), QStringLiteral("#2e7d32"), text);
}
QString ImportText::warningLine(const QString& text) {
  return line(QStringLiteral("⚠"), QStringLiteral("#b26a00"), text);
}
QString ImportText::problemLine(const QString& text) {
  return line(QStringLiteral("✗"), QStringLiteral("#c62828"), text);
}

QString ImportText::role(mo::BlobRole role) {
  switch (role) {
  case mo::BlobRole::Model: return tr("model");
  case mo::BlobRole::Projector: return tr("projector");
  case mo::BlobRole::Adapter: return tr("adapter");
  }
  return {};
}

QString ImportText::blobSource(const mo::ImportPlan& plan, const mo::ImportBlob& blob) {
  if (blob.joined())
    return plan.model.mode == md::merge::MergeMode::MergeShards
               ? tr("%1 shards merged into one file").arg(plan.model.files.size())
               : tr("joined from %1 parts").arg(blob.segments.size());
  if (blob.role == mo::BlobRole::Model && plan.model.mode == md::merge::MergeMode::MergeShards) {
    int index = 0;
    for (const auto& other : plan.blobs)
      if (other.role == mo::BlobRole::Model && (++index, &other == &blob))
        break;
    return tr("shard %1 of %2").arg(index).arg(plan.model.files.size());
  }
  switch (blob.hint) {
  case mo::DigestHint::Sidecar: return tr("one file (its digest from the .sha256 file beside it)");
  case mo::DigestHint::HuggingFaceCache: return tr("one file of the Hugging Face cache (named by its digest)");
  case mo::DigestHint::None: break;
  }
  return tr("one file");
}

QHash<QString, QString> ImportText::phaseNames() {
  return {{QStringLiteral("probing"), tr("Checking the store")},
          {QStringLiteral("joining"), tr("Joining")},
          {QStringLiteral("placing"), tr("Placing")},
          {QStringLiteral("hashing"), tr("Hashing")},
          {QStringLiteral("uploading"), tr("Uploading")},
          {QStringLiteral("creating"), tr("Creating")},
          {QStringLiteral("quantizing"), tr("Quantizing")},
          {QStringLiteral("verifying"), tr("Verifying")}};
}

QString ImportText::placementShort(const std::string& placement, bool joined) {
  if (placement == "link")
    return tr("hard link");
  if (placement == "reflink")
    return joined ? tr("joined into the store, blocks shared") : tr("copy-on-write clone");
  if (placement == "copy")
    return joined ? tr("joined into the store") : tr("copied");
  if (placement == "move")
    return tr("moved");
  if (placement == "upload")
    return tr("uploaded");
  if (placement == "existing")
    return tr("already there");
  return QString::fromStdString(placement);
}

QString ImportText::placementMeaning(const std::string& placement, bool joined) {
  if (placement == "link")
    return tr("The blob and your file are one file (a hard link): no byte was copied, but editing that file in "
              "place would change the model. Deleting or renaming it is safe.");
  if (placement == "reflink")
    return tr("The blob shares its blocks with your files (copy-on-write): no byte was copied, and editing your "
              "files later leaves the model as it is.");
  if (placement == "copy")
    return joined ? tr("The parts were joined straight into Ollama’s store, each byte written once; your files "
                       "are unchanged.")
                  : tr("The file was copied into Ollama’s store (another filesystem), hashed in the same pass.");
  if (placement == "move")
    return tr("The file was moved into Ollama’s store: it is no longer where it was.");
  if (placement == "upload")
    return tr("The files were uploaded over HTTP and Ollama wrote them into its own store.");
  if (placement == "existing")
    return tr("Ollama already had these bytes: nothing was written.");
  return {};
}

QStringList ImportText::preflightLines(const mo::ImportPlan& plan, const PreflightCheck& check) {
  QStringList lines;
  if (!plan.ok()) {
    for (const auto& problem : plan.problems)
      lines << problemLine(coreText(problem).toHtmlEscaped());
    if (plan.problems.empty())
      lines << problemLine(tr("There is no model among these files.").toHtmlEscaped());
    return lines;
  }
  lines << okLine(tr("The files are complete: %1 in all.").arg(sizeText(plan.totalSize())).toHtmlEscaped());
  const QString name = check.name.toHtmlEscaped();
  const QString host = check.host.toHtmlEscaped();
  if (!check.preflight) {
    const auto& error = check.preflight.error();
    if (error.code == md::ErrorCode::AlreadyExists)
      lines << problemLine(
          tr("A model named “%1” already exists on %2. Choose another name or tick “Replace it”.").arg(name, host));
    else
      lines << problemLine(describeError(error).toHtmlEscaped());
    return lines;
  }
  const mo::ImportPreflight& preflight = *check.preflight;
  lines << (preflight.nameTaken ? warningLine(tr("“%1” exists on %2 and will be replaced.").arg(name, host))
                                : okLine(tr("The name “%1” is free on %2.").arg(name, host)));
  for (const auto& note : preflight.notes)
    lines << warningLine(coreText(note).toHtmlEscaped());
  if (preflight.placement == mo::Placement::Upload) {
    if (!preflight.localServer)
      lines << warningLine(tr("Ollama at %1 is not on this machine: the files are uploaded over HTTP.").arg(host));
    lines << okLine(tr("Ollama writes up to %1 into its own store (its free space is not known here).")
                        .arg(sizeText(preflight.bytesToWrite)));
    return lines;
  }
  const QString store = preflight.store ? pathText(*preflight.store) : QString();
  lines << okLine(tr("The store %1 is Ollama’s (proven by a probe) and writable: the blobs are placed there "
                     "directly, without a second copy.")
                      .arg(store));
  const QString free = check.freeBytes ? sizeText(*check.freeBytes) : tr("unknown");
  lines << okLine(tr("Writes at most %1 on the volume of %2 (%3 free).")
                      .arg(sizeText(preflight.bytesToWrite), store, free.toHtmlEscaped()));
  return lines;
}

QString ImportText::resultText(const mo::ImportPlan& plan, const mo::ImportResult& result) {
  QStringList html;
  html << tr("Imported <b>%1</b> into %2 in %3 s.")
              .arg(QString::fromStdString(result.name).toHtmlEscaped(), PlanText::ollamaVersion(result.server),
                   QLocale().toString(result.seconds, 'f', 1));
  const bool joined = !plan.blobs.empty() && plan.blobs.front().joined();
  html << tr("Placement: %1. %2")
              .arg(placementShort(result.placement, joined).toHtmlEscaped(),
                   placementMeaning(result.placement, joined).toHtmlEscaped());
  QStringList blobs;
  for (std::size_t i = 0; i < result.blobs.size(); ++i) {
    const auto& blob = result.blobs[i];
    const bool blobJoined = i < plan.blobs.size() && plan.blobs[i].joined();
    blobs << tr("%1 %2 (%3): %4")
                 .arg(role(blob.role), QString::fromStdString(blob.name).toHtmlEscaped(), sizeText(blob.size),
                      placementShort(blob.placement, blobJoined).toHtmlEscaped());
  }
  html << blobs.join(QStringLiteral("<br>"));
  QStringList linked;
  for (const auto& blob : result.blobs)
    if (blob.placement == "link")
      linked << QString::fromStdString(blob.name);
  if (!linked.isEmpty() && result.placement != "link")
    html << warningLine(tr("%1: a hard link to your file. Editing that file in place would change the model; "
                           "deleting or renaming it is safe.")
                            .arg(listText(linked))
                            .toHtmlEscaped());
  if (result.store)
    html << tr("Ollama’s store: %1").arg(pathText(*result.store));
  html << (result.bytesUploaded > 0
               ? tr("Bytes written: %1 (uploaded; Ollama wrote them).").arg(sizeText(result.bytesWritten))
               : tr("Bytes written by ModelDesk: %1.").arg(sizeText(result.bytesWritten)));
  QStringList capabilities;
  for (const auto& capability : result.capabilities)
    capabilities << PlanText::capability(capability);
  html << tr("Capabilities: %1").arg(capabilities.isEmpty() ? tr("none listed") : listText(capabilities));
  if (result.visionMissing)
    html << warningLine(tr("The projector was included, but Ollama does not list “vision”: the model will not "
                           "accept images."));
  return html.join(QStringLiteral("<br><br>"));
}

QString ImportText::modelfile(const std::string& text) {
  // core/ollama/import_plan.cpp writes "# NAME is joined from: PART PART…".
  static const QRegularExpression joined(QStringLiteral("^# (.+) is joined from:(.*)$"),
                                         QRegularExpression::MultilineOption);
  QString out = QString::fromStdString(text);
  for (auto match = joined.match(out); match.hasMatch(); match = joined.match(out, match.capturedStart() + 1))
    out.replace(match.capturedStart(), match.capturedLength(),
                tr("# %1 is joined from:%2").arg(match.captured(1), match.captured(2)));
  return out;
}

} // namespace ui
} // namespace md
