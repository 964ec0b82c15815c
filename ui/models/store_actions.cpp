#include "ui/models/store_actions.h"

#include <QCoreApplication>

#include <system_error>

#include "core/util/paths.h"

namespace md {
namespace ui {
namespace {

QString pathText(const std::filesystem::path& path) {
  return QString::fromStdString(pathToUtf8(path));
}

bool isProjector(const stores::StoreEntry& entry) {
  if (entry.header)
    return entry.header->role == gguf::Role::Projector;
  return QString::fromStdString(pathToUtf8(entry.path.filename()))
      .contains(QStringLiteral("mmproj"), Qt::CaseInsensitive);
}

} // namespace

QString modelfileFrom(const stores::StoreEntry& entry) {
  if (entry.source == stores::SourceKind::Ollama && !entry.orphan && !entry.partial)
    return QString::fromStdString(entry.model);
  return pathText(entry.path);
}

QString adjacentProjector(const std::vector<stores::StoreEntry>& entries, const stores::StoreEntry& model) {
  if (isProjector(model) || model.source == stores::SourceKind::Ollama)
    return {}; // an Ollama model already carries its projector layer
  for (const auto& entry : entries) {
    if (&entry == &model || !entry.gguf || entry.partial || !isProjector(entry))
      continue;
    if (entry.path.parent_path() == model.path.parent_path())
      return pathText(entry.path);
  }
  return {};
}

bool canDeleteFile(const stores::StoreEntry& entry) {
  return entry.source != stores::SourceKind::Ollama || entry.orphan || entry.partial;
}

QString deleteEntryFiles(const std::vector<stores::StoreEntry>& entries, const stores::StoreEntry& entry) {
  std::error_code error;
  const bool symlink = std::filesystem::is_symlink(entry.path, error);
  if (!std::filesystem::remove(entry.path, error) || error)
    return QCoreApplication::translate("md::ui::StoreBrowser", "Could not delete %1: %2")
        .arg(pathText(entry.path), QString::fromStdString(error ? error.message() : std::string("not found")));
  if (!symlink)
    return {};
  for (const auto& other : entries)
    if (&other != &entry && other.physicalId == entry.physicalId)
      return {}; // another snapshot still points at the blob
  std::filesystem::remove(entry.realPath, error);
  return error ? QCoreApplication::translate("md::ui::StoreBrowser", "Could not delete %1: %2")
                     .arg(pathText(entry.realPath), QString::fromStdString(error.message()))
               : QString();
}

} // namespace ui
} // namespace md
